#!/usr/bin/env bash
# Training speed: wall time for the default policy to reach the quality target on the isolated
# intersection (v/c 0.75) and the arterial ("null" if it never does), and decisions per second.
# Last line: {"isolatedSecondsToTarget":..., "arterialSecondsToTarget":..., "decisionsPerSecond":...}
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile -Dspotless.check.skip=true
CP="target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$CP" io.greenwave.bench.learning.TrainingBenchmark docs/scenarios

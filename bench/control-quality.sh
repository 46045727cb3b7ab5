#!/usr/bin/env bash
# Control quality of learned policies vs Webster fixed-time, actuated and max-pressure control
# (held-out seeds 1001-1012, mean delay s/veh, paired t-test). Trains the default policy for the
# isolated 4-phase intersection, the arterial and the 3x3 grid (a few minutes on 2 cores).
# Last line: {"cases":[...], "allTargetsMet":...}
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile -Dspotless.check.skip=true
CP="target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$CP" io.greenwave.bench.learning.ControlQuality docs/scenarios

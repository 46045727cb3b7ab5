#!/usr/bin/env bash
# Simulator benchmark: 3x3 grid (300 m blocks, 400 veh/h per entry, 1 h + clearing, fixed-time)
# and an isolated 4-phase intersection at v/c 0.9, single thread. Last line is JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile -Dspotless.check.skip=true -Denforcer.skip=true >&2
exec mvn -q -o exec:java -Denforcer.skip=true \
  -Dexec.mainClass=io.greenwave.bench.simulator.SimulatorBenchmark \
  -Dexec.classpathScope=test

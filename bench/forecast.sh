#!/usr/bin/env bash
# Demand-forecaster benchmark: trains each algorithm (or those named as arguments, e.g.
# RANDOM_FOREST M5P) on 8 weeks of demo history of each demo intersection and prints hold-out
# accuracy, model size, training, load and batch-forecast times. Last line is JSON (default
# algorithm). All algorithms take about 5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile -Dspotless.check.skip=true -Denforcer.skip=true >&2
exec mvn -q -o exec:java -Denforcer.skip=true \
  -Dexec.mainClass=io.greenwave.bench.forecasting.ForecastBenchmark \
  -Dexec.classpathScope=test -Dexec.args="$*"

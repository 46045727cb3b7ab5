#!/usr/bin/env bash
# The ML API under load: trains and deploys a forecaster and a policy for the demo intersection
# iso-1, then measures with wrk, in one run against one server, POST /api/ml/predict and the
# cheapest authenticated JSON GET (/api/ping): requests/s and p50/p99 at 64 connections. Also the
# time of a batch of 10,000 forecasts (a 13-day replay of iso-1's 8 lane groups) and the heap that
# 100 intersections' active forecaster + policy occupy (measured in-process, see ModelHeap).
# Usage: bench/api.sh [seconds per wrk run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
PORT=${BENCH_PORT:-18081}
PASSWORD=bench-Admin-Password-1
WORK=$(mktemp -d /tmp/greenwave-bench-api.XXXX)
trap '[ -n "${GW_PID:-}" ] && kill "$GW_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

if ! command -v wrk >/dev/null; then
  echo "== installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
echo "== building"
mvn -q -B package -DskipTests -Dspotless.check.skip=true dependency:copy@payara-micro

echo "== starting Greenwave (H2, 4 weeks of demo data)"
java -Xmx1g -Dgreenwave.data.dir="$WORK" -Dgreenwave.demo-data.weeks=4 \
  -Dgreenwave.security.admin-password=$PASSWORD \
  -Dgreenwave.security.token-secret=bench-token-secret-bench-token-secret-42 \
  -Dgreenwave.security.rate-limit.default=1000000000 -Dgreenwave.security.rate-limit.anonymous=1000000000 \
  -jar target/payara-micro.jar --deploy target/greenwave.war --contextroot / --port "$PORT" \
  --nocluster >"$WORK/server.log" 2>&1 &
GW_PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" | grep -q '"database"' && break; sleep 1
done
BASE="http://127.0.0.1:$PORT"
TOKEN=$(curl -sf -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
export GREENWAVE_TOKEN=$TOKEN
AUTH="Authorization: Bearer $TOKEN"
sleep 10 # demo history

train() { # $1 = body; prints the model id
  local job; job=$(curl -sf -X POST "$BASE/api/ml/train" -H "$AUTH" -H 'Content-Type: application/json' -d "$1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  for _ in $(seq 1 600); do
    local state; state=$(curl -sf -H "$AUTH" "$BASE/api/ml/jobs/$job")
    case $(echo "$state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])') in
      SUCCEEDED) echo "$state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["modelId"])'; return;;
      QUEUED|RUNNING) sleep 1;;
      *) echo "training failed: $state" >&2; exit 1;;
    esac
  done
}
echo "== training a forecaster and a policy for iso-1"
FORECASTER=$(train '{"intersectionId":"iso-1","kind":"forecaster","holdoutDays":7}')
POLICY=$(train '{"intersectionId":"iso-1","kind":"policy","hyperparameters":{"episodes":400}}')
curl -sf -X POST -H "$AUTH" "$BASE/api/ml/deploy/$FORECASTER" >/dev/null
curl -s -X POST -H "$AUTH" "$BASE/api/ml/deploy/$POLICY?force=true" >/dev/null
export GREENWAVE_AT=$(date -u -d '1 hour ago' +%Y-%m-%dT%H:00:00Z)

echo "== warm-up"
wrk -t2 -c16 -d5s -s bench/predict.lua "$BASE" >/dev/null
wrk -t2 -c16 -d5s -H "$AUTH" "$BASE/api/ping" >/dev/null

run_wrk() { wrk -t2 -c64 -d"${DURATION}s" --latency "$@" | tee "$WORK/wrk.txt" >&2; python3 bench/wrk_figures.py "$WORK/wrk.txt"; }
echo "== POST /api/ml/predict, 64 connections, ${DURATION}s"
read -r PREDICT_RPS PREDICT_P50 PREDICT_P99 < <(run_wrk -s bench/predict.lua "$BASE")
echo "== GET /api/ping, 64 connections, ${DURATION}s"
read -r PING_RPS PING_P50 PING_P99 < <(run_wrk -H "$AUTH" "$BASE/api/ping")

echo "== batch of 10,000 forecasts (13-day replay, 8 lane groups)"
FROM=$(date -u -d '15 days ago' +%Y-%m-%dT00:00:00Z); TO=$(date -u -d '2 days ago' +%Y-%m-%dT00:00:00Z)
BATCH=$(curl -s -o "$WORK/batch.json" -w '%{time_total}' -X POST -H "$AUTH" -H 'Content-Type: application/json' \
  "$BASE/api/ml/predict/batch" -d "{\"intersectionId\":\"iso-1\",\"from\":\"$FROM\",\"to\":\"$TO\"}")
COUNT=$(python3 -c "import json; print(json.load(open('$WORK/batch.json'))['count'])")
echo "batch: $COUNT forecasts in $BATCH s"
kill "$GW_PID"; wait "$GW_PID" 2>/dev/null || true; GW_PID=

echo "== heap of 100 intersections' active forecaster + policy"
mvn -q -B test-compile -Dspotless.check.skip=true
HEAP=$(mvn -q -B -Dstyle.color=never exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.greenwave.bench.api.ModelHeap 2>/dev/null \
  | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^[0-9.]+$' | tail -1)
echo "heap: $HEAP MB"

python3 - "$PREDICT_RPS" "$PING_RPS" "$PREDICT_P50" "$PREDICT_P99" "$PING_P50" "$PING_P99" "$BATCH" "$COUNT" "$HEAP" <<'PY'
import json, sys
predict, ping, p50, p99, ping50, ping99, batch, count, heap = sys.argv[1:10]
print(f"predict {float(predict):.0f} req/s (p50 {p50} ms, p99 {p99} ms); ping {float(ping):.0f} req/s (p50 {ping50} ms, p99 {ping99} ms)")
print(json.dumps({"predictRps": round(float(predict)), "trivialRps": round(float(ping)),
                  "predictToTrivialRatio": round(float(predict) / float(ping), 3),
                  "predictP99Ms": float(p99), "batch10kSeconds": round(float(batch) * 10000 / max(1, int(count)), 3),
                  "heap100IntersectionsMb": float(heap)}))
PY

#!/usr/bin/env bash
# Live-stream benchmark: starts Greenwave (packaged WAR on Payara Micro, H2, bench producer on),
# then a load client opens N WebSocket connections to /ws/stream, each subscribed to its own
# intersection, while the server produces one event per intersection per second; it measures the
# delivery latency from production to receipt. Two runs: 1,000 connections, then CONNECTIONS
# (default 10,000). Prints connections held, latency p50/p99, messages/s and the server's RSS.
# Last line: {"connectionsHeld":…, "p99LatencyMs":…, "p99LatencyMs1k":…, "rssMb":…}
# Options (environment): CONNECTIONS=10000 DURATION=30 (seconds) XMX=1g PORT=free
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-10000}
SECONDS_RUN=${DURATION:-30}
XMX=${XMX:-1g}
PASSWORD=bench-Admin-Password-1

# every connection is a file descriptor on each side
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
echo "file descriptors: $(ulimit -n); ephemeral ports: $(cat /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null | tr '\t' '-')" >&2

[ -f target/greenwave.war ] && [ -f target/payara-micro.jar ] \
  || mvn -q package -DskipTests -Dspotless.check.skip=true >&2
mvn -q test-compile -Dspotless.check.skip=true >&2
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >&2

PORT=${PORT:-$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')}
ROOT=$(mktemp -d /tmp/greenwave-streaming-bench.XXXXXX)
java -Xmx"$XMX" -XX:+UseSerialGC -Xss256k \
  -Dgreenwave.data.dir="$ROOT/data" \
  -Dgreenwave.streaming.bench-producer=true \
  -Dgreenwave.security.admin-password=$PASSWORD \
  -Dgreenwave.security.token-secret=bench-token-secret-bench-token-secret-0123 \
  -Dgreenwave.security.rate-limit.default=1000000 \
  -Dgreenwave.demo-data.weeks=1 \
  -jar target/payara-micro.jar --deploy target/greenwave.war --contextroot / \
  --port "$PORT" --nocluster --rootdir "$ROOT/payara" >"$ROOT/payara.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$ROOT"' EXIT
URL=http://127.0.0.1:$PORT
echo "starting Greenwave on $URL (log $ROOT/payara.log)" >&2
for _ in $(seq 1 300); do
  if curl -fs "$URL/health/ready" 2>/dev/null | grep -q '"database"'; then break; fi
  kill -0 $SERVER 2>/dev/null || { tail -40 "$ROOT/payara.log" >&2; exit 1; }
  sleep 1
done
TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" "$URL/api/auth/token" \
  | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])')

rss_mb() { awk '/VmRSS/ {print int($2/1024)}' /proc/$SERVER/status; }
load() {
  java -Xmx1g -Xss256k -cp "target/test-classes:$(cat target/bench-cp.txt)" \
    io.greenwave.bench.streaming.StreamingLoad "$URL" "$TOKEN" "$1" "$SECONDS_RUN" | tee /dev/stderr | tail -1
}

echo "== 1,000 connections" >&2
ONE_K=$(load 1000)
RSS_1K=$(rss_mb)
echo "server RSS after 1k run: ${RSS_1K} MB" >&2
echo "== $CONNECTIONS connections" >&2
MANY=$(load "$CONNECTIONS")
RSS=$(rss_mb)
echo "server RSS after ${CONNECTIONS} run: ${RSS} MB" >&2
curl -fs -H "Authorization: Bearer $TOKEN" "$URL/api/stream/stats" \
  | python3 -c 'import json,sys;s=json.load(sys.stdin);s.pop("clients");print("server stats:",json.dumps(s))' >&2 || true

python3 - "$ONE_K" "$MANY" "$RSS" <<'PY'
import json, sys
one_k, many, rss = json.loads(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3])
print(f"1k: p50 {one_k['p50LatencyMs']} ms p99 {one_k['p99LatencyMs']} ms; "
      f"{many['connections']}: held {many['connectionsHeld']}, {many['messagesPerSecond']} msg/s, "
      f"p50 {many['p50LatencyMs']} ms p99 {many['p99LatencyMs']} ms; RSS {rss} MB")
print(json.dumps({"connectionsHeld": many["connectionsHeld"], "p99LatencyMs": many["p99LatencyMs"],
                  "p99LatencyMs1k": one_k["p99LatencyMs"], "rssMb": rss}))
PY

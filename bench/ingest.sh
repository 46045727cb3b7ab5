#!/usr/bin/env bash
# Detector-data ingestion throughput: readings/second accepted through the API into H2 and into
# PostgreSQL, and, in the same run, PostgreSQL's own COPY of the same rows into a table of the same
# shape (primary key and index). Starts Greenwave itself (twice: H2, then PostgreSQL).
# Usage: bench/ingest.sh [readings (default 200000)]
# Needs: Java 17, Maven, python3, psql and a PostgreSQL on 127.0.0.1:5432 (user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
READINGS=${1:-200000}
PORT=${BENCH_PORT:-18080}
PGHOST=127.0.0.1 PGPORT=5432 PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
WORK=$(mktemp -d /tmp/greenwave-bench-ingest.XXXX)
trap '[ -n "${GW_PID:-}" ] && kill "$GW_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

echo "== building the WAR"
mvn -q -B package -DskipTests -Dspotless.check.skip=true dependency:copy@payara-micro

start_greenwave() { # $1 = data dir; database from environment
  java -Xmx1g -Dgreenwave.data.dir="$1" -Dgreenwave.demo-data.enabled=false \
    -Dgreenwave.security.admin-password=bench-Admin-Password-1 \
    -Dgreenwave.security.rate-limit.default=1000000000 \
    -jar target/payara-micro.jar --deploy target/greenwave.war --contextroot / --port "$PORT" \
    --nocluster >"$1.log" 2>&1 &
  GW_PID=$!
  for _ in $(seq 1 240); do
    # Payara says UP before the WAR is deployed: wait for Greenwave's own database check
    if curl -sf "http://127.0.0.1:$PORT/health/ready" | grep -q '"database"'; then
      GREENWAVE_TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/auth/token" -H 'Content-Type: application/json' \
        -d '{"username":"admin","password":"bench-Admin-Password-1"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
      export GREENWAVE_TOKEN
      return 0
    fi
    sleep 1
  done
  echo "Greenwave did not become ready; see $1.log" >&2; exit 1
}
stop_greenwave() { kill "$GW_PID"; wait "$GW_PID" 2>/dev/null || true; GW_PID=; }

python3 bench/ingest_client.py generate "$READINGS" "$WORK"

echo "== H2 (embedded file database)"
start_greenwave "$WORK/h2"
H2_RATE=$(python3 bench/ingest_client.py post "http://127.0.0.1:$PORT" "$WORK")
stop_greenwave
echo "H2: $H2_RATE readings/s"

echo "== PostgreSQL"
pg_isready -q || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
psql -q -d postgres -c "DROP DATABASE IF EXISTS greenwave_bench" -c "CREATE DATABASE greenwave_bench"
GREENWAVE_DB_URL="jdbc:postgresql://127.0.0.1:5432/greenwave_bench" GREENWAVE_DB_USER="$PGUSER" \
GREENWAVE_DB_PASSWORD=unused GREENWAVE_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
  start_greenwave "$WORK/pg"
PG_RATE=$(python3 bench/ingest_client.py post "http://127.0.0.1:$PORT" "$WORK")
stop_greenwave
echo "PostgreSQL through the API: $PG_RATE readings/s"

echo "== PostgreSQL COPY of the same rows into a table of the same shape"
psql -q -d greenwave_bench -c "CREATE TABLE copy_target (LIKE detector_reading INCLUDING ALL)"
START=$(date +%s.%N)
psql -q -d greenwave_bench -c "\\copy copy_target (intersection_id, lane_group, interval_start, interval_s, vehicle_count, mean_queue, occupancy_pct, mean_speed_kmh, received_at) FROM '$WORK/copy.csv' WITH (FORMAT csv)"
END=$(date +%s.%N)
COPIED=$(psql -qtA -d greenwave_bench -c "SELECT COUNT(*) FROM copy_target")
COPY_RATE=$(python3 -c "print(round($COPIED / ($END - $START)))")
echo "PostgreSQL COPY: $COPY_RATE rows/s ($COPIED rows)"
psql -q -d postgres -c "DROP DATABASE IF EXISTS greenwave_bench"

python3 - "$H2_RATE" "$PG_RATE" "$COPY_RATE" <<'PY'
import json, sys
h2, pg, copy = (float(a) for a in sys.argv[1:4])
print(json.dumps({"h2ReadingsPerSecond": round(h2), "postgresReadingsPerSecond": round(pg),
                  "postgresCopyRowsPerSecond": round(copy), "apiToCopyRatio": round(pg / copy, 3)}))
PY

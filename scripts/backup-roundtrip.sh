#!/usr/bin/env bash
# Round trip of scripts/backup.sh and scripts/restore.sh, run by CI after the Maven suites:
# back up, wipe, restore, then compare the row count of every table and one intersection's
# readings export (ordered CSV, byte for byte) with the original.
#
#   scripts/backup-roundtrip.sh [SOURCE_DATABASE]
#
# PostgreSQL: the source is a Greenwave database on 127.0.0.1:5432 (default "test", which the
# PostgreSQL pass of CI leaves filled: demo network, readings, users); it is only read. The
# restore goes into a scratch database, greenwave_restore_check, first filled with a junk table
# that the wipe must remove.
# H2: a database built from the Flyway migrations in src/main/resources/db/migration plus
# generated readings, backed up, deleted, restored.
set -euo pipefail
cd "$(dirname "$0")/.."
source_db=${1:-test}
work=target/backup-roundtrip
rm -rf "$work" && mkdir -p "$work"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
unset PGPASSWORD GREENWAVE_DB_URL GREENWAVE_DB_USER GREENWAVE_DB_PASSWORD || true

# --- PostgreSQL ---------------------------------------------------------------------------------
pg_counts() { # every table of schema public with its row count, sorted
  local db=$1 tables
  tables=$(psql -d "$db" -Atc "SELECT tablename FROM pg_tables WHERE schemaname='public' ORDER BY 1")
  for t in $tables; do
    echo "$t $(psql -d "$db" -Atc "SELECT count(*) FROM public.\"$t\"")"
  done
}
pg_export() { # the readings of the intersection with the most readings, as ordered CSV
  psql -d "$1" -Atc "COPY (SELECT * FROM detector_reading WHERE intersection_id = '$2'
    ORDER BY lane_group, interval_start) TO STDOUT WITH CSV"
}

busiest=$(psql -d "$source_db" -Atc "SELECT intersection_id FROM detector_reading
  GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
[ -n "$busiest" ] || { echo "FAIL: $source_db has no detector readings to back up" >&2; exit 1; }
pg_counts "$source_db" > "$work/pg-before.txt"
pg_export "$source_db" "$busiest" > "$work/pg-export-before.csv"

started=$(date +%s.%N)
dump=$(PGDATABASE=$source_db scripts/backup.sh postgres --out "$work/pg" --keep 3)
backup_s=$(awk "BEGIN {printf \"%.2f\", $(date +%s.%N) - $started}")
psql -d test -q -c "DROP DATABASE IF EXISTS greenwave_restore_check WITH (FORCE)" \
  -c "CREATE DATABASE greenwave_restore_check"
psql -d greenwave_restore_check -q -c "CREATE TABLE junk (x int); INSERT INTO junk VALUES (1)"
started=$(date +%s.%N)
PGDATABASE=greenwave_restore_check scripts/restore.sh postgres "$dump" --yes >/dev/null
restore_s=$(awk "BEGIN {printf \"%.2f\", $(date +%s.%N) - $started}")
pg_counts greenwave_restore_check > "$work/pg-after.txt"
pg_export greenwave_restore_check "$busiest" > "$work/pg-export-after.csv"

diff -u "$work/pg-before.txt" "$work/pg-after.txt" || { echo "FAIL: PostgreSQL row counts differ" >&2; exit 1; }
cmp "$work/pg-export-before.csv" "$work/pg-export-after.csv" || { echo "FAIL: readings export differs" >&2; exit 1; }
if grep -q '^junk ' "$work/pg-after.txt"; then echo "FAIL: the wipe left a table behind" >&2; exit 1; fi
echo "PostgreSQL: $(wc -l < "$work/pg-before.txt") tables, $(awk '{s+=$2} END {print s}' "$work/pg-before.txt") rows," \
  "export of $busiest $(wc -l < "$work/pg-export-before.csv") readings identical;" \
  "dump $(du -h "$dump" | cut -f1), backup ${backup_s} s, restore ${restore_s} s"
psql -d test -q -c "DROP DATABASE greenwave_restore_check WITH (FORCE)"

# --- H2 -----------------------------------------------------------------------------------------
. scripts/db-env.sh
h2_env
h2db="$PWD/$work/h2/db/greenwave"
mkdir -p "$(dirname "$h2db")"
h2sql() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$h2db" -user "$H2_USER" -password "$H2_PASSWORD" -sql "$1"; }
# one JVM for all migrations, in Flyway's version order
ls src/main/resources/db/migration/V*__*.sql | sort -V | xargs cat > "$work/h2-schema.sql"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$h2db" -user "$H2_USER" \
  -password "$H2_PASSWORD" -script "$work/h2-schema.sql"
h2sql "INSERT INTO intersection VALUES ('h2-1','H2 one',52.5,13.4,5,60,3,2,30,150,1,NOW(),NOW());
  INSERT INTO detector_reading SELECT 'h2-1', CASE MOD(X,2) WHEN 0 THEN 'N_T' ELSE 'E_T' END,
    TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + (X / 2) * INTERVAL '15' MINUTE, 900,
    MOD(X * 7, 40), 2.5, 20.0, 40.0, NOW() FROM SYSTEM_RANGE(1, 5000);" >/dev/null
h2_tables=$(h2sql "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA='PUBLIC' ORDER BY 1" |
  sed -n 's/^\([A-Za-z_][A-Za-z_0-9]*\) *$/\1/p' | grep -v '^TABLE_NAME$')
h2_count_query=$(for t in $h2_tables; do printf "SELECT ''%s'' AS T, COUNT(*) AS N FROM \"%s\" UNION ALL " "$t" "$t"; done)
h2_snapshot() { # every table's row count and the readings of h2-1 as CSV: one JVM
  h2sql "CALL CSVWRITE('$PWD/$work/h2-counts-$1.csv', '${h2_count_query% UNION ALL } ORDER BY 1');
    CALL CSVWRITE('$PWD/$work/h2-export-$1.csv', 'SELECT * FROM detector_reading
      WHERE intersection_id = ''h2-1'' ORDER BY lane_group, interval_start');" >/dev/null
}
h2_snapshot before
h2backup=$(scripts/backup.sh h2 --db "$h2db" --out "$work/h2-backups")
rm -f "$h2db".*                                     # wipe
scripts/restore.sh h2 "$h2backup" --db "$h2db" --yes >/dev/null
h2_snapshot after
diff -u "$work/h2-counts-before.csv" "$work/h2-counts-after.csv" || { echo "FAIL: H2 row counts differ" >&2; exit 1; }
cmp "$work/h2-export-before.csv" "$work/h2-export-after.csv" || { echo "FAIL: H2 readings differ" >&2; exit 1; }
grep -q '"DETECTOR_READING","5000"' "$work/h2-counts-after.csv" || { echo "FAIL: H2 counts: $(cat "$work/h2-counts-after.csv")" >&2; exit 1; }
echo "H2: $(($(wc -l < "$work/h2-counts-before.csv") - 1)) tables, $(tail -n +2 "$work/h2-counts-before.csv" | tr -d '"' | awk -F, '{s+=$2} END {print s}') rows and the 5000 readings identical after backup, wipe and restore"
echo "backup round trip passed"

#!/usr/bin/env bash
# Backs up Greenwave's database.
#
#   scripts/backup.sh postgres [--out DIR] [--keep N]
#   scripts/backup.sh h2 --db PATH [--out DIR] [--keep N]
#
# postgres  pg_dump in custom format (compressed, restorable table by table), consistent while
#           Greenwave runs (one snapshot). Connection from the libpq variables PGHOST, PGPORT,
#           PGDATABASE, PGUSER, PGPASSWORD (or PGPASSWORD_FILE), or else from Greenwave's own
#           GREENWAVE_DB_URL (jdbc:postgresql://host:port/db), GREENWAVE_DB_USER and
#           GREENWAVE_DB_PASSWORD (or GREENWAVE_DB_PASSWORD_FILE).
# h2        the embedded database of a laptop installation, PATH without ".mv.db" (default
#           ./data/db/greenwave). Greenwave must be stopped: H2 locks the file while it runs.
#           Written with H2's SCRIPT (SQL, gzip), by the H2 jar Payara Micro uses ($H2_JAR,
#           default the 2.2.224 jar in ~/.m2).
#
# Writes DIR/greenwave-<kind>-<UTC time>.<ext> and a .sha256 beside it (DIR default ./backups),
# then deletes all but the newest N backups of that kind (default 14). Prints the file name.
set -euo pipefail

kind=${1:-}
shift || true
out=./backups keep=14 db=./data/db/greenwave
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --db) db=${2%.mv.db}; shift 2 ;;
    *) echo "backup.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
[[ "$keep" =~ ^[0-9]+$ ]] && [ "$keep" -ge 1 ] || { echo "backup.sh: --keep needs a number >= 1" >&2; exit 64; }
mkdir -p "$out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/db-env.sh
. "$here/db-env.sh"

case "$kind" in
  postgres)
    postgres_env
    file="$out/greenwave-pg-$stamp.dump"
    pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$file.part"
    # a dump that pg_restore cannot list is no backup
    pg_restore --list "$file.part" >/dev/null
    ;;
  h2)
    h2_env
    [ -f "$db.mv.db" ] || { echo "backup.sh: no H2 database at $db.mv.db" >&2; exit 66; }
    file="$out/greenwave-h2-$stamp.sql.gz"
    if ! java -cp "$H2_JAR" org.h2.tools.Script -url "jdbc:h2:file:$db" -user "$H2_USER" \
        -password "$H2_PASSWORD" -script "$file.part" -options compression gzip 2>"$out/.h2-error"; then
      if grep -qi "already in use\|locked" "$out/.h2-error"; then
        echo "backup.sh: the H2 database is in use: stop Greenwave first" >&2
      else
        cat "$out/.h2-error" >&2
      fi
      rm -f "$file.part" "$out/.h2-error"
      exit 75
    fi
    rm -f "$out/.h2-error"
    ;;
  *)
    echo "usage: backup.sh postgres|h2 [--db PATH] [--out DIR] [--keep N]" >&2
    exit 64 ;;
esac

mv "$file.part" "$file"
(cd "$out" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
# retention: newest first, delete the rest (names sort by time)
prefix=$(basename "$file" | sed 's/-[0-9]\{8\}T[0-9]\{6\}Z.*//')
ls -1 "$out" | grep "^$prefix-[0-9]\{8\}T[0-9]\{6\}Z\.[a-z.]*[a-z]$" | sort -r | tail -n +$((keep + 1)) |
  while read -r old; do rm -f "$out/$old" "$out/$old.sha256"; done
echo "$file"

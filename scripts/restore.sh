#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh. Replaces the whole database: stop Greenwave first (all
# nodes), restore, start again (Flyway then migrates a backup of an older version forward).
#
#   scripts/restore.sh postgres FILE.dump --yes
#   scripts/restore.sh h2 FILE.sql.gz [--db PATH] --yes
#
# postgres  wipes schema public of the target database (same connection settings as backup.sh)
#           and restores the dump into it in one transaction: all or nothing.
# h2        moves the current database files aside (PATH.mv.db.before-restore-<time>) and
#           rebuilds the database from the script.
# The checksum beside the file (FILE.sha256) is verified when present. --yes confirms the wipe.
set -euo pipefail

kind=${1:-}
file=${2:-}
shift 2 || { echo "usage: restore.sh postgres|h2 FILE [--db PATH] --yes" >&2; exit 64; }
db=./data/db/greenwave yes=
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=${2%.mv.db}; shift 2 ;;
    --yes) yes=1; shift ;;
    *) echo "restore.sh: unknown option $1" >&2; exit 64 ;;
  esac
done
[ -f "$file" ] || { echo "restore.sh: no backup file $file" >&2; exit 66; }
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --quiet --check "$(basename "$file").sha256") ||
    { echo "restore.sh: checksum mismatch, $file is damaged" >&2; exit 65; }
fi
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/db-env.sh
. "$here/db-env.sh"

case "$kind" in
  postgres)
    postgres_env
    pg_restore --list "$file" >/dev/null
    [ -n "$yes" ] || { echo "restore.sh: this wipes database $PGDATABASE on ${PGHOST:-local}; add --yes" >&2; exit 64; }
    psql -v ON_ERROR_STOP=1 -q -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
    pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
      --dbname="$PGDATABASE" "$file"
    echo "restored $file into $PGDATABASE"
    ;;
  h2)
    h2_env
    [ -n "$yes" ] || { echo "restore.sh: this replaces the H2 database $db; add --yes" >&2; exit 64; }
    if [ -f "$db.mv.db" ]; then
      aside="$db.mv.db.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
      mv "$db.mv.db" "$aside"
      echo "current database moved to $aside"
    fi
    mkdir -p "$(dirname "$db")"
    java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$db" -user "$H2_USER" \
      -password "$H2_PASSWORD" -script "$file" -options compression gzip
    echo "restored $file into $db.mv.db"
    ;;
  *)
    echo "usage: restore.sh postgres|h2 FILE [--db PATH] --yes" >&2
    exit 64 ;;
esac

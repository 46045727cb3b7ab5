# Shared by backup.sh and restore.sh: where the database is and how to sign in.

# libpq variables, from Greenwave's own configuration where they are not set.
postgres_env() {
  if [ -n "${PGPASSWORD_FILE:-}" ]; then
    PGPASSWORD=$(cat "$PGPASSWORD_FILE"); export PGPASSWORD
  fi
  if [ -z "${PGHOST:-}" ] && [ -n "${GREENWAVE_DB_URL:-}" ]; then
    # jdbc:postgresql://host[:port]/database[?options]
    local rest=${GREENWAVE_DB_URL#jdbc:postgresql://}
    [ "$rest" != "$GREENWAVE_DB_URL" ] || { echo "not a PostgreSQL URL: $GREENWAVE_DB_URL" >&2; exit 64; }
    local hostport=${rest%%/*} database=${rest#*/}
    export PGHOST=${hostport%%:*}
    [ "$hostport" = "$PGHOST" ] || export PGPORT=${hostport#*:}
    export PGDATABASE=${database%%\?*}
  fi
  [ -n "${PGUSER:-}" ] || [ -z "${GREENWAVE_DB_USER:-}" ] || export PGUSER=$GREENWAVE_DB_USER
  if [ -z "${PGPASSWORD:-}" ]; then
    if [ -n "${GREENWAVE_DB_PASSWORD_FILE:-}" ]; then
      PGPASSWORD=$(cat "$GREENWAVE_DB_PASSWORD_FILE"); export PGPASSWORD
    elif [ -n "${GREENWAVE_DB_PASSWORD:-}" ]; then
      export PGPASSWORD=$GREENWAVE_DB_PASSWORD
    fi
  fi
  [ -n "${PGDATABASE:-}" ] || { echo "set PGDATABASE (or GREENWAVE_DB_URL)" >&2; exit 64; }
}

# The H2 jar must be the version Payara Micro embeds (2.2.224): H2's file format changes between
# versions.
h2_env() {
  H2_JAR=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar}
  [ -f "$H2_JAR" ] || { echo "H2 jar not found at $H2_JAR (set H2_JAR)" >&2; exit 69; }
  H2_USER=${H2_USER:-${GREENWAVE_DB_USER:-greenwave}}
  H2_PASSWORD=${H2_PASSWORD:-${GREENWAVE_DB_PASSWORD:-greenwave}}
}

#!/bin/sh
# Container entrypoint of Greenwave: turns *_FILE secrets into environment variables, chooses the
# cluster mode, then replaces itself with Payara Micro (so that signals reach the JVM directly).
#
# Environment read here (everything GREENWAVE_* is read by the application itself):
#   GREENWAVE_<KEY>_FILE  a file whose content becomes GREENWAVE_<KEY> (Docker/Compose/K8s secrets)
#   PAYARA_CLUSTER_MODE   none (default) | tcpip:host1:6900,host2:6900 | kubernetes:<namespace>,<service>
#                         | domain:<host>:<port>   (Payara Micro --clustermode)
#   PAYARA_ARGS           extra Payara Micro options, e.g. "--name node-1 --hzpublicaddress 10.0.0.5"
#   JVM_MEMORY_OPTS       heap and stack flags (default in the Dockerfile: 70 % of the container limit)
#   JVM_ARGS              any further JVM flags
set -eu

# Secrets from files: GREENWAVE_DB_PASSWORD_FILE=/run/secrets/db_password -> GREENWAVE_DB_PASSWORD.
# The value never appears on a command line (visible in ps) or in the image.
for name in $(env | sed -n 's/^\(GREENWAVE_[A-Z0-9_]*\)_FILE=.*/\1/p'); do
  file=$(printenv "${name}_FILE")
  if [ ! -r "$file" ]; then
    echo "greenwave: ${name}_FILE points to '$file', which is not readable" >&2
    exit 64
  fi
  if printenv "$name" >/dev/null 2>&1; then
    echo "greenwave: both ${name} and ${name}_FILE are set; set only one" >&2
    exit 64
  fi
  value=$(cat "$file")
  export "$name=$value"
  unset "${name}_FILE"
done

data_dir=${GREENWAVE_DATA_DIR:-/opt/payara/data}
mkdir -p "$data_dir/payara"

case "${PAYARA_CLUSTER_MODE:-none}" in
  none) cluster="--nocluster" ;;
  *) cluster="--clustermode ${PAYARA_CLUSTER_MODE}" ;;
esac

if [ -n "${GREENWAVE_DRY_RUN:-}" ]; then
  # used by the tests: show what would run, without starting anything
  echo java ${JVM_MEMORY_OPTS:-} ${JVM_ARGS:-} -jar /opt/payara/payara-micro.jar $cluster ${PAYARA_ARGS:-}
  env | grep '^GREENWAVE_' | sed 's/=.*//' | sort
  exit 0
fi

# shellcheck disable=SC2086 # word splitting of the option strings is intended
exec java ${JVM_MEMORY_OPTS:-} ${JVM_ARGS:-} -jar /opt/payara/payara-micro.jar \
  --deploy /opt/payara/deployments/greenwave.war --contextroot / --port 8080 \
  $cluster ${PAYARA_ARGS:-} "$@"
# No --rootdir on the data volume: Payara Micro keeps deployed applications there and would deploy
# the WAR a second time beside --deploy after a container restart.

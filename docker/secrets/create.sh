#!/bin/sh
# Creates the secrets of docker-compose.yml as random values in docker/secrets/*.txt (ignored by
# git). Existing files are kept, so re-running never changes a password a database already uses.
set -eu
cd "$(dirname "$0")"
umask 077
for name in db_password token_secret admin_password grafana_admin_password; do
  if [ ! -s "$name.txt" ]; then
    # 48 random bytes, base64 without padding or slashes: safe in URLs and config files
    head -c 48 /dev/urandom | base64 | tr -d '\n=/+' > "$name.txt"
    echo "created docker/secrets/$name.txt"
  fi
done

#!/bin/sh
# Docker HEALTHCHECK: healthy only when Greenwave's own readiness check ("database") is UP.
# Payara answers {"status":"UP","checks":[]} before the WAR is deployed, and 404/503 if the
# deployment failed (e.g. database unreachable at start); neither is healthy.
body=$(wget -q -T 4 -O - http://127.0.0.1:8080/health/ready 2>/dev/null) || exit 1
case "$body" in
  *'"status":"UP"'*'"database"'* | *'"database"'*'"status":"UP"'*) exit 0 ;;
  *) exit 1 ;;
esac

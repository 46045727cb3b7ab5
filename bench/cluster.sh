#!/usr/bin/env bash
# Two Greenwave nodes clustered on loopback (Payara's Hazelcast data grid, ports 7900/7901) on one
# PostgreSQL database (greenwave_cluster on 127.0.0.1:5432, created afresh): cluster formation
# (DG Size: 2), metrics; the sharing rules (console push across nodes, one keyed training request
# through both nodes at once runs once, deploy and rollback on node 1 served by node 2); then
# readings posted through both nodes while node 2 is killed with SIGKILL; the survivor keeps
# serving, every acknowledged reading and field metric (POST /api/ml/metrics) is counted in the
# database, an SSE client of node 2 resumes on node 1, node 2's console session is tried on node 1,
# and so is the ajax action of a console page (Data, with a view-scoped bean) that node 2 rendered.
# It runs the integration test io.greenwave.operations.ClusterIT, which CI runs too, and prints
# its figures; the last line is one JSON object:
#   {"nodes":2, "failoverSeconds":…, "lostReadings":…, "lostMetrics":…,
#    "deployPropagationSeconds":…, "rollbackPropagationSeconds":…, "jobRunsOnce":true|false,
#    "streamReconnectSeconds":…, "streamMissedEvents":…, "streamDuplicateEvents":…,
#    "consolePushSeconds":…, "consoleSessionSurvived":true|false,
#    "consolePageSurvived":true|false, "consolePageSeconds":…}
# (consolePageSeconds: from the kill to the survivor's answer that applied the page's action)
# Usage: bench/cluster.sh   (needs Java 17, Maven, PostgreSQL on 127.0.0.1:5432 user postgres)
# Optional: GREENWAVE_CLUSTER_PORT=7900 (first Hazelcast port), GREENWAVE_CLUSTER_DATABASE=
# greenwave_cluster (the database dropped and created afresh: give another one, and another port,
# to run beside a CI run on the same machine), Debian's prometheus installed
# makes the test also query a node through a real Prometheus.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp /tmp/greenwave-bench-cluster.XXXX)
trap 'rm -f "$log"' EXIT
rm -f target/cluster-result.json
if ! mvn -B verify -Dspotless.check.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ClusterIT -Dgreenwave.it.cluster.required=true \
    -Dgreenwave.it.cluster.port="${GREENWAVE_CLUSTER_PORT:-7900}" \
    -Dgreenwave.it.cluster.database="${GREENWAVE_CLUSTER_DATABASE:-greenwave_cluster}" >"$log" 2>&1; then
  grep -E "cluster:|prometheus:|ERROR|FAIL" "$log" | head -40 >&2
  echo "bench/cluster.sh: the cluster test failed; full Maven output was in $log" >&2
  trap - EXIT
  exit 1
fi
grep -hE "^(cluster|prometheus):" "$log"
cat target/cluster-result.json

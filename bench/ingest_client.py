"""Load client of bench/ingest.sh: generates readings, posts them in batches, prints readings/s."""
import datetime
import http.client
import json
import os
import sys
import time
import urllib.parse

GROUPS = ["N_T", "S_T", "E_T", "W_T"]
BATCH = 10_000
INTERSECTION = {
    "id": "bench-1", "name": "Bench intersection",
    "laneGroups": [{"id": g, "approach": g[0], "movements": ["THROUGH", "LEFT", "RIGHT"], "lanes": 2}
                   for g in GROUPS],
    "phases": [{"name": "NS", "laneGroups": ["N_T", "S_T"]}, {"name": "EW", "laneGroups": ["E_T", "W_T"]}],
}


def generate(n, work):
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    rows = []
    for i in range(n):
        t = (start + datetime.timedelta(minutes=15 * (i // len(GROUPS)))).isoformat().replace("+00:00", "Z")
        rows.append({"laneGroup": GROUPS[i % len(GROUPS)], "intervalStart": t, "intervalSeconds": 900,
                     "vehicleCount": 20 + i % 150, "meanQueue": round(i % 13 * 0.7, 2),
                     "occupancy": round(i % 40 * 1.1, 2), "meanSpeed": round(30 + i % 20, 1)})
    batches = [json.dumps(rows[k:k + BATCH]) for k in range(0, n, BATCH)]
    with open(os.path.join(work, "batches.json"), "w") as f:
        json.dump(batches, f)
    with open(os.path.join(work, "copy.csv"), "w") as f:
        for r in rows:
            f.write("bench-1,%s,%s,900,%d,%s,%s,%s,%s\n" % (r["laneGroup"], r["intervalStart"], r["vehicleCount"],
                                                        r["meanQueue"], r["occupancy"], r["meanSpeed"], now))


def post(base, work):
    with open(os.path.join(work, "batches.json")) as f:
        batches = json.load(f)
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + os.environ["GREENWAVE_TOKEN"]}
    conn.request("POST", "/api/intersections", json.dumps(INTERSECTION), headers)
    r = conn.getresponse(); r.read()
    if r.status not in (201, 409):
        sys.exit("could not create the bench intersection: %d" % r.status)
    # one warm-up batch (JIT, pools), not counted; it is re-sent later and replaced (idempotent)
    conn.request("POST", "/api/intersections/bench-1/readings", batches[0], headers)
    conn.getresponse().read()
    stored = 0
    t0 = time.perf_counter()
    for body in batches:
        conn.request("POST", "/api/intersections/bench-1/readings", body, headers)
        r = conn.getresponse()
        answer = json.loads(r.read())
        if r.status != 200:
            sys.exit("ingest failed: %d %s" % (r.status, answer))
        stored += answer["stored"]
    elapsed = time.perf_counter() - t0
    print(round(stored / elapsed))


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(int(sys.argv[2]), sys.argv[3])
    else:
        post(sys.argv[2], sys.argv[3])

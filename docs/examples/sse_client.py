#!/usr/bin/env python3
"""Greenwave live events over Server-Sent Events, with the Python standard library only.

    python3 docs/examples/sse_client.py --url http://localhost:8080 --token "$TOKEN" \
        --intersections iso-1 --events readings,metrics --format dashboard --count 5

Prints the `ready` message, then each event as `<id> <type> <json>`, and exits after --count
events (0: forever). On a dropped connection it reconnects and resumes after the last event id it
saw (Last-Event-ID), as a browser's EventSource does. StreamingIT runs this file against a live
server, so it stays true.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def events(response):
    """Yields (id, event, data) for each SSE event; comments (heartbeats) are skipped."""
    event_id, name, data = None, "message", []
    for raw in response:
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line:
            if data:
                yield event_id, name, "\n".join(data)
            event_id, name, data = None, "message", []
        elif line.startswith(":"):
            continue
        else:
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "id":
                event_id = value
            elif field == "event":
                name = value
            elif field == "data":
                data.append(value)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", required=True)
    p.add_argument("--token", required=True, help="a token from POST /api/auth/token")
    p.add_argument("--intersections", default="all")
    p.add_argument("--events", default="all")
    p.add_argument("--format", default="dashboard", choices=["dashboard", "chart", "table"])
    p.add_argument("--count", type=int, default=0)
    args = p.parse_args()

    query = urllib.parse.urlencode(
        {"intersections": args.intersections, "events": args.events, "format": args.format})
    url = args.url.rstrip("/") + "/api/stream/events?" + query
    last_id, received = None, 0
    while True:
        headers = {"Accept": "text/event-stream", "Authorization": "Bearer " + args.token}
        if last_id:
            headers["Last-Event-ID"] = last_id
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as r:
                for event_id, name, data in events(r):
                    if name == "ready":
                        print("ready", data, flush=True)
                        continue
                    if event_id:
                        last_id = event_id
                    print(event_id, name, json.dumps(json.loads(data)), flush=True)
                    received += 1
                    if args.count and received >= args.count:
                        return 0
        except urllib.error.HTTPError as e:  # refused (401, 400): retrying will not help
            print(e.code, e.read().decode("utf-8"), file=sys.stderr)
            return 1
        except OSError as e:  # dropped: resume after the last id seen
            print("reconnecting after", last_id, "-", e, file=sys.stderr, flush=True)
            time.sleep(3)


if __name__ == "__main__":
    sys.exit(main())

"""Reads wrk --latency output: prints requests/s, p50 ms, p99 ms."""
import re
import sys

text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))


def millis(label):
    m = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % label, text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


print(rps, round(millis("50"), 3), round(millis("99"), 3))

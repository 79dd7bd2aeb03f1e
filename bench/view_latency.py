#!/usr/bin/env python3
"""Measures the latency of every view endpoint of a running tracker: median and p99 per view.

Usage: view_latency.py BASE_URL [REQUESTS_PER_VIEW] [BOARDS] [SCOPE]
Each request asks for a random business date between 2012-01-01 and today, and, by SCOPE, for one of the
synthetic boards BOARD-1..BOARD-n ("board"), for every board ("all"), or for either at random ("mixed",
the default), so the numbers are for arbitrary dates. It signs in with HTTP Basic as BENCH_AUTH
("name:password", a BOARD user of the service) when that is set.
"""
import base64
import datetime
import os
import json
import random
import statistics
import sys
import time
import urllib.request

VIEWS = [
    "outstanding-by-agency",
    "outstanding-actions",
    "time-to-implementation?groupBy=agency",
    "time-to-implementation?groupBy=theme",
    "time-to-implementation?groupBy=review",
    "time-to-implementation?groupBy=board",
    "re-referrals",
    "exceptions",
    "themes",
]


AUTH = ({"Authorization": "Basic " + base64.b64encode(os.environ["BENCH_AUTH"].encode()).decode()}
        if os.environ.get("BENCH_AUTH") else {})


def percentile(sorted_values, p):
    index = (len(sorted_values) - 1) * p
    low = int(index)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (index - low)


def main():
    base = sys.argv[1].rstrip("/")
    requests = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    boards = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    scope = sys.argv[4] if len(sys.argv) > 4 else "mixed"
    rng = random.Random(7)
    first = datetime.date(2012, 1, 1)
    span = (datetime.date.today() - first).days
    print(f"{'view':42} {'median ms':>10} {'p99 ms':>10} {'max ms':>10} {'rows(last)':>10}")
    for view in VIEWS:
        timings = []
        rows = 0
        for i in range(requests + 10):
            on = first + datetime.timedelta(days=rng.randrange(span))
            board = {"board": 1 + rng.randrange(boards), "all": 0}.get(scope, rng.randrange(boards + 1))
            query = f"on={on.isoformat()}" + (f"&board=BOARD-{board}" if board else "")
            url = f"{base}/api/v1/views/{view}{'&' if '?' in view else '?'}{query}"
            started = time.perf_counter()
            request = urllib.request.Request(url, headers=AUTH)
            with urllib.request.urlopen(request) as answer:
                body = answer.read()
            elapsed = (time.perf_counter() - started) * 1000
            if i >= 10:  # the first few warm the JIT and caches
                timings.append(elapsed)
            document = json.loads(body)
            rows = len(document) if isinstance(document, list) else sum(len(v) for v in document.values())
        timings.sort()
        print(f"{view:42} {statistics.median(timings):10.1f} {percentile(timings, 0.99):10.1f} "
              f"{timings[-1]:10.1f} {rows:10d}")


if __name__ == "__main__":
    main()

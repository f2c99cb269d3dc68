#!/usr/bin/env python3
"""Per-image latency of the full image path, by stage, against a running `adscreen serve`.

Posts one image (as a screening request with only that asset) N times, one at a time, and prints the
p50/p90 of the server's own stage timings (`timing_ms`: decode, NSFW, objects, OCR, the OCR text's
text checks) and of the whole request, with each stage's share of the p50 total. The three models run
concurrently, so the shares add up to more than 100%. Standard library only.

    python3 scripts/bench/image_stages.py IMAGE [--url http://127.0.0.1:8080/v1/screen] [-n 50]
"""
import argparse
import base64
import json
import statistics
import time
import urllib.request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("image")
    ap.add_argument("--url", default="http://127.0.0.1:8080/v1/screen")
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("--warmup", type=int, default=3)
    args = ap.parse_args()
    data = base64.b64encode(open(args.image, "rb").read()).decode()
    body = json.dumps({"assets": [{"id": "img", "type": "image", "data_base64": data}]}).encode()
    stages, wall = {}, []
    for i in range(args.warmup + args.n):
        req = urllib.request.Request(args.url, body, {"Content-Type": "application/json"})
        t = time.perf_counter()
        with urllib.request.urlopen(req, timeout=60) as r:
            d = json.loads(r.read())
        if i < args.warmup:
            continue
        wall.append((time.perf_counter() - t) * 1000)
        for k, v in d["timing_ms"].items():
            stages.setdefault(k, []).append(v)
    def q(v, p):
        v = sorted(v)
        return v[min(len(v) - 1, int(p * len(v)))]
    total = statistics.median(stages["total"])
    print(f"{args.image}: {args.n} requests, one at a time")
    print(f"{'stage':16} {'p50 ms':>8} {'p90 ms':>8} {'share of p50 total':>20}")
    for k in sorted(stages, key=lambda k: -statistics.median(stages[k])):
        m = statistics.median(stages[k])
        print(f"{k:16} {m:8.1f} {q(stages[k], 0.9):8.1f} {100 * m / total:19.0f}%")
    print(f"{'client wall':16} {statistics.median(wall):8.1f} {q(wall, 0.9):8.1f}")


if __name__ == "__main__":
    main()

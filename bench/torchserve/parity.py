"""Same model on both servers: posts every text of texts.txt to a server's /predictions endpoint and
saves the label scores (`parity.py save URL OUT`), or compares two saved files (`parity.py compare A B`)
and prints the largest score difference and whether the decisions at 0.5 agree."""

import json
import sys
import urllib.request


def save(url, out, texts):
    rows = []
    for t in texts:
        req = urllib.request.Request(url, data=t.encode("utf-8"), headers={"Content-Type": "text/plain"})
        with urllib.request.urlopen(req, timeout=60) as r:
            body = json.loads(r.read())
        rows.append(body)
    with open(out, "w") as f:
        json.dump(rows, f)


def compare(a, b):
    ra, rb = json.load(open(a)), json.load(open(b))
    worst, flips, label = 0.0, 0, None
    for x, y in zip(ra, rb):
        for k, v in x.items():
            d = abs(v - y[k])
            if d > worst:
                worst, label = d, k
            flips += (v >= 0.5) != (y[k] >= 0.5)
    print(f"parity over {len(ra)} texts x {len(ra[0])} labels: largest score difference {worst:.2e} ({label}), decisions at 0.5 that differ: {flips}")


texts = [l.strip() for l in open(__file__.rsplit("/", 1)[0] + "/texts.txt") if l.strip()]
if sys.argv[1] == "save":
    save(sys.argv[2], sys.argv[3], texts)
else:
    compare(sys.argv[2], sys.argv[3])

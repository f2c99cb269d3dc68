"""Prints the side-by-side table of bench/torchserve/run.sh from its results.jsonl, with the ratios the
performance issue holds adscreen to."""

import json
import sys

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]


def point(server_prefix, level, url_kind="predictions"):
    best = None
    for r in rows:
        s = r["server"]
        if not s.startswith(server_prefix) or s.endswith("-screen") != (url_kind == "screen"):
            continue
        rep = r["level_report"]
        if rep["level"] != level:
            continue
        if best is None or (
            rep["throughput_rps"] > best[1]["throughput_rps"] if level > 1 else rep["p50_ms"] < best[1]["p50_ms"]
        ):
            best = (s, rep, r["peak_tree_rss_mb"])
    return best


print(f"{'server (best config)':<32} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'p99.9':>8} {'errors':>6} {'RSS MB':>7}")
for r in rows:
    rep = r["level_report"]
    print(
        f"{r['server']:<32} {int(rep['level']):>5} {rep['throughput_rps']:>8.1f} {rep['p50_ms']:>8.1f} {rep['p90_ms']:>8.1f} "
        f"{rep['p99_ms']:>8.1f} {rep['p999_ms']:>8.1f} {rep['errors']:>6} {r['peak_tree_rss_mb']:>7}"
    )

ts_fp32 = point("torchserve-fp32", 64)
ts_bf16 = point("torchserve-bf16", 64)
ts_c1 = min((p for p in (point("torchserve-fp32", 1), point("torchserve-bf16", 1)) if p), key=lambda p: p[1]["p50_ms"])
ad = point("adscreen", 64)
ad_c1 = point("adscreen", 1)
ad_screen = point("adscreen", 64, "screen")
# Memory of the configurations compared above: adscreen's best (its model and /v1/screen runs, which
# load the whole text ensemble) against TorchServe's best BF16 configuration.
ad_rss = max(r["peak_tree_rss_mb"] for r in rows if r["server"] in (ad[0], ad[0] + "-screen"))
ts_rss = ts_bf16[2]


def line(what, value, reference, target, higher_is_better):
    ratio = value / reference if reference else float("nan")
    ok = ratio >= target if higher_is_better else ratio <= target
    sign = ">=" if higher_is_better else "<="
    print(f"{what:<58} {value:>9.1f} vs {reference:>9.1f}  ratio {ratio:>5.2f} (target {sign} {target})  {'MET' if ok else 'MISSED'}")


print()
print(f"adscreen best: {ad[0]}; TorchServe FP32 best: {ts_fp32[0]}; BF16 best: {ts_bf16[0]}")
line("throughput @64, adscreen / TorchServe FP32 (req/s)", ad[1]["throughput_rps"], ts_fp32[1]["throughput_rps"], 3.5, True)
line("throughput @64, adscreen / TorchServe BF16 (req/s)", ad[1]["throughput_rps"], ts_bf16[1]["throughput_rps"], 1.5, True)
line("p99 @64, adscreen / TorchServe BF16 (ms)", ad[1]["p99_ms"], ts_bf16[1]["p99_ms"], 0.7, False)
line("p50 @1, adscreen / TorchServe best (ms)", ad_c1[1]["p50_ms"], ts_c1[1]["p50_ms"], 0.3, False)
line("peak RSS, adscreen text ensemble / TorchServe BF16 (MB)", ad_rss, ts_rss, 0.25, False)
line("/v1/screen @64 / TorchServe BF16 model-only (req/s)", ad_screen[1]["throughput_rps"], ts_bf16[1]["throughput_rps"], 1.0, True)

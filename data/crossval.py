#!/usr/bin/env python3
"""Rotating cross-validation of `adscreen train text` on the corpus's train and validation splits.

The corpus's test split is dropped first: it is never trained on, chosen on or measured here. The
train and validation ads are dealt into K folds by a hash of their paraphrase group (as `build.py`
splits), so paraphrases and obfuscated variants stay in one fold. Run k trains on K - 2 folds,
chooses its thresholds and operating point on fold k (the run's "validation") and is measured on
fold k + 1 (the run's "test"), so every ad is measured once, by a model whose choices were made
on other ads: the same procedure as the corpus's own split, with K times the measured ads.

    python3 data/crossval.py --out /tmp/cv                       # the defaults of train text
    python3 data/crossval.py --out /tmp/cv-nr -- --no-reading-examples  # a variant

It prints each run's violating recall and compliant approve rate on its measured fold and the
pooled figures, and writes them to OUT/crossval.json. The binary is ADSCREEN_BIN or
target/release/adscreen; ADSCREEN_HOME applies as usual.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "adscreen-crossval-v1"


def fold_of(group: str, folds: int) -> int:
    digest = hashlib.sha256(f"{SEED}:{group}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % folds


def write_folds(ads: list[dict], folds: int, out: Path) -> list[Path]:
    kept = [a for a in ads if a["split"] != "test"]
    paths = []
    for k in range(folds):
        chosen, measured = k, (k + 1) % folds
        path = out / f"fold{k}.jsonl"
        with path.open("w") as f:
            for a in kept:
                fold = fold_of(a["group"], folds)
                split = "validation" if fold == chosen else "test" if fold == measured else "train"
                f.write(json.dumps({**a, "split": split}, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "ads.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("train_args", nargs="*", help="extra arguments of `adscreen train text`, after --")
    args = parser.parse_args()
    if args.folds < 3:
        parser.error("--folds must be at least 3 (train, choose and measure folds)")
    binary = os.environ.get("ADSCREEN_BIN", str(ROOT / "target" / "release" / "adscreen"))
    if not Path(binary).is_file():
        sys.exit(f"error: {binary} is not built (cargo build --release -p adscreen, or set ADSCREEN_BIN)")
    ads = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    runs = []
    for k, path in enumerate(write_folds(ads, args.folds, args.out)):
        model = args.out / f"model{k}"
        cmd = [binary, "--log", "warn", "train", "text", "--data", str(path), "--out", str(model),
               "--no-install", *args.train_args]
        print(f"run {k + 1}/{args.folds}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL)
        if done.returncode != 0:
            sys.exit(f"error: run {k} failed with exit status {done.returncode}")
        m = json.loads((model / "manifest.json").read_text())["extra"]["metrics"]
        chosen, measured = m["validation_models_only"], m["test_models_only"]
        run = {
            "fold_chosen_on": k,
            "fold_measured_on": (k + 1) % args.folds,
            "violating": measured["violating"],
            "caught": round(measured["violating_recall"] * measured["violating"]),
            "compliant": measured["compliant"],
            "approved": round(measured["compliant_approve_rate"] * measured["compliant"]),
            "chosen_fold": {"violating_recall": chosen["violating_recall"],
                            "compliant_approve_rate": chosen["compliant_approve_rate"]},
        }
        runs.append(run)
        print(f"  measured fold {run['fold_measured_on']}: violating recall "
              f"{run['caught'] / run['violating']:.3f} ({run['violating']}), compliant approve rate "
              f"{run['approved'] / run['compliant']:.3f} ({run['compliant']})", flush=True)
    caught, violating = sum(r["caught"] for r in runs), sum(r["violating"] for r in runs)
    approved, compliant = sum(r["approved"] for r in runs), sum(r["compliant"] for r in runs)
    pooled = {
        "violating_recall": caught / violating,
        "compliant_approve_rate": approved / compliant,
        "balanced": (caught / violating + approved / compliant) / 2,
        "violating": violating,
        "compliant": compliant,
    }
    print(f"pooled over {args.folds} measured folds: violating recall {pooled['violating_recall']:.3f} "
          f"({violating}), compliant approve rate {pooled['compliant_approve_rate']:.3f} ({compliant}), "
          f"mean of the two {pooled['balanced']:.4f}")
    summary = {"folds": args.folds, "seed": SEED, "train_args": args.train_args, "runs": runs, "pooled": pooled}
    (args.out / "crossval.json").write_text(json.dumps(summary, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

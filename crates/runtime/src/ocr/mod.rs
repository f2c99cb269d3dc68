//! Text in images: the PP-OCR pipeline of `rapidocr-onnxruntime` 1.4.4 (PP-OCRv4 detector, the v2
//! direction classifier, PP-OCRv4 recogniser), with its pre- and post-processing ported to Rust.
//!
//! The three ONNX models run through the runtime's own engines and batchers. Every OpenCV, pyclipper
//! and shapely step the Python package takes is reproduced here ([`cv`], [`geometry`]); the executable
//! specification, measured against the package itself, is `scripts/reference/ocr_port_numpy.py`, and
//! `tests/it` checks this port against the package's own output (`tests/fixtures/ocr_reference.json`).
//!
//! Two deliberate limits the package does not have: at most [`OcrOptions::max_lines`] lines are read
//! per image, and the detector's input is scaled down to at most [`OcrOptions::max_det_pixels`] (the
//! package would make a 23000 x 736 input from a 1:30 skyscraper banner).

pub mod cv;
pub mod geometry;

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use image::RgbImage;

use self::cv::Image8;
use self::geometry::{Point, components, min_area_rect, offset_round, order_mini_box};
use crate::backend::Precision;
use crate::batcher::BatchConfig;
use crate::home::Home;
use crate::manifest::Task;
use crate::registry::{LoadOptions, LoadedModel};
use crate::{Error, Result, Tensor};

/// The detector's file in the package.
pub const DET_FILE: &str = "ch_PP-OCRv4_det_infer.onnx";
/// The direction classifier's file in the package.
pub const CLS_FILE: &str = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
/// The recogniser's file in the package.
pub const REC_FILE: &str = "ch_PP-OCRv4_rec_infer.onnx";

// The package's configuration (config.yaml and code defaults).
const MAX_SIDE_LEN: usize = 2000;
const MIN_SIDE_LEN: usize = 30;
const MIN_HEIGHT: usize = 30;
const WIDTH_HEIGHT_RATIO: f64 = 8.0;
const LIMIT_SIDE_LEN: f64 = 736.0;
const DET_THRESH: f32 = 0.3;
const BOX_THRESH: f64 = 0.5;
const UNCLIP_RATIO: f64 = 1.6;
const MIN_SIZE: f64 = 3.0;
const MAX_CANDIDATES: usize = 1000;
const CLS_WIDTH: usize = 192;
const CLS_THRESH: f32 = 0.9;
const REC_HEIGHT: usize = 48;
const REC_WIDTH: usize = 320;
const BATCH: usize = 6;
const TEXT_SCORE: f64 = 0.5;

/// One line of text read in an image.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TextBox {
    /// Corners in image pixels: top-left, top-right, bottom-right, bottom-left.
    pub quad: [[f32; 2]; 4],
    pub text: String,
    /// Mean probability of the recognised characters.
    pub score: f32,
}

impl TextBox {
    /// The axis-aligned box around the quad, `[x, y, w, h]`.
    pub fn bbox(&self) -> [f64; 4] {
        let xs = self.quad.map(|p| p[0] as f64);
        let ys = self.quad.map(|p| p[1] as f64);
        let (x0, x1) =
            (xs.iter().copied().fold(f64::MAX, f64::min), xs.iter().copied().fold(f64::MIN, f64::max));
        let (y0, y1) =
            (ys.iter().copied().fold(f64::MAX, f64::min), ys.iter().copied().fold(f64::MIN, f64::max));
        [x0, y0, x1 - x0, y1 - y0]
    }
}

/// Limits of the pipeline.
#[derive(Clone, Copy, Debug)]
pub struct OcrOptions {
    /// Lines read per image, in reading order; the rest are dropped.
    pub max_lines: usize,
    /// Largest detector input, in pixels.
    pub max_det_pixels: usize,
    /// Most images the detector runs in one batch. Its inputs are large and convolution-bound, so on
    /// CPUs one at a time is fastest; the classifier and recogniser batch crops across requests.
    pub max_det_batch: usize,
}

impl Default for OcrOptions {
    fn default() -> Self {
        // The package's own letterbox keeps wide images at most 8:1, so 736 x 5888 is the largest input
        // it makes for them; only images taller than 1:8 are scaled further.
        // One image per detector batch: on a 2-core CPU, batching 1000x1000 images across requests gave
        // fewer images/s (5.5 at concurrency 8 with batches of up to 32, 7.5 with 1) and twice the memory.
        OcrOptions { max_lines: 100, max_det_pixels: 736 * 5888, max_det_batch: 1 }
    }
}

/// The loaded pipeline.
pub struct Ocr {
    det: Arc<LoadedModel>,
    cls: Arc<LoadedModel>,
    rec: Arc<LoadedModel>,
    /// The recogniser's classes: CTC blank, the dictionary, and a space.
    chars: Arc<Vec<String>>,
    pub options: OcrOptions,
}

/// An image made ready for the detector.
struct Prepared {
    img: Image8,
    /// Factors from the prepared image back to the original.
    rw: f64,
    rh: f64,
    pad: usize,
    raw: (usize, usize),
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    match tokio::runtime::Handle::try_current() {
        Ok(h) => h.spawn_blocking(f).await.map_err(|e| Error::WorkerLost(format!("ocr: {e}"))),
        Err(_) => Ok(f()),
    }
}

impl Ocr {
    /// Loads the three models from the unpacked package directory, each with one worker and a batcher
    /// that batches requests across images only when their tensors have the same shape (the package
    /// batches crops its own way, padded to the widest of six; padding further would change results).
    pub fn load(home: &Home, dir: &Path, opts: &LoadOptions, options: OcrOptions) -> Result<Ocr> {
        let read = |file: &str| {
            let path = dir.join(file);
            if !path.is_file() {
                return Err(Error::model_file(
                    &path,
                    "missing; run `adscreen models fetch` to install the OCR models",
                ));
            }
            crate::archive::read_model_file(&path)
        };
        let mut backend = opts.backend.clone();
        // No accuracy gate exists for these models: `auto` means FP32.
        if backend.precision == Precision::Auto {
            backend.precision = Precision::Fp32;
        }
        // Requests batch together only when their shapes are identical: padding would change what the
        // models see, and a line's text must not depend on other traffic.
        let opts = LoadOptions {
            use_tuned: false,
            workers: 1,
            batch: BatchConfig { mixed_shapes: false, ..opts.batch.clone() },
            backend,
        };
        let rec_bytes = read(REC_FILE)?;
        let model = crate::onnx::decode(&rec_bytes)
            .map_err(|e| Error::model_file(dir.join(REC_FILE), format!("not an ONNX model: {e}")))?;
        let dict = crate::onnx::metadata(&model)
            .into_iter()
            .find(|(k, _)| k == "character")
            .map(|(_, v)| v)
            .ok_or_else(|| {
                Error::model_file(dir.join(REC_FILE), "no `character` dictionary in its metadata")
            })?;
        let mut chars = vec!["blank".to_string()];
        chars.extend(dict.split('\n').map(str::to_string));
        chars.push(" ".into());
        let load = |name: &str, version: &str, bytes: &[u8], opts: &LoadOptions| {
            LoadedModel::from_onnx(home, name, version, bytes, None, Task::Tensor, opts).map(Arc::new)
        };
        let det_opts = LoadOptions {
            use_tuned: false,
            batch: BatchConfig { max_batch_size: options.max_det_batch.max(1), ..opts.batch.clone() },
            ..opts.clone()
        };
        Ok(Ocr {
            det: load("ppocr-det", "4", &read(DET_FILE)?, &det_opts)?,
            cls: load("ppocr-cls", "2.0", &read(CLS_FILE)?, &opts)?,
            rec: load("ppocr-rec", "4", &rec_bytes, &opts)?,
            chars: Arc::new(chars),
            options,
        })
    }

    /// Loads the pipeline from the package `adscreen models fetch` unpacked into the cache.
    pub fn load_installed(home: &Home, opts: &LoadOptions, options: OcrOptions) -> Result<Ocr> {
        let pins = crate::fetch::Pins::load()?;
        let dir = home.join(&pins.get(crate::fetch::OCR_PACKAGE)?.dest);
        Self::load(home, &dir, opts, options)
    }

    /// The models' names and versions.
    pub fn versions(&self) -> Vec<(String, String)> {
        [&self.det, &self.cls, &self.rec].iter().map(|m| (m.name.clone(), m.version.clone())).collect()
    }

    /// The three loaded models (for metrics and listings).
    pub fn models(&self) -> [&Arc<LoadedModel>; 3] {
        [&self.det, &self.cls, &self.rec]
    }

    /// Reads the lines of text in an image, in reading order.
    pub async fn read(&self, rgb: &RgbImage, deadline: Option<Instant>) -> Result<Vec<TextBox>> {
        let src = Image8::from_rgb(rgb);
        let options = self.options;
        let (prep, det_input) = blocking(move || {
            let prep = prepare(src);
            let x = det_tensor(&prep.img, options.max_det_pixels);
            (prep, x)
        })
        .await?;
        let det_input = det_input?;
        let out = self.det.submit(vec![(input_name(&self.det), det_input)], deadline)?.wait().await?.0;
        let pred =
            out.into_iter().next().map(|(_, t)| t).ok_or_else(|| engine("the detector returned nothing"))?;
        let max_lines = self.options.max_lines;
        let (prep, crops, quads) = blocking(move || {
            let shape = pred.shape().to_vec();
            let data = pred.as_f32().ok_or_else(|| engine("the detector's output is not f32"))?;
            let (h, w) = match shape.as_slice() {
                [1, 1, h, w] if data.len() == h * w => (*h, *w),
                _ => return Err(engine(format!("the detector's output has shape {shape:?}"))),
            };
            let quads = detect(data, w, h, prep.img.width, prep.img.height);
            let quads: Vec<[[f32; 2]; 4]> = sort_boxes(filter_boxes(quads, prep.img.width, prep.img.height))
                .into_iter()
                .take(max_lines)
                .collect();
            let crops: Vec<Image8> = quads.iter().map(|q| crop(&prep.img, q)).collect();
            Ok((prep, crops, quads))
        })
        .await??;
        if crops.is_empty() {
            return Ok(Vec::new());
        }
        let crops = self.classify(crops, deadline).await?;
        let texts = self.recognize(crops, deadline).await?;
        let mut lines = Vec::new();
        for (q, (text, score)) in quads.iter().zip(texts) {
            if score < TEXT_SCORE {
                continue;
            }
            let (rw, rh) = (prep.rw as f32, prep.rh as f32);
            let (raw_w, raw_h) = (prep.raw.0 as f32, prep.raw.1 as f32);
            let quad = q.map(|[x, y]| {
                [(x * rw).max(0.0).min(raw_w), ((y - prep.pad as f32) * rh).max(0.0).min(raw_h)]
            });
            lines.push(TextBox { quad, text, score: score as f32 });
        }
        Ok(lines)
    }

    /// Turns crops the classifier finds upside down (label "180" above 0.9) the right way up.
    async fn classify(&self, crops: Vec<Image8>, deadline: Option<Instant>) -> Result<Vec<Image8>> {
        let order = aspect_order(&crops);
        let crops = Arc::new(crops);
        let mut flip = vec![false; crops.len()];
        for ids in order.chunks(BATCH) {
            let (c, ids2) = (crops.clone(), ids.to_vec());
            let x = blocking(move || batch_tensor(&c, &ids2, CLS_WIDTH)).await??;
            let out = self.cls.submit(vec![(input_name(&self.cls), x)], deadline)?.wait().await?.0;
            let probs =
                out.first().and_then(|(_, t)| t.as_f32()).ok_or_else(|| engine("no classifier output"))?;
            if probs.len() != ids.len() * 2 {
                return Err(engine(format!(
                    "the classifier returned {} values for {} crops",
                    probs.len(),
                    ids.len()
                )));
            }
            for (&i, p) in ids.iter().zip(probs.chunks_exact(2)) {
                flip[i] = p[1] > p[0] && p[1] > CLS_THRESH;
            }
        }
        let crops = Arc::try_unwrap(crops).unwrap_or_else(|a| (*a).clone());
        Ok(crops.into_iter().zip(flip).map(|(c, f)| if f { c.rot180() } else { c }).collect())
    }

    /// CTC greedy decoding of each crop: text and mean character probability.
    async fn recognize(&self, crops: Vec<Image8>, deadline: Option<Instant>) -> Result<Vec<(String, f64)>> {
        let order = aspect_order(&crops);
        let crops = Arc::new(crops);
        let mut res = vec![(String::new(), 0.0); crops.len()];
        for ids in order.chunks(BATCH) {
            let max_ratio = ids
                .iter()
                .map(|&i| crops[i].width as f64 / crops[i].height as f64)
                .fold(REC_WIDTH as f64 / REC_HEIGHT as f64, f64::max);
            let width = (REC_HEIGHT as f64 * max_ratio) as usize;
            let (c, ids2) = (crops.clone(), ids.to_vec());
            let x = blocking(move || batch_tensor(&c, &ids2, width)).await??;
            let out = self.rec.submit(vec![(input_name(&self.rec), x)], deadline)?.wait().await?.0;
            let (_, t) = out.into_iter().next().ok_or_else(|| engine("no recogniser output"))?;
            let shape = t.shape().to_vec();
            let probs = t.as_f32().ok_or_else(|| engine("the recogniser's output is not f32"))?;
            let [n, steps, classes] = shape[..] else {
                return Err(engine(format!("the recogniser's output has shape {shape:?}")));
            };
            if n != ids.len() || classes != self.chars.len() || probs.len() != n * steps * classes {
                return Err(engine(format!(
                    "the recogniser's output {shape:?} does not match {} crops and {} classes",
                    ids.len(),
                    self.chars.len()
                )));
            }
            for (&i, row) in ids.iter().zip(probs.chunks_exact(steps * classes)) {
                res[i] = ctc_greedy(row, classes, &self.chars);
            }
        }
        Ok(res)
    }
}

fn engine(message: impl std::fmt::Display) -> Error {
    Error::Engine { engine: "ocr", message: message.to_string() }
}

fn input_name(m: &LoadedModel) -> String {
    m.backend.inputs.first().map(|s| s.name.clone()).unwrap_or_else(|| "x".into())
}

/// Python's `int(round(v / 32) * 32)` (round half to even).
fn round32(v: usize) -> usize {
    ((v as f64 / 32.0).round_ties_even() * 32.0) as usize
}

/// The package's `preprocess` (longest side at most 2000, shortest at least 30, both multiples of 32
/// when resized) and `letterbox` (very flat lines padded with black above and below).
fn prepare(src: Image8) -> Prepared {
    let raw = (src.width, src.height);
    let (mut rw, mut rh) = (1.0, 1.0);
    let mut img = src;
    let (h, w) = (img.height, img.width);
    if h.max(w) > MAX_SIDE_LEN {
        let ratio = if h > w { MAX_SIDE_LEN as f64 / h as f64 } else { MAX_SIDE_LEN as f64 / w as f64 };
        let (nh, nw) = (round32((h as f64 * ratio) as usize), round32((w as f64 * ratio) as usize));
        img = cv::resize_linear(&img, nw.max(1), nh.max(1));
        (rh, rw) = (h as f64 / nh.max(1) as f64, w as f64 / nw.max(1) as f64);
    }
    let (h2, w2) = (img.height, img.width);
    if h2.min(w2) < MIN_SIDE_LEN {
        let ratio = if h2 < w2 { MIN_SIDE_LEN as f64 / h2 as f64 } else { MIN_SIDE_LEN as f64 / w2 as f64 };
        let (nh, nw) = (round32((h2 as f64 * ratio) as usize), round32((w2 as f64 * ratio) as usize));
        img = cv::resize_linear(&img, nw.max(1), nh.max(1));
        (rh, rw) = (h2 as f64 / nh.max(1) as f64, w2 as f64 / nw.max(1) as f64);
    }
    let (h, w) = (img.height, img.width);
    let mut pad = 0;
    if h <= MIN_HEIGHT || w as f64 / h as f64 > WIDTH_HEIGHT_RATIO {
        let target = ((w as f64 / WIDTH_HEIGHT_RATIO) as usize).max(MIN_HEIGHT) * 2;
        pad = target.abs_diff(h) / 2;
        img = img.pad_vertical(pad);
    }
    Prepared { img, rw, rh, pad, raw }
}

/// The detector's input: shortest side scaled to 736 (sides multiples of 32), `(x / 255 - 0.5) / 0.5`,
/// BGR, NCHW.
fn det_tensor(img: &Image8, max_pixels: usize) -> Result<Tensor> {
    let (h, w) = (img.height as f64, img.width as f64);
    let ratio = if h.min(w) < LIMIT_SIDE_LEN {
        if h < w { LIMIT_SIDE_LEN / h } else { LIMIT_SIDE_LEN / w }
    } else {
        1.0
    };
    let (mut dw, mut dh) = (round32((w * ratio) as usize), round32((h * ratio) as usize));
    if dw * dh > max_pixels {
        let s = (max_pixels as f64 / (dw * dh) as f64).sqrt();
        (dw, dh) = (((dw as f64 * s) as usize / 32).max(1) * 32, ((dh as f64 * s) as usize / 32).max(1) * 32);
    }
    let r = cv::resize_linear(img, dw.max(32), dh.max(32));
    let plane = r.width * r.height;
    let mut x = vec![0f32; 3 * plane];
    for (i, p) in r.data.chunks_exact(3).enumerate() {
        for c in 0..3 {
            let v = p[c] as f32 * (1.0f64 / 255.0) as f32;
            x[c * plane + i] = ((v as f64 - 0.5) / 0.5) as f32;
        }
    }
    Tensor::f32(vec![1, 3, r.height, r.width], x)
}

/// The mean of the probability map inside a box (`box_score_fast`).
fn box_score(pred: &[f32], w: usize, h: usize, b: &[Point; 4]) -> f64 {
    let fold = |f: fn(f64, f64) -> f64, init: f64, k: usize| b.iter().map(|p| p[k]).fold(init, f);
    let xmin = (fold(f64::min, f64::MAX, 0).floor() as i64).clamp(0, w as i64 - 1);
    let xmax = (fold(f64::max, f64::MIN, 0).ceil() as i64).clamp(0, w as i64 - 1);
    let ymin = (fold(f64::min, f64::MAX, 1).floor() as i64).clamp(0, h as i64 - 1);
    let ymax = (fold(f64::max, f64::MIN, 1).ceil() as i64).clamp(0, h as i64 - 1);
    let (mw, mh) = ((xmax - xmin + 1) as usize, (ymax - ymin + 1) as usize);
    let mut mask = vec![0u8; mw * mh];
    let pts: Vec<(i64, i64)> =
        b.iter().map(|p| ((p[0] - xmin as f64) as i64, (p[1] - ymin as f64) as i64)).collect();
    cv::fill_poly(&mut mask, mw, mh, &pts);
    let (mut sum, mut n) = (0f64, 0usize);
    for y in 0..mh {
        for x in 0..mw {
            if mask[y * mw + x] != 0 {
                sum += pred[(ymin as usize + y) * w + xmin as usize + x] as f64;
                n += 1;
            }
        }
    }
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// The detector's post-processing (`DBPostProcess`): threshold, 2x2 dilation, components, their
/// minimum rectangles, score, unclip, and the boxes scaled to the prepared image (`dest_w` x `dest_h`).
fn detect(pred: &[f32], width: usize, height: usize, dest_w: usize, dest_h: usize) -> Vec<[Point; 4]> {
    let seg: Vec<bool> = pred.iter().map(|&p| p > DET_THRESH).collect();
    let mut bitmap = seg.clone();
    for y in 0..height {
        for x in 0..width {
            let up = y > 0 && seg[(y - 1) * width + x];
            let left = x > 0 && seg[y * width + x - 1];
            let diag = y > 0 && x > 0 && seg[(y - 1) * width + x - 1];
            bitmap[y * width + x] |= up || left || diag;
        }
    }
    let mut boxes = Vec::new();
    for (n, pts) in components(&bitmap, width, height).into_iter().enumerate() {
        if n >= MAX_CANDIDATES {
            break;
        }
        let (corners, (rw, rh)) = min_area_rect(&pts);
        if rw.min(rh) < MIN_SIZE {
            continue;
        }
        let b = order_mini_box(&corners);
        if box_score(pred, width, height, &b) < BOX_THRESH {
            continue;
        }
        let dist = |a: Point, c: Point| (a[0] - c[0]).hypot(a[1] - c[1]);
        let (lu, lv) = (dist(b[1], b[0]), dist(b[3], b[0]));
        let distance = lu * lv * UNCLIP_RATIO / (2.0 * (lu + lv));
        let (grown, (gw, gh)) = min_area_rect(&offset_round(&b, distance));
        if gw.min(gh) < MIN_SIZE + 2.0 {
            continue;
        }
        let g = order_mini_box(&grown);
        boxes.push(g.map(|[x, y]| {
            [
                (x / width as f64 * dest_w as f64).round_ties_even().clamp(0.0, dest_w as f64).trunc(),
                (y / height as f64 * dest_h as f64).round_ties_even().clamp(0.0, dest_h as f64).trunc(),
            ]
        }));
    }
    boxes
}

/// Orders each box's corners clockwise from the top-left, clamps them into the image, and drops boxes
/// with a side of 3 pixels or less.
fn filter_boxes(boxes: Vec<[Point; 4]>, w: usize, h: usize) -> Vec<[[f32; 2]; 4]> {
    let mut out = Vec::new();
    for b in boxes {
        let mut p: Vec<[f32; 2]> = b.iter().map(|q| [q[0] as f32, q[1] as f32]).collect();
        p.sort_by(|a, c| a[0].total_cmp(&c[0]));
        let (mut left, mut right) = ([p[0], p[1]], [p[2], p[3]]);
        left.sort_by(|a, c| a[1].total_cmp(&c[1]));
        right.sort_by(|a, c| a[1].total_cmp(&c[1]));
        let mut q = [left[0], right[0], right[1], left[1]];
        for c in &mut q {
            c[0] = c[0].clamp(0.0, w as f32 - 1.0).trunc();
            c[1] = c[1].clamp(0.0, h as f32 - 1.0).trunc();
        }
        let len = |a: [f32; 2], c: [f32; 2]| ((a[0] - c[0]).powi(2) + (a[1] - c[1]).powi(2)).sqrt() as i64;
        if len(q[0], q[1]) > 3 && len(q[0], q[3]) > 3 {
            out.push(q);
        }
    }
    out
}

/// Reading order: top to bottom, and left to right within 10 pixels of height.
fn sort_boxes(mut b: Vec<[[f32; 2]; 4]>) -> Vec<[[f32; 2]; 4]> {
    b.sort_by(|p, q| p[0][1].total_cmp(&q[0][1]).then(p[0][0].total_cmp(&q[0][0])));
    for i in 0..b.len().saturating_sub(1) {
        for j in (0..=i).rev() {
            if (b[j + 1][0][1] - b[j][0][1]).abs() < 10.0 && b[j + 1][0][0] < b[j][0][0] {
                b.swap(j, j + 1);
            } else {
                break;
            }
        }
    }
    b
}

/// The box cut out and rectified (perspective warp, cubic), turned upright when it is tall.
fn crop(img: &Image8, q: &[[f32; 2]; 4]) -> Image8 {
    let p: [Point; 4] = q.map(|[x, y]| [x as f64, y as f64]);
    let d = |a: Point, b: Point| (a[0] - b[0]).hypot(a[1] - b[1]);
    let cw = d(p[0], p[1]).max(d(p[2], p[3])) as usize;
    let ch = d(p[0], p[3]).max(d(p[1], p[2])) as usize;
    let rect = [[0.0, 0.0], [cw as f64, 0.0], [cw as f64, ch as f64], [0.0, ch as f64]];
    let Some(m) = cv::homography(&rect, &p) else { return Image8::new(cw.max(1), ch.max(1)) };
    let out = cv::warp_cubic(img, &m, cw.max(1), ch.max(1));
    if out.height as f64 / out.width as f64 >= 1.5 { out.rot90() } else { out }
}

/// Indices of the crops ordered by width / height (stable).
fn aspect_order(crops: &[Image8]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..crops.len()).collect();
    order.sort_by(|&a, &b| {
        let r = |i: usize| crops[i].width as f64 / crops[i].height as f64;
        r(a).total_cmp(&r(b))
    });
    order
}

/// The crops `ids` resized to height 48 (keeping the aspect ratio, at most `width` wide), normalised
/// to [-1, 1] and zero-padded on the right to `width`: `[n, 3, 48, width]`.
fn batch_tensor(crops: &[Image8], ids: &[usize], width: usize) -> Result<Tensor> {
    let plane = REC_HEIGHT * width;
    let mut x = vec![0f32; ids.len() * 3 * plane];
    for (k, &i) in ids.iter().enumerate() {
        let c = &crops[i];
        let want = (REC_HEIGHT as f64 * (c.width as f64 / c.height as f64)).ceil();
        let rw = if want > width as f64 { width } else { want as usize };
        let r = cv::resize_linear(c, rw.max(1), REC_HEIGHT);
        let base = k * 3 * plane;
        for y in 0..REC_HEIGHT {
            for xx in 0..r.width {
                let p = r.px(xx, y);
                for ch in 0..3 {
                    x[base + ch * plane + y * width + xx] = (p[ch] as f32 / 255.0 - 0.5) / 0.5;
                }
            }
        }
    }
    Tensor::f32(vec![ids.len(), 3, REC_HEIGHT, width], x)
}

/// Greedy CTC: the best class per step, repeats merged, blanks dropped; the mean probability kept.
fn ctc_greedy(probs: &[f32], classes: usize, chars: &[String]) -> (String, f64) {
    let mut text = String::new();
    let (mut sum, mut n) = (0f64, 0usize);
    let mut prev = usize::MAX;
    for step in probs.chunks_exact(classes) {
        let (mut best, mut p) = (0usize, f32::MIN);
        for (k, &v) in step.iter().enumerate() {
            if v > p {
                (best, p) = (k, v);
            }
        }
        if best != prev && best != 0 {
            text.push_str(&chars[best]);
            sum += p as f64;
            n += 1;
        }
        prev = best;
    }
    (text, if n == 0 { 0.0 } else { sum / n as f64 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round32_rounds_half_to_even_like_python() {
        assert_eq!(round32(16), 0);
        assert_eq!(round32(48), 64);
        assert_eq!(round32(80), 64);
        assert_eq!(round32(737), 736);
    }

    #[test]
    fn flat_and_small_images_are_resized_and_letterboxed_as_the_package_does() {
        // 120x24: shortest side < 30, so 160x32; then h <= 30 is false but w/h = 5 -> no pad.
        let p = prepare(Image8::new(120, 24));
        assert_eq!((p.img.width, p.img.height, p.pad), (160, 32, 0));
        assert!((p.rw - 0.75).abs() < 1e-12 && (p.rh - 0.75).abs() < 1e-12);
        // 1800x72: w/h = 25 > 8, padded to 2 * 225 = 450 high.
        let p = prepare(Image8::new(1800, 72));
        assert_eq!((p.img.width, p.img.height, p.pad), (1800, 450, 189));
    }

    #[test]
    fn the_detector_input_has_its_shortest_side_at_736_and_a_pixel_budget() {
        let t = det_tensor(&Image8::new(640, 160), usize::MAX).unwrap();
        assert_eq!(t.shape(), &[1, 3, 736, 2944]);
        let t = det_tensor(&Image8::new(100, 4000), 736 * 4096).unwrap();
        assert!(t.shape()[2] * t.shape()[3] <= 736 * 4096, "{:?}", t.shape());
        // Black is -1 after normalisation.
        assert_eq!(t.as_f32().unwrap()[0], -1.0);
    }

    #[test]
    fn a_filled_rectangle_in_the_probability_map_becomes_one_grown_box() {
        let (w, h) = (64, 32);
        let mut pred = vec![0f32; w * h];
        for y in 10..20 {
            for x in 8..56 {
                pred[y * w + x] = 0.9;
            }
        }
        let boxes = detect(&pred, w, h, w * 2, h * 2);
        assert_eq!(boxes.len(), 1);
        let b = filter_boxes(boxes, w * 2, h * 2);
        // Grown beyond the 48x10 (then dilated) region and scaled by 2.
        let [x0, y0, bw, bh] = TextBox { quad: b[0], text: String::new(), score: 1.0 }.bbox();
        assert!(x0 < 16.0 && y0 < 20.0 && bw > 96.0 && bh > 20.0, "{:?}", b[0]);
        // Nothing in an empty map.
        assert!(detect(&vec![0.0; w * h], w, h, w, h).is_empty());
    }

    #[test]
    fn reading_order_is_rows_then_left_to_right() {
        let q = |x: f32, y: f32| [[x, y], [x + 10.0, y], [x + 10.0, y + 5.0], [x, y + 5.0]];
        let sorted = sort_boxes(vec![q(50.0, 3.0), q(0.0, 40.0), q(0.0, 8.0)]);
        assert_eq!(sorted, vec![q(0.0, 8.0), q(50.0, 3.0), q(0.0, 40.0)]);
    }

    #[test]
    fn ctc_merges_repeats_and_drops_blanks() {
        let chars: Vec<String> = ["blank", "a", "b", " "].iter().map(|s| s.to_string()).collect();
        let step = |k: usize| {
            let mut v = vec![0.0f32; 4];
            v[k] = 0.8;
            v
        };
        let probs: Vec<f32> = [1, 1, 0, 1, 2, 3, 0].iter().flat_map(|&k| step(k)).collect();
        let (text, score) = ctc_greedy(&probs, 4, &chars);
        assert_eq!(text, "aab ");
        assert!((score - 0.8).abs() < 1e-6);
    }

    #[test]
    fn tall_crops_are_turned_upright() {
        let img = Image8::new(100, 100);
        let c = crop(&img, &[[10.0, 10.0], [20.0, 10.0], [20.0, 60.0], [10.0, 60.0]]);
        assert_eq!((c.width, c.height), (50, 10));
    }
}

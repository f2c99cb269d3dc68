//! Image screening: bounded decoding, the image rules (resolution, file size, share of the image
//! covered by text), the NSFW model, the regulated-objects model (ImageNet classes mapped to taxonomy
//! codes, `models/image-objects.toml`), and text in images (OCR), whose words go through the same text
//! checks as the headline with the text's boxes as evidence.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use adscreen_runtime::Error as RtError;
use adscreen_runtime::imaging::{self, DecodedImage, ImageLimits};
use adscreen_runtime::ocr::{Ocr, TextBox};
use adscreen_runtime::registry::LoadedModel;
use image::RgbImage;
use serde::Deserialize;

use crate::decision::{Checks, Detector, Evidence, Measurement, Signal, Source};
use crate::policy::RuleLimits;
use crate::textmodel::calibrate;

/// The reviewed ImageNet-to-taxonomy mapping, compiled in.
pub const OBJECT_MAPPING: &str = include_str!("../../../models/image-objects.toml");

/// Version of the image rules.
pub const IMAGE_RULES_VERSION: &str = "image-rules-1";

/// The NSFW probability that calibrates to 0.5 for `sexual.explicit` (the package's own "nsfw" cut).
pub const NSFW_EXPLICIT_OPERATING_POINT: f64 = 0.8;
/// The NSFW probability that calibrates to 0.5 for `sexual.suggestive`.
pub const NSFW_SUGGESTIVE_OPERATING_POINT: f64 = 0.4;

#[derive(Clone, Debug, Deserialize)]
struct MappedClass {
    index: usize,
    label: String,
    code: String,
    weight: f64,
}

/// `models/image-objects.toml`.
#[derive(Clone, Debug, Deserialize)]
pub struct ObjectMapping {
    pub version: String,
    pub model: String,
    operating_points: BTreeMap<String, f64>,
    #[serde(rename = "class")]
    classes: Vec<MappedClass>,
}

impl ObjectMapping {
    pub fn builtin() -> Result<ObjectMapping, String> {
        let m: ObjectMapping =
            toml::from_str(OBJECT_MAPPING).map_err(|e| format!("image-objects.toml: {e}"))?;
        for c in &m.classes {
            if !crate::taxonomy::is_model_category(&c.code) || !m.operating_points.contains_key(&c.code) {
                return Err(format!(
                    "image-objects.toml: class {} maps to {} without an operating point",
                    c.index, c.code
                ));
            }
        }
        Ok(m)
    }

    /// Category scores (raw, then calibrated) from the 1000 class probabilities, with the class that
    /// contributed most to each.
    pub fn scores(&self, probs: &[f32]) -> BTreeMap<String, (f64, f64, String)> {
        let mut out: BTreeMap<String, (f64, f64, String, f64)> = BTreeMap::new();
        for c in &self.classes {
            let p = probs.get(c.index).copied().unwrap_or(0.0) as f64 * c.weight;
            let e = out.entry(c.code.clone()).or_insert((0.0, 0.0, String::new(), -1.0));
            e.0 = (e.0 + p).min(1.0);
            if p > e.3 {
                e.2 = c.label.clone();
                e.3 = p;
            }
        }
        out.into_iter()
            .map(|(code, (raw, _, label, _))| {
                let op = self.operating_points[&code];
                (code, (raw, calibrate(raw, op), label))
            })
            .collect()
    }
}

/// The image models.
pub struct ImageModels {
    pub nsfw: Option<Arc<LoadedModel>>,
    pub objects: Option<Arc<LoadedModel>>,
    pub ocr: Option<Arc<Ocr>>,
    pub mapping: ObjectMapping,
    pub limits: ImageLimits,
}

/// What screening one image produced.
#[derive(Default)]
pub struct ImageOutcome {
    pub checks: Checks,
    /// Text read in the image, with the box of each line, for the text checks.
    pub text: Vec<TextBox>,
    pub timing: BTreeMap<String, f64>,
    pub size: Option<(u32, u32)>,
}

fn rule(
    category: &str,
    asset: &str,
    metric: &str,
    value: f64,
    limit: f64,
    standard: &str,
    evidence: Vec<Evidence>,
) -> Signal {
    let evidence = if evidence.is_empty() {
        vec![Evidence::BBox { asset: asset.into(), bbox: [0.0, 0.0, 0.0, 0.0], text: None }]
    } else {
        evidence
    };
    let measurement = Measurement { metric: metric.into(), value, limit, standard: standard.into() };
    Signal::rule(category, IMAGE_RULES_VERSION, measurement, evidence)
}

fn model_signal(
    category: &str,
    score: f64,
    m: &LoadedModel,
    evidence: Evidence,
    label: Option<String>,
) -> Signal {
    Signal {
        category: category.into(),
        source: Source::Model,
        score: Some(score),
        evidence: vec![evidence],
        measurement: None,
        detector: Detector {
            id: m.name.clone(),
            version: m.version.clone(),
            precision: m.backend.precision.to_string(),
            members: label
                .map(|l| {
                    vec![crate::decision::MemberScore {
                        id: m.name.clone(),
                        version: m.version.clone(),
                        precision: m.backend.precision.to_string(),
                        score,
                        label: Some(l),
                    }]
                })
                .unwrap_or_default(),
        },
    }
}

/// The rules on the asset itself: file size (on the bytes as sent, decodable or not) and, once the
/// size is known, the placement's minimum dimensions.
pub fn asset_rules(asset: &str, bytes: usize, size: Option<(u32, u32)>, rules: &RuleLimits) -> Vec<Signal> {
    let mut out = Vec::new();
    let whole = size.map(|(w, h)| Evidence::BBox {
        asset: asset.into(),
        bbox: [0.0, 0.0, w as f64, h as f64],
        text: None,
    });
    if bytes as u64 > rules.max_file_bytes {
        out.push(rule(
            "technical.file.size",
            asset,
            "bytes",
            bytes as f64,
            rules.max_file_bytes as f64,
            "adscreen image policy: file size within the placement's limit",
            whole.clone().into_iter().collect(),
        ));
    }
    if let (Some((w, h)), Some(whole)) = (size, whole)
        && (w < rules.min_image_width || h < rules.min_image_height)
    {
        let (metric, value, limit) = if w < rules.min_image_width {
            ("width_px", w, rules.min_image_width)
        } else {
            ("height_px", h, rules.min_image_height)
        };
        out.push(rule(
            "technical.image.resolution",
            asset,
            metric,
            value as f64,
            limit as f64,
            "adscreen image policy: minimum dimensions of the placement",
            vec![whole],
        ));
    }
    out
}

/// Runs CPU-heavy work (decoding, resizing) off the async workers.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, RtError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| RtError::WorkerLost(format!("image decoding: {e}")))
}

/// Whether a runtime error should refuse the whole request (overload, shutdown) rather than be a
/// coverage gap.
pub fn refuses(e: &RtError) -> bool {
    matches!(e, RtError::Overloaded { .. } | RtError::ShuttingDown(_) | RtError::DeadlineExceeded)
}

impl ImageModels {
    /// Screens one image asset given its bytes: the asset rules, then the models.
    pub async fn screen(
        &self,
        asset: &str,
        bytes: &[u8],
        rules: &RuleLimits,
        deadline: Option<Instant>,
    ) -> Result<ImageOutcome, RtError> {
        let t = Instant::now();
        let (owned, limits) = (bytes.to_vec(), self.limits);
        let decoded = blocking(move || imaging::decode(&owned, &limits)).await?;
        let decoded: DecodedImage = match decoded {
            Ok(d) => d,
            Err(e) => {
                let mut out = ImageOutcome::default();
                out.checks.signals = asset_rules(asset, bytes.len(), None, rules);
                out.checks.gap(Some(asset), None, format!("image not screened: {e}"));
                return Ok(out);
            }
        };
        let decode_ms = t.elapsed().as_secs_f64() * 1000.0;
        let size = decoded.rgb.dimensions();
        let mut out = self.models(asset, Arc::new(decoded.rgb), rules, deadline).await?;
        out.checks.signals.extend(asset_rules(asset, bytes.len(), Some(size), rules));
        out.timing.insert("decode".into(), decode_ms);
        out.size = Some(size);
        Ok(out)
    }

    /// The NSFW, object and OCR models (concurrently) and the text-area rule on one picture: a still
    /// image or a frame of an animation or video.
    pub async fn models(
        &self,
        asset: &str,
        rgb: Arc<RgbImage>,
        rules: &RuleLimits,
        deadline: Option<Instant>,
    ) -> Result<ImageOutcome, RtError> {
        let mut out = ImageOutcome::default();
        let (w, h) = rgb.dimensions();
        let whole = Evidence::BBox { asset: asset.into(), bbox: [0.0, 0.0, w as f64, h as f64], text: None };
        // The three models at once, each through its batcher.
        let nsfw_fut = async {
            let Some(m) = &self.nsfw else { return None };
            let t = Instant::now();
            let r = async {
                let img = rgb.clone();
                let x = blocking(move || imaging::nsfw_input(&img)).await??;
                let input = m.backend.inputs.first().map(|s| s.name.clone()).unwrap_or_default();
                let outputs = m.submit(vec![(input, x)], deadline)?.wait().await?.0;
                let p = outputs.first().and_then(|(_, t)| t.as_f32().and_then(|v| v.get(1).copied()));
                p.ok_or_else(|| RtError::InvalidInput("open_nsfw returned no score".into()))
            }
            .await;
            Some((r, t.elapsed()))
        };
        let objects_fut = async {
            let Some(m) = &self.objects else { return None };
            let t = Instant::now();
            let r = async {
                let pre = m
                    .manifest
                    .as_ref()
                    .and_then(|x| x.image.clone())
                    .ok_or_else(|| RtError::InvalidInput("no preprocessing".into()))?;
                let img = rgb.clone();
                let input = pre.input.clone().unwrap_or_default();
                let x = blocking(move || imaging::preprocess(&img, &pre)).await??;
                let outputs = m.submit(vec![(input, x)], deadline)?.wait().await?.0;
                outputs
                    .into_iter()
                    .find(|(n, _)| n == m.main_output())
                    .and_then(|(_, t)| t.as_f32().map(<[f32]>::to_vec))
                    .ok_or_else(|| RtError::InvalidInput("no probabilities".into()))
            }
            .await;
            Some((r, t.elapsed()))
        };
        let ocr_fut = async {
            let Some(ocr) = &self.ocr else { return None };
            let t = Instant::now();
            Some((ocr.read(&rgb, deadline).await, t.elapsed()))
        };
        let (nsfw, objects, ocr) = tokio::join!(nsfw_fut, objects_fut, ocr_fut);
        if let (Some((r, took)), Some(m)) = (nsfw, &self.nsfw) {
            out.timing.insert("nsfw".into(), took.as_secs_f64() * 1000.0);
            match r {
                Ok(p) => {
                    let p = p as f64;
                    out.checks.models.insert(m.name.clone(), m.version.clone());
                    out.checks.by_detector.entry(m.name.clone()).or_default().insert("nsfw".into(), p);
                    for (category, op) in [
                        ("sexual.explicit", NSFW_EXPLICIT_OPERATING_POINT),
                        ("sexual.suggestive", NSFW_SUGGESTIVE_OPERATING_POINT),
                    ] {
                        let s = calibrate(p, op);
                        out.checks.scores.insert(category.into(), s);
                        out.checks.signals.push(model_signal(
                            category,
                            s,
                            m,
                            whole.clone(),
                            Some("nsfw".into()),
                        ));
                    }
                }
                Err(e) if refuses(&e) => return Err(e),
                Err(e) => {
                    tracing::error!(asset, error = %e, "nsfw model failed");
                    for c in ["sexual.explicit", "sexual.suggestive"] {
                        out.checks.gap(Some(asset), Some(c), format!("{} failed: {e}", m.name));
                    }
                }
            }
        }
        if let (Some((r, took)), Some(m)) = (objects, &self.objects) {
            out.timing.insert("objects".into(), took.as_secs_f64() * 1000.0);
            match r {
                Ok(probs) => {
                    out.checks.models.insert(m.name.clone(), m.version.clone());
                    let top =
                        probs.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map(|(i, p)| (i, *p));
                    let entry = out.checks.by_detector.entry(m.name.clone()).or_default();
                    if let Some((i, p)) = top {
                        entry.insert(
                            format!("top1:{}", m.labels().get(i).cloned().unwrap_or_default()),
                            p as f64,
                        );
                    }
                    for (code, (raw, cal, label)) in self.mapping.scores(&probs) {
                        entry.insert(code.clone(), raw);
                        out.checks.scores.insert(code.clone(), cal);
                        out.checks.signals.push(model_signal(&code, cal, m, whole.clone(), Some(label)));
                    }
                }
                Err(e) if refuses(&e) => return Err(e),
                Err(e) => {
                    tracing::error!(asset, error = %e, "objects model failed");
                    let codes: std::collections::BTreeSet<_> =
                        self.mapping.classes.iter().map(|c| c.code.clone()).collect();
                    for c in codes {
                        out.checks.gap(Some(asset), Some(&c), format!("{} failed: {e}", m.name));
                    }
                }
            }
        }
        if let Some((r, took)) = ocr {
            out.timing.insert("ocr".into(), took.as_secs_f64() * 1000.0);
            match r {
                Ok(lines) => {
                    if let Some(ocr) = &self.ocr {
                        for (id, version) in ocr.versions() {
                            out.checks.models.insert(id, version);
                        }
                    }
                    // The share of the image covered by text.
                    let ratio =
                        imaging::covered_ratio(&lines.iter().map(|l| l.quad).collect::<Vec<_>>(), w, h);
                    if ratio > rules.max_text_ratio {
                        let evidence = lines
                            .iter()
                            .map(|l| Evidence::BBox {
                                asset: asset.into(),
                                bbox: l.bbox(),
                                text: Some(l.text.clone()),
                            })
                            .collect();
                        out.checks.signals.push(rule(
                            "technical.image.text_ratio",
                            asset,
                            "text_area_share",
                            ratio,
                            rules.max_text_ratio,
                            "adscreen image policy: text covers at most this share of the image",
                            evidence,
                        ));
                    }
                    out.checks
                        .by_detector
                        .entry("ocr".into())
                        .or_default()
                        .insert("text_area_share".into(), ratio);
                    out.text = lines;
                }
                Err(e) if refuses(&e) => return Err(e),
                Err(e) => {
                    tracing::error!(asset, error = %e, "ocr failed");
                    out.checks.gap(
                        Some(asset),
                        Some("technical.image.text_ratio"),
                        format!("text detection failed: {e}"),
                    );
                }
            }
        }
        Ok(out)
    }
}

/// Maps a character span of the OCR text (lines joined by newlines) to the boxes of the lines it covers.
pub fn ocr_span_evidence(asset: &str, lines: &[TextBox], span: (usize, usize)) -> Vec<Evidence> {
    let mut out = Vec::new();
    let mut start = 0;
    for l in lines {
        let end = start + l.text.chars().count();
        if span.0 < end && span.1 > start {
            out.push(Evidence::BBox { asset: asset.into(), bbox: l.bbox(), text: Some(l.text.clone()) });
        }
        start = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_mapping_parses_and_scores_categories() {
        let m = ObjectMapping::builtin().unwrap();
        assert_eq!(m.model, "efficientnet-lite0");
        let mut probs = vec![0.0f32; 1000];
        probs[763] = 0.6; // revolver
        probs[907] = 0.1; // wine bottle
        let s = m.scores(&probs);
        let (raw, cal, label) = &s["regulated.weapons"];
        assert!((raw - 0.6).abs() < 1e-6 && *cal > 0.5, "{raw} {cal}");
        assert!(label.starts_with("revolver"));
        assert!(s["regulated.alcohol"].1 < 0.5);
    }

    #[test]
    fn ocr_spans_point_at_their_lines() {
        let line = |t: &str, y: f32| TextBox {
            quad: [[0.0, y], [10.0, y], [10.0, y + 5.0], [0.0, y + 5.0]],
            text: t.into(),
            score: 0.9,
        };
        let lines = vec![line("BUY NOW", 0.0), line("50% OFF", 10.0)];
        let ev = ocr_span_evidence("img", &lines, (8, 11));
        assert_eq!(ev.len(), 1);
        assert!(matches!(&ev[0], Evidence::BBox { bbox, .. } if bbox[1] == 10.0));
    }
}

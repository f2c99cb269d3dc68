//! The screening pipeline: validated creative in, recorded decision out. Rules run inline (they are
//! microseconds); the text models run concurrently through the registry's batchers on their worker
//! threads; the policy engine decides; the decision is durably stored before it is returned.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use adscreen_runtime::Error as RtError;
use adscreen_runtime::registry::LoadedModel;

use std::path::{Path, PathBuf};

use adscreen_runtime::imaging;
use adscreen_runtime::media::{self, MediaLimits};
use adscreen_runtime::ocr::TextBox;

use crate::creative::{Asset, AssetKind, AssetSource, Creative, RequestError, RequestLimits, TextAsset};
use crate::decision::{Checks, Coverage, Decision, Evidence, Signal, TimingMs, Versions};
use crate::image::{ImageModels, ImageOutcome, ocr_span_evidence};
use crate::policy::{self, Profiles};
use crate::reading;
use crate::rules::{editorial, minors};
use crate::store::{DecisionStore, StoreError};
use crate::taxonomy::TAXONOMY_VERSION;
use crate::textmodel::{self, EnsembleConfig, EnsembleScore, MemberInfo};
use crate::timed;

/// Why a screening request failed (as opposed to a check failing, which is reported in coverage).
#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    #[error(transparent)]
    Request(#[from] RequestError),
    #[error("unknown profile {name:?}; known profiles: {known}")]
    UnknownProfile { name: String, known: String },
    /// The models are overloaded or shutting down: the whole request is refused, never half-screened.
    #[error(transparent)]
    Runtime(RtError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The text ensemble's models and configuration.
pub struct TextEnsemble {
    pub policy: Arc<LoadedModel>,
    pub toxic: Option<Arc<LoadedModel>>,
    pub config: EnsembleConfig,
}

impl TextEnsemble {
    /// Reads the ensemble configuration from the policy model's manifest.
    pub fn new(policy: Arc<LoadedModel>, toxic: Option<Arc<LoadedModel>>) -> Result<TextEnsemble, String> {
        let manifest = policy.manifest.as_ref().ok_or("the policy model has no manifest")?;
        let config: EnsembleConfig = serde_json::from_value(manifest.extra["ensemble"].clone())
            .map_err(|e| format!("the policy model's ensemble configuration is invalid: {e}"))?;
        if let Some(ad) = config
            .points()
            .filter_map(|p| p.ad_level.as_ref())
            .find(|ad| !policy.labels().contains(&ad.label))
        {
            return Err(format!(
                "the policy model's ensemble names an ad-level output {:?} it lacks",
                ad.label
            ));
        }
        // Parse the glossaries now rather than in the first request.
        crate::gloss::load();
        Ok(TextEnsemble { policy, toxic, config })
    }

    fn member(m: &LoadedModel) -> MemberInfo {
        MemberInfo {
            id: m.name.clone(),
            version: m.version.clone(),
            precision: m.backend.precision.to_string(),
        }
    }
}

/// Everything a screening needs.
pub struct Screener {
    pub profiles: Profiles,
    pub text: Option<TextEnsemble>,
    pub store: Option<Arc<DecisionStore>>,
    pub limits: RequestLimits,
    pub minors: minors::MinorsLexicon,
    /// The image models; without them image assets are reported as not evaluated.
    pub images: Option<Arc<ImageModels>>,
    /// Directories whose files assets may name by `path`; none means `path` is refused.
    pub asset_roots: Vec<PathBuf>,
    /// Limits on animations, video and audio.
    pub media_limits: MediaLimits,
}

/// The pseudo-asset the text read in an image is screened as, before its evidence becomes boxes.
const IMAGE_TEXT: &str = "image_text";

/// Frames a container's timeline may list (reading it is cheap; decoding is limited separately).
const TIMELINE_MAX_FRAMES: usize = 1_000_000;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A new, unique request id (time, process and a counter).
pub fn new_request_id() -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("req-{:x}-{:x}-{:x}", nanos, std::process::id(), n)
}

/// Maps a character span of the joined text to spans of the assets it covers.
fn spans_to_assets(
    parts: &[(&'static str, usize, usize)],
    span: (usize, usize),
    text: &[char],
) -> Vec<Evidence> {
    parts
        .iter()
        .filter(|(_, s, e)| span.0 < *e && span.1 > *s)
        .map(|(id, s, e)| {
            let a = span.0.max(*s);
            let b = span.1.min(*e);
            Evidence::Span {
                asset: id.to_string(),
                span: [a - s, b - s],
                text: Some(text[a..b].iter().take(200).collect()),
            }
        })
        .collect()
}

impl Screener {
    /// Screens one creative and records the decision. `request_json` is stored as the request.
    pub async fn screen(
        &self,
        creative: Creative,
        request_json: &str,
        request_id: String,
        deadline: Option<Instant>,
    ) -> Result<Decision, ScreenError> {
        let started = Instant::now();
        let profile_name = creative.profile.as_deref().unwrap_or("default");
        let profile = self.profiles.get(profile_name).ok_or_else(|| ScreenError::UnknownProfile {
            name: profile_name.to_string(),
            known: self.profiles.names().collect::<Vec<_>>().join(", "),
        })?;
        let mut stages = BTreeMap::new();
        let mut signals: Vec<Signal> = Vec::new();
        let mut coverage = Coverage::default();

        // Deterministic rules.
        let t = Instant::now();
        for asset in &creative.texts {
            signals.extend(editorial::check(asset, &profile.rules));
            signals.extend(minors::check(asset, &self.minors));
        }
        stages.insert("rules".to_string(), t.elapsed().as_secs_f64() * 1000.0);

        // Asset bytes: a path that may not be read is the request's fault, refused before any work.
        let mut asset_bytes = Vec::with_capacity(creative.assets.len());
        for (i, asset) in creative.assets.iter().enumerate() {
            asset_bytes.push(self.asset_bytes(i, asset)?);
        }

        // Text models (both members at once) and every image, all concurrently.
        let (text, parts) = textmodel::joined_text(
            creative.texts.iter().find(|t| t.id == "headline").map(|t| t.text.as_str()),
            creative.texts.iter().find(|t| t.id == "body").map(|t| t.text.as_str()),
        );
        let mut merged = Checks::default();
        let text_fut = async {
            if text.is_empty() {
                return Ok(None);
            }
            let t = Instant::now();
            let out = match &self.text {
                Some(ens) => self.text_models(ens, &text, &parts, deadline).await?,
                None => Checks::not_evaluated(Some("text"), "no text policy model is loaded"),
            };
            Ok::<_, ScreenError>(Some((out, t.elapsed())))
        };
        let images_fut = futures_util::future::join_all(
            creative
                .assets
                .iter()
                .zip(&asset_bytes)
                .map(|(a, bytes)| self.screen_asset(a, bytes, &profile.rules, deadline)),
        );
        let (text_out, image_outs) = tokio::join!(text_fut, images_fut);
        if let Some((out, took)) = text_out? {
            merged.merge(out);
            stages.insert("text_models".to_string(), took.as_secs_f64() * 1000.0);
        }
        for out in image_outs {
            let (out, timing) = out?;
            for (stage, ms) in timing {
                *stages.entry(stage).or_insert(0.0) += ms;
            }
            merged.merge(out);
        }
        signals.extend(merged.signals);
        coverage.not_evaluated.extend(merged.not_evaluated);
        let (scores, scores_by_detector, models) = (merged.scores, merged.by_detector, merged.models);

        let (summary, findings) = policy::decide(profile, &signals, &coverage);
        let mut decision = Decision {
            request_id,
            creative_id: creative.creative_id.clone(),
            decision: summary,
            findings,
            scores,
            scores_by_detector,
            coverage,
            versions: Versions {
                service: env!("CARGO_PKG_VERSION").to_string(),
                taxonomy: TAXONOMY_VERSION.to_string(),
                policy_profile: profile.id(),
                models,
            },
            timing_ms: TimingMs { total: 0.0, stages },
        };
        if let Some(store) = &self.store {
            let t = Instant::now();
            decision.timing_ms.total = started.elapsed().as_secs_f64() * 1000.0;
            store.record(&decision, &redact_inline_assets(request_json)).await?;
            decision.timing_ms.stages.insert("store".to_string(), t.elapsed().as_secs_f64() * 1000.0);
        }
        decision.timing_ms.total = started.elapsed().as_secs_f64() * 1000.0;
        Ok(decision)
    }

    /// The bytes of an asset: decoded inline data, or a file under one of [`Screener::asset_roots`].
    fn asset_bytes<'a>(
        &self,
        i: usize,
        asset: &'a Asset,
    ) -> Result<std::borrow::Cow<'a, [u8]>, RequestError> {
        match &asset.source {
            AssetSource::Inline(b) => Ok(std::borrow::Cow::Borrowed(b)),
            AssetSource::Path(p) => read_under_roots(p, &self.asset_roots, self.limits.max_asset_bytes)
                .map(std::borrow::Cow::Owned)
                .map_err(|message| RequestError { field: format!("assets[{i}].path"), message }),
        }
    }

    /// One asset of any kind. An image whose container holds more than one frame is screened as the
    /// animation it is; an animation that is not an image format is read as a video.
    async fn screen_asset(
        &self,
        asset: &Asset,
        bytes: &[u8],
        rules: &crate::policy::RuleLimits,
        deadline: Option<Instant>,
    ) -> Result<(Checks, BTreeMap<String, f64>), ScreenError> {
        let limits = &self.media_limits;
        let images = self.images.as_deref();
        let timed = match asset.kind {
            AssetKind::Audio => Some(timed::screen_audio(&asset.id, bytes, rules, limits).await),
            AssetKind::Video => {
                Some(timed::screen_frames(images, &asset.id, bytes, None, rules, limits, deadline).await)
            }
            AssetKind::Image | AssetKind::Animation => {
                match media::timeline::read(bytes, TIMELINE_MAX_FRAMES) {
                    Ok(Some(t)) => Some(
                        timed::screen_frames(images, &asset.id, bytes, Some(t), rules, limits, deadline)
                            .await,
                    ),
                    Ok(None) if asset.kind == AssetKind::Animation && !imaging::is_image(bytes) => Some(
                        timed::screen_frames(images, &asset.id, bytes, None, rules, limits, deadline).await,
                    ),
                    Ok(None) => None,
                    Err(e) => {
                        // A broken container: the still-image checks still try the first frame.
                        let (mut out, timing) = self.screen_image(asset, bytes, rules, deadline).await?;
                        for c in [
                            "technical.flashing.general",
                            "technical.flashing.red",
                            "technical.animation.duration",
                        ] {
                            out.gap(Some(&asset.id), Some(c), format!("animation not read: {e}"));
                        }
                        return Ok((out, timing));
                    }
                }
            }
        };
        let Some(r) = timed else { return self.screen_image(asset, bytes, rules, deadline).await };
        let t = r.map_err(ScreenError::Runtime)?;
        let mut out = t.checks;
        let mut timing = t.timing;
        let started = Instant::now();
        for (time_ms, frame, lines) in &t.frame_text {
            let mut text = self.image_text(&asset.id, lines, deadline).await?;
            text.seen_at(&Evidence::frame(&asset.id, *time_ms, *frame));
            out.merge(text);
        }
        if !t.frame_text.is_empty() {
            timing.insert("text".into(), started.elapsed().as_secs_f64() * 1000.0);
        }
        Ok((out, prefixed("media", timing)))
    }

    /// One image: its rules and models, then the text read in it through the text checks, with the
    /// boxes of the lines as evidence.
    async fn screen_image(
        &self,
        asset: &Asset,
        bytes: &[u8],
        rules: &crate::policy::RuleLimits,
        deadline: Option<Instant>,
    ) -> Result<(Checks, BTreeMap<String, f64>), ScreenError> {
        let Some(images) = &self.images else {
            return Ok((
                Checks::not_evaluated(Some(&asset.id), "no image models are loaded"),
                BTreeMap::new(),
            ));
        };
        let ImageOutcome { checks: mut out, text, mut timing, .. } =
            images.screen(&asset.id, bytes, rules, deadline).await.map_err(ScreenError::Runtime)?;
        if !text.is_empty() {
            let t = Instant::now();
            out.merge(self.image_text(&asset.id, &text, deadline).await?);
            timing.insert("text".into(), t.elapsed().as_secs_f64() * 1000.0);
        }
        Ok((out, prefixed("image", timing)))
    }

    /// The text read in an image through the text ensemble and the lexical rules.
    async fn image_text(
        &self,
        asset: &str,
        lines: &[TextBox],
        deadline: Option<Instant>,
    ) -> Result<Checks, ScreenError> {
        let text = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
        let parts = [(IMAGE_TEXT, 0, text.chars().count())];
        let mut out = match &self.text {
            Some(ens) => self.text_models(ens, &text, &parts, deadline).await?,
            None => Checks::default(),
        };
        out.signals.extend(minors::check(&TextAsset { id: IMAGE_TEXT, text: text.clone() }, &self.minors));
        // Spans of the joined lines become the boxes of the lines they cover.
        for s in &mut out.signals {
            s.evidence = std::mem::take(&mut s.evidence)
                .into_iter()
                .flat_map(|e| match e {
                    Evidence::Span { asset: a, span, .. } if a == IMAGE_TEXT => {
                        ocr_span_evidence(asset, lines, (span[0], span[1]))
                    }
                    other => vec![other],
                })
                .collect();
        }
        for gap in &mut out.not_evaluated {
            gap.asset = Some(asset.to_string());
        }
        Ok(out)
    }

    async fn text_models(
        &self,
        ens: &TextEnsemble,
        text: &str,
        parts: &[(&'static str, usize, usize)],
        deadline: Option<Instant>,
    ) -> Result<Checks, ScreenError> {
        let chars: Vec<char> = text.chars().collect();
        // Both members read the text as written and, when it is obfuscated or not in English, as a
        // person reads it (see `reading`).
        let reading = reading::read(text);
        let reading = reading.as_ref();
        let point = ens.config.point_for(reading.is_some_and(|r| r.glossed));
        let policy_fut = windows_of_both(&ens.policy, text, reading, deadline);
        let toxic_fut = async {
            match &ens.toxic {
                Some(m) => Some(windows_of_both(m, text, reading, deadline).await),
                None => None,
            }
        };
        let (policy_out, toxic_out) = tokio::join!(policy_fut, toxic_fut);
        let mut out = Checks::default();
        // Overload and shutdown refuse the whole request; other failures are a coverage gap.
        let refuse = |e: &RtError| {
            matches!(e, RtError::Overloaded { .. } | RtError::ShuttingDown(_) | RtError::DeadlineExceeded)
        };
        let policy_windows = match policy_out {
            Ok(w) => Some(w),
            Err(e) if refuse(&e) => return Err(ScreenError::Runtime(e)),
            Err(e) => {
                tracing::error!(model = %ens.policy.name, error = %e, "text policy model failed");
                for c in ens.config.point.thresholds.keys() {
                    out.gap(None, Some(c), format!("model {} failed: {e}", ens.policy.name));
                }
                None
            }
        };
        let toxic_windows = match toxic_out {
            Some(Ok(w)) => Some(w),
            Some(Err(e)) if refuse(&e) => return Err(ScreenError::Runtime(e)),
            Some(Err(e)) => {
                tracing::error!(error = %e, "toxic-comment model failed");
                None
            }
            None => None,
        };
        let Some(policy_windows) = policy_windows else { return Ok(out) };
        let head = TextEnsemble::member(&ens.policy);
        let toxic_info = ens.toxic.as_ref().map(|m| TextEnsemble::member(m));
        out.models.insert(head.id.clone(), head.version.clone());
        if let Some(t) = &toxic_info
            && toxic_windows.is_some()
        {
            out.models.insert(t.id.clone(), t.version.clone());
        }
        let labels = ens.policy.labels().to_vec();
        let toxic_labels = ens.toxic.as_ref().map(|m| m.labels().to_vec()).unwrap_or_default();
        // Per window, the ensemble; per category, the best window.
        let mut best: BTreeMap<String, (EnsembleScore, (usize, usize))> = BTreeMap::new();
        for (span, probs) in &policy_windows {
            // The BiLSTM's windows differ; use its strongest window overlapping this one.
            let toxic_probs: Option<Vec<f32>> = toxic_windows.as_ref().map(|tw| {
                let overlapping: Vec<&Vec<f32>> = tw
                    .iter()
                    .filter(|(s, _)| s.0 < span.1.max(s.0 + 1) && s.1 > span.0)
                    .map(|(_, p)| p)
                    .collect();
                let n = toxic_labels.len();
                (0..n).map(|k| overlapping.iter().map(|p| p[k]).fold(0.0, f32::max)).collect()
            });
            let scores = textmodel::ensemble(
                &ens.config,
                point,
                &labels,
                probs,
                &toxic_labels,
                toxic_probs.as_deref(),
            );
            textmodel::keep_strongest(&mut best, scores, *span);
            let entry = out.by_detector.entry(head.id.clone()).or_default();
            for (l, &p) in labels.iter().zip(probs) {
                let v = entry.entry(l.clone()).or_insert(0.0);
                *v = v.max(p as f64);
            }
        }
        if let (Some(tw), Some(t)) = (&toxic_windows, &toxic_info) {
            let entry = out.by_detector.entry(t.id.clone()).or_default();
            for (_, probs) in tw {
                for (l, &p) in toxic_labels.iter().zip(probs) {
                    let v = entry.entry(l.clone()).or_insert(0.0);
                    *v = v.max(p as f64);
                }
            }
        }
        let spans: BTreeMap<String, (usize, usize)> =
            best.iter().map(|(c, (_, s))| (c.clone(), *s)).collect();
        let scored: BTreeMap<String, EnsembleScore> = best.into_iter().map(|(c, (s, _))| (c, s)).collect();
        out.scores = scored.iter().map(|(c, s)| (c.clone(), s.score)).collect();
        let evidence = |c: &str| spans.get(c).map(|s| spans_to_assets(parts, *s, &chars)).unwrap_or_default();
        out.signals = textmodel::signals(&scored, &head, toxic_info.as_ref(), &evidence);
        Ok(out)
    }

    /// Screens on a plain thread (the CLI); builds a small runtime for the async parts.
    pub fn screen_blocking(
        &self,
        creative: Creative,
        request_json: &str,
        request_id: String,
    ) -> Result<Decision, ScreenError> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(|e| ScreenError::Store(StoreError::Other(e.to_string())))?;
        rt.block_on(self.screen(creative, request_json, request_id, None))
    }
}

/// Reads `path` (relative to a root, or absolute) if, with every link resolved, it is a regular file
/// inside one of `roots` and at most `max` bytes.
pub fn read_under_roots(path: &str, roots: &[PathBuf], max: usize) -> Result<Vec<u8>, String> {
    use std::io::Read;
    if roots.is_empty() {
        return Err("reading files is not enabled here: send the asset as data_base64 (the server reads \
                    files only under directories given with --asset-dir)"
            .into());
    }
    let (mut found, mut outside) = (None, false);
    for root in roots {
        let Ok(root) = root.canonicalize() else { continue };
        let Ok(real) = root.join(Path::new(path)).canonicalize() else { continue };
        if real.starts_with(&root) {
            found = Some(real);
            break;
        }
        outside = true;
    }
    if found.is_none() && outside {
        return Err(format!("{path:?} is outside the directories assets may be read from"));
    }
    let real = found.ok_or_else(|| format!("{path:?} does not exist under the asset directories"))?;
    let file = std::fs::File::open(&real).map_err(|e| format!("cannot open {path:?}: {e}"))?;
    let meta = file.metadata().map_err(|e| format!("cannot read {path:?}: {e}"))?;
    if !meta.is_file() {
        return Err(format!("{path:?} is not a regular file"));
    }
    if meta.len() > max as u64 {
        return Err(format!("{path:?} is {} bytes; the limit is {max}", meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {path:?}: {e}"))?;
    if bytes.len() > max {
        return Err(format!("{path:?} is over the limit of {max} bytes"));
    }
    Ok(bytes)
}

/// The request as stored with each decision: inline asset data replaced by its size and sha256, so
/// the store keeps an exact reference to what was screened without holding every image.
fn redact_inline_assets(request_json: &str) -> String {
    let Ok(mut v) = serde_json::from_str::<serde_json::Value>(request_json) else {
        return request_json.to_string();
    };
    let Some(assets) = v.get_mut("assets").and_then(|a| a.as_array_mut()) else {
        return request_json.to_string();
    };
    let mut changed = false;
    for a in assets {
        if let Some(data) = a.get_mut("data_base64")
            && let Some(s) = data.as_str()
        {
            *data = format!(
                "<{} base64 characters, sha256 {}>",
                s.len(),
                adscreen_runtime::fetch::sha256_hex(s.as_bytes())
            )
            .into();
            changed = true;
        }
    }
    if changed { v.to_string() } else { request_json.to_string() }
}

/// Text assets of a creative (for callers that screen text only).
pub fn text_assets(creative: &Creative) -> &[TextAsset] {
    &creative.texts
}

/// Stage timings of one asset under its kind's prefix (`image_ocr`, `media_decode`, ...).
fn prefixed(prefix: &str, timing: BTreeMap<String, f64>) -> BTreeMap<String, f64> {
    timing.into_iter().map(|(k, v)| (format!("{prefix}_{k}"), v)).collect()
}

/// The windows of a text as written and, if there is one, of its reading (spans mapped
/// back to the text as written), scored concurrently.
async fn windows_of_both(
    model: &LoadedModel,
    text: &str,
    reading: Option<&reading::Reading>,
    deadline: Option<Instant>,
) -> Result<Vec<((usize, usize), Vec<f32>)>, RtError> {
    let read = async {
        match reading {
            Some(r) => Some(model.infer_windows(&r.text, deadline).await),
            None => None,
        }
    };
    let (raw, read) = tokio::join!(model.infer_windows(text, deadline), read);
    let mut windows = raw?;
    if let (Some(read), Some(r)) = (read, reading) {
        windows.extend(read?.into_iter().map(|(span, p)| (r.original_span(span), p)));
    }
    Ok(windows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::creative::parse_request;
    use crate::decision::Outcome;

    fn screener(store: Option<Arc<DecisionStore>>) -> Screener {
        Screener {
            profiles: Profiles::builtin().unwrap(),
            text: None,
            store,
            limits: RequestLimits::default(),
            minors: minors::MinorsLexicon::default(),
            images: None,
            asset_roots: Vec::new(),
            media_limits: MediaLimits::default(),
        }
    }

    fn creative(json: &str) -> Creative {
        parse_request(json.as_bytes()).unwrap().validate(&RequestLimits::default()).unwrap()
    }

    #[test]
    fn without_text_models_nothing_is_approved_and_the_gap_is_reported() {
        let s = screener(None);
        let d =
            s.screen_blocking(creative(r#"{"headline":"Fresh flowers today"}"#), "{}", "r1".into()).unwrap();
        assert_eq!(d.decision.outcome, Outcome::Review);
        assert_eq!(d.coverage.not_evaluated.len(), 1);
    }

    #[test]
    fn rules_decide_and_the_decision_is_stored_before_it_is_returned() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(DecisionStore::open(&dir.path().join("d.db")).unwrap());
        let s = screener(Some(store.clone()));
        let d = s
            .screen_blocking(
                creative(r#"{"creative_id":"c9","headline":"BUY NOW!!! FREE"}"#),
                "{\"x\":1}",
                "r2".into(),
            )
            .unwrap();
        assert_eq!(d.decision.outcome, Outcome::Reject);
        assert!(d.findings.iter().any(|f| f.category == "editorial.punctuation"));
        assert_eq!(d.versions.taxonomy, "v1");
        assert!(d.versions.policy_profile.starts_with("default@"));
        let stored = store.get("r2").unwrap().expect("stored");
        assert_eq!(stored.outcome, "reject");
        assert_eq!(stored.creative_id.as_deref(), Some("c9"));
    }

    #[test]
    fn an_unknown_profile_is_refused() {
        let s = screener(None);
        let err = s
            .screen_blocking(creative(r#"{"headline":"x","profile":"mars"}"#), "{}", "r3".into())
            .unwrap_err();
        assert!(matches!(err, ScreenError::UnknownProfile { .. }), "{err}");
        assert!(err.to_string().contains("default"));
    }

    #[test]
    fn image_assets_are_reported_as_not_evaluated() {
        let s = screener(None);
        let c = creative(r#"{"assets":[{"id":"img","type":"image","data_base64":"AAAA"}]}"#);
        let d = s.screen_blocking(c, "{}", "r4".into()).unwrap();
        assert_eq!(d.coverage.not_evaluated[0].asset.as_deref(), Some("img"));
        assert_ne!(d.decision.outcome, Outcome::Approve);
    }

    #[test]
    fn joined_spans_map_back_to_each_asset() {
        let (text, parts) = textmodel::joined_text(Some("Hello"), Some("World wide"));
        let chars: Vec<char> = text.chars().collect();
        let ev = spans_to_assets(&parts, (3, 11), &chars);
        assert_eq!(ev.len(), 2);
        assert!(
            matches!(&ev[0], Evidence::Span { asset, span, .. } if asset == "headline" && *span == [3, 5])
        );
        assert!(matches!(&ev[1], Evidence::Span { asset, span, .. } if asset == "body" && *span == [0, 5]));
    }
}

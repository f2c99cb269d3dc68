//! Timed assets: animations (GIF, APNG, WebP), video and audio. One pass over the frames feeds the
//! flash analysis and picks a few frames (the first, scene changes, and one every few seconds) for the
//! image models; the container's timeline gives the animation rules; the sound (an audio asset, or a
//! video's audio track) is measured for loudness and true peak.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use adscreen_runtime::Error as RtError;
use adscreen_runtime::media::audio::{self, Loudness};
use adscreen_runtime::media::{self, MediaError, MediaLimits, Plays, Timeline, video};
use adscreen_runtime::ocr::TextBox;
use image::RgbImage;

use crate::decision::{Checks, Evidence, Measurement, Signal};
use crate::image::{ImageModels, ImageOutcome, asset_rules};
use crate::policy::RuleLimits;
use crate::rules::flashing::{self, FlashAnalyzer, FlashConfig, FlashReport};

/// Version of the timed-media rules.
pub const TIMED_RULES_VERSION: &str = "timed-rules-1";

/// Frames sent to the image models per asset, at most.
pub const MAX_SAMPLED_FRAMES: usize = 6;

/// What screening one timed asset produced.
#[derive(Default)]
pub struct TimedOutcome {
    pub checks: Checks,
    pub timing: BTreeMap<String, f64>,
    /// Text read in sampled frames: (time in ms, frame, lines).
    pub frame_text: Vec<(u64, u64, Vec<TextBox>)>,
}

fn rule(
    category: &str,
    metric: &str,
    value: f64,
    limit: f64,
    standard: &str,
    evidence: Vec<Evidence>,
) -> Signal {
    let measurement = Measurement { metric: metric.into(), value, limit, standard: standard.into() };
    Signal::rule(category, TIMED_RULES_VERSION, measurement, evidence)
}

fn span(asset: &str, start_ms: f64, end_ms: f64, start_frame: usize, end_frame: usize) -> Evidence {
    Evidence::Time {
        asset: asset.into(),
        time_ms: start_ms.max(0.0).round() as u64,
        frame: start_frame as u64,
        end_ms: Some(end_ms.max(0.0).round() as u64),
        end_frame: Some(end_frame as u64),
    }
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, RtError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| RtError::WorkerLost(format!("media decoding: {e}")))
}

/// What one pass over the frames produced.
struct FramePass {
    general: FlashReport,
    red: FlashReport,
    frames: usize,
    samples: Vec<(f64, usize, RgbImage)>,
    seconds: f64,
    millis: f64,
    /// A video with an audio stream.
    has_audio: bool,
    /// Why only part of the frames were analysed.
    partial: Option<String>,
}

/// Picks frames for the image models: the first, then a scene change at least 300 ms after the last
/// pick, or any frame 3 s after it, up to [`MAX_SAMPLED_FRAMES`].
struct Sampler {
    last: Option<(f64, Vec<f32>)>,
    picked: Vec<(f64, usize, RgbImage)>,
}

impl Sampler {
    fn offer(&mut self, time_ms: f64, index: usize, rgb: &RgbImage) {
        if self.picked.len() >= MAX_SAMPLED_FRAMES {
            return;
        }
        let sig = flashing::reduce(rgb, 16, 12).luminance;
        let take = match &self.last {
            None => true,
            Some((t, prev)) => {
                let change = sig.iter().zip(prev).map(|(a, b)| (a - b).abs()).sum::<f32>() / sig.len() as f32;
                (change > 0.08 && time_ms - t >= 300.0) || time_ms - t >= 3000.0
            }
        };
        if take {
            self.picked.push((time_ms, index, rgb.clone()));
            self.last = Some((time_ms, sig));
        }
    }
}

/// Decodes the frames once (animation when `timeline` is given, else video), analysing flashes and
/// sampling frames.
fn frame_pass(
    bytes: &[u8],
    timeline: Option<&Timeline>,
    limits: &MediaLimits,
) -> Result<FramePass, MediaError> {
    let started = Instant::now();
    let mut analyzer = FlashAnalyzer::new(FlashConfig::default());
    let mut sampler = Sampler { last: None, picked: Vec::new() };
    let mut end_ms = 0f64;
    let mut each = |f: media::Frame| {
        analyzer.push(f.time_ms, f.index, &f.rgb);
        sampler.offer(f.time_ms, f.index, &f.rgb);
        end_ms = f.time_ms + f.duration_ms;
        true
    };
    let (mut has_audio, mut partial) = (false, None);
    let (play_ms, plays) = match timeline {
        Some(t) => {
            let n = media::animation_frames(bytes, t, limits, &mut each)?;
            if n < t.frames() {
                partial = Some(format!(
                    "only the first {n} of {} frames were analysed (limit {} frames, {:.0} s)",
                    t.frames(),
                    limits.max_frames,
                    limits.max_seconds
                ));
            }
            let plays = match t.plays {
                Plays::Forever => u32::MAX,
                Plays::Times(n) => n,
            };
            (Some(t.duration_ms() as f64), Some(plays))
        }
        None => {
            let file = video::VideoFile::new(bytes)?;
            let info = video::probe(&file, limits)?;
            has_audio = info.has_audio;
            video::frames(&file, &info, limits, &mut each)?;
            (None, None)
        }
    };
    let frames = analyzer.frames;
    let (general, red) = analyzer.finish(play_ms, plays);
    Ok(FramePass {
        general,
        red,
        frames,
        samples: sampler.picked,
        seconds: end_ms / 1000.0,
        millis: started.elapsed().as_secs_f64() * 1000.0,
        has_audio,
        partial,
    })
}

fn flash_signals(asset: &str, kind: &str, report: &FlashReport, category: &str) -> Option<Signal> {
    if !report.fails {
        return None;
    }
    let evidence = report
        .windows
        .iter()
        .take(20)
        .map(|w| span(asset, w.start_ms, w.end_ms, w.start_frame, w.end_frame))
        .collect();
    let area = report.windows.iter().map(|w| w.area).fold(0.0, f64::max);
    Some(rule(
        category,
        "flashes_per_second",
        report.peak_flashes_per_second,
        FlashConfig::default().max_flashes_per_second,
        &format!(
            "WCAG 2.x SC 2.3.1 (general and red flash thresholds): more than 3 {kind} flashes in one second over \
             {:.0}% of the frame (at least 25%)",
            area * 100.0
        ),
        evidence,
    ))
}

/// The animation rules from the container's timeline.
fn animation_rules(asset: &str, t: &Timeline, rules: &RuleLimits) -> Vec<Signal> {
    let mut out = Vec::new();
    let whole = span(asset, 0.0, t.duration_ms() as f64, 0, t.frames().saturating_sub(1));
    let total_s = match t.plays {
        Plays::Times(n) => t.duration_ms() as f64 * n as f64 / 1000.0,
        Plays::Forever => t.duration_ms() as f64 / 1000.0,
    };
    if total_s > rules.max_animation_seconds {
        out.push(rule(
            "technical.animation.duration",
            "seconds",
            total_s,
            rules.max_animation_seconds,
            "adscreen animation policy: total running time (one play x plays) within the placement's limit",
            vec![whole.clone()],
        ));
    }
    match t.plays {
        Plays::Forever => out.push(rule(
            "technical.animation.loops",
            "plays_forever",
            1.0,
            0.0,
            &format!("adscreen animation policy: an animation stops after at most {} plays; this one loops forever", rules.max_animation_plays),
            vec![whole.clone()],
        )),
        Plays::Times(n) if n > rules.max_animation_plays => out.push(rule(
            "technical.animation.loops",
            "plays",
            n as f64,
            rules.max_animation_plays as f64,
            "adscreen animation policy: an animation stops after at most this many plays",
            vec![whole.clone()],
        )),
        _ => {}
    }
    if let Some(max) = rules.max_gif_fps
        && t.format == "GIF"
        && t.mean_fps() > max
    {
        out.push(rule(
            "technical.animation.framerate",
            "frames_per_second",
            t.mean_fps(),
            max,
            "adscreen animation policy: animated GIFs at most this many frames per second",
            vec![whole],
        ));
    }
    out
}

/// The loudness rules on a measurement.
pub fn loudness_rules(asset: &str, l: &Loudness, rules: &RuleLimits) -> Vec<Signal> {
    let mut out = Vec::new();
    let whole = span(asset, 0.0, l.seconds * 1000.0, 0, 0);
    if let Some(i) = l.integrated_lufs {
        let (lo, hi) = (
            rules.loudness_target_lufs - rules.loudness_tolerance_lu,
            rules.loudness_target_lufs + rules.loudness_tolerance_lu,
        );
        if i > hi || i < lo {
            out.push(rule(
                "technical.audio.loudness",
                "integrated_lufs",
                (i * 10.0).round() / 10.0,
                if i > hi { hi } else { lo },
                &rules.loudness_standard,
                vec![whole.clone()],
            ));
        }
    }
    if l.true_peak_dbtp > rules.max_true_peak_dbtp {
        out.push(rule(
            "technical.audio.true_peak",
            "true_peak_dbtp",
            (l.true_peak_dbtp * 10.0).round() / 10.0,
            rules.max_true_peak_dbtp,
            &rules.loudness_standard,
            vec![whole],
        ));
    }
    out
}

/// Measures the sound of `bytes` and applies the loudness rules.
async fn sound(
    out: &mut TimedOutcome,
    asset: &str,
    bytes: &[u8],
    ext: Option<&'static str>,
    rules: &RuleLimits,
    limits: &MediaLimits,
) -> Result<(), RtError> {
    let (owned, lim) = (bytes.to_vec(), *limits);
    let t = Instant::now();
    let measured = blocking(move || audio::measure(&owned, ext, &lim)).await?;
    out.timing.insert("audio".into(), t.elapsed().as_secs_f64() * 1000.0);
    match measured {
        Ok(l) => {
            let d = out.checks.by_detector.entry("loudness".into()).or_default();
            if let Some(i) = l.integrated_lufs {
                d.insert("integrated_lufs".into(), i);
            }
            if let Some(r) = l.range_lu {
                d.insert("range_lu".into(), r);
            }
            if l.true_peak_dbtp.is_finite() {
                d.insert("true_peak_dbtp".into(), l.true_peak_dbtp);
            }
            d.insert("seconds".into(), l.seconds);
            out.checks.signals.extend(loudness_rules(asset, &l, rules));
        }
        Err(e) => {
            for c in ["technical.audio.loudness", "technical.audio.true_peak"] {
                out.checks.gap(Some(asset), Some(c), format!("audio not measured: {e}"));
            }
        }
    }
    Ok(())
}

/// Runs the image models on the sampled frames (concurrently) and merges their outcomes, each piece
/// of evidence also pointing at the frame's time.
async fn sampled_frames(
    out: &mut TimedOutcome,
    images: &ImageModels,
    asset: &str,
    samples: Vec<(f64, usize, RgbImage)>,
    rules: &RuleLimits,
    deadline: Option<Instant>,
) -> Result<(), RtError> {
    let t = Instant::now();
    let jobs = samples.into_iter().map(|(time, index, rgb)| async move {
        (time, index, images.models(asset, Arc::new(rgb), rules, deadline).await)
    });
    for (time, index, r) in futures_util::future::join_all(jobs).await {
        let ImageOutcome { mut checks, text, .. } = r?;
        let (time_ms, frame) = (time.round() as u64, index as u64);
        checks.seen_at(&Evidence::frame(asset, time_ms, frame));
        out.checks.merge(checks);
        if !text.is_empty() {
            out.frame_text.push((time_ms, frame, text));
        }
    }
    out.timing.insert("frame_models".into(), t.elapsed().as_secs_f64() * 1000.0);
    Ok(())
}

/// Screens an animation (`timeline` from its container) or a video (`timeline` None).
pub async fn screen_frames(
    images: Option<&ImageModels>,
    asset: &str,
    bytes: &[u8],
    timeline: Option<Timeline>,
    rules: &RuleLimits,
    limits: &MediaLimits,
    deadline: Option<Instant>,
) -> Result<TimedOutcome, RtError> {
    let mut out = TimedOutcome::default();
    let flash_categories = ["technical.flashing.general", "technical.flashing.red"];
    if let Some(t) = &timeline {
        out.checks.signals.extend(animation_rules(asset, t, rules));
        out.checks.signals.extend(asset_rules(asset, bytes.len(), Some((t.width, t.height)), rules));
        let d = out.checks.by_detector.entry("animation".into()).or_default();
        d.insert("frames".into(), t.frames() as f64);
        d.insert("play_seconds".into(), t.duration_ms() as f64 / 1000.0);
        d.insert("mean_fps".into(), t.mean_fps());
    }
    let (owned, lim, tl) = (bytes.to_vec(), *limits, timeline.clone());
    let pass = blocking(move || frame_pass(&owned, tl.as_ref(), &lim)).await?;
    let pass = match pass {
        Ok(p) => p,
        Err(e) => {
            for c in flash_categories {
                out.checks.gap(Some(asset), Some(c), format!("frames not analysed: {e}"));
            }
            out.checks.gap(Some(asset), None, format!("frames not screened by the image models: {e}"));
            if timeline.is_none() {
                out.checks.gap(Some(asset), Some("technical.audio.loudness"), format!("video not read: {e}"));
            }
            return Ok(out);
        }
    };
    out.timing.insert("frames".into(), pass.millis);
    let d = out.checks.by_detector.entry("flashing".into()).or_default();
    d.insert("general_flashes_per_second".into(), pass.general.peak_flashes_per_second);
    d.insert("general_area_over_limit".into(), pass.general.peak_area);
    d.insert("red_flashes_per_second".into(), pass.red.peak_flashes_per_second);
    d.insert("red_area_over_limit".into(), pass.red.peak_area);
    d.insert("frames".into(), pass.frames as f64);
    d.insert("seconds".into(), pass.seconds);
    // A failure found in part of the frames is a finding; a pass over part of them is not a pass.
    for (kind, report, category) in
        [("general", &pass.general, flash_categories[0]), ("red", &pass.red, flash_categories[1])]
    {
        match (flash_signals(asset, kind, report, category), &pass.partial) {
            (Some(s), _) => out.checks.signals.push(s),
            (None, Some(why)) => out.checks.gap(Some(asset), Some(category), why.clone()),
            (None, None) => {}
        }
    }
    let has_audio = pass.has_audio;
    match images {
        Some(images) => sampled_frames(&mut out, images, asset, pass.samples, rules, deadline).await?,
        None => {
            let why = "no image models are loaded; frames were not screened by them";
            out.checks.gap(Some(asset), None, why.into());
        }
    }
    if has_audio {
        sound(&mut out, asset, bytes, None, rules, limits).await?;
    }
    Ok(out)
}

/// Screens an audio asset.
pub async fn screen_audio(
    asset: &str,
    bytes: &[u8],
    rules: &RuleLimits,
    limits: &MediaLimits,
) -> Result<TimedOutcome, RtError> {
    let mut out = TimedOutcome::default();
    sound(&mut out, asset, bytes, None, rules, limits).await?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Profiles;

    fn rules(profile: &str) -> RuleLimits {
        Profiles::builtin().unwrap().get(profile).unwrap().rules.clone()
    }

    #[test]
    fn animation_rules_measure_running_time_plays_and_gif_frame_rate() {
        let t = Timeline {
            format: "GIF",
            width: 300,
            height: 250,
            delays_ms: vec![100; 60],
            plays: Plays::Times(4),
        };
        let s = animation_rules("a", &t, &rules("eu-en-display"));
        let get = |c: &str| s.iter().find(|x| x.category == c).and_then(|x| x.measurement.clone());
        assert_eq!(get("technical.animation.duration").unwrap().value, 24.0);
        assert_eq!(get("technical.animation.loops").unwrap().value, 4.0);
        let fps = get("technical.animation.framerate").unwrap();
        assert_eq!((fps.value, fps.limit), (10.0, 5.0));
        // The default profile sets no GIF frame rate; 2 plays of 6 s are within 15 s and 3 plays.
        let t = Timeline { plays: Plays::Times(2), ..t };
        assert!(animation_rules("a", &t, &rules("default")).is_empty());
        let forever = Timeline { plays: Plays::Forever, ..t };
        let s = animation_rules("a", &forever, &rules("default"));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].measurement.as_ref().unwrap().metric, "plays_forever");
    }

    #[test]
    fn loudness_rules_follow_the_profile_standard() {
        let l = Loudness {
            integrated_lufs: Some(-16.0),
            range_lu: Some(3.0),
            true_peak_dbtp: -1.5,
            sample_peak_dbfs: -1.6,
            seconds: 30.0,
            channels: 2,
            sample_rate: 48_000,
            codec: "pcm".into(),
        };
        let eu = loudness_rules("a", &l, &rules("default"));
        assert_eq!(eu.len(), 1, "too loud, but the true peak is under -1 dBTP");
        assert_eq!(eu[0].measurement.as_ref().unwrap().limit, -22.0);
        let us = loudness_rules("a", &l, &rules("us-en-social-feed"));
        assert_eq!(us.len(), 2, "US: -24 +/- 2 and a -2 dBTP ceiling");
        assert!(us[0].measurement.as_ref().unwrap().standard.contains("A/85"));
        let quiet = Loudness { integrated_lufs: Some(-30.0), true_peak_dbtp: -20.0, ..l };
        assert_eq!(
            loudness_rules("a", &quiet, &rules("default"))[0].measurement.as_ref().unwrap().limit,
            -24.0
        );
        let silent = Loudness { integrated_lufs: None, true_peak_dbtp: f64::NEG_INFINITY, ..quiet };
        assert!(loudness_rules("a", &silent, &rules("default")).is_empty());
    }
}

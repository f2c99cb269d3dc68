//! Policy profiles and the policy engine. A profile (platform x locale x placement) maps every category
//! to an effect and thresholds; [`decide`] is a pure function from signals and a profile to findings and
//! an outcome. No IO happens here: profiles are parsed from text by the caller.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::decision::{Coverage, DecisionSummary, Effect, Finding, Outcome, Signal, Source, Thresholds};
use crate::taxonomy;

/// The profiles that ship with adscreen (the files under `profiles/`).
pub const BUILTIN_PROFILES: &[(&str, &str)] = &[
    ("default", include_str!("../../../profiles/default.toml")),
    ("us-en-social-feed", include_str!("../../../profiles/us-en-social-feed.toml")),
    ("eu-en-display", include_str!("../../../profiles/eu-en-display.toml")),
    ("global-kids-app", include_str!("../../../profiles/global-kids-app.toml")),
];

/// Errors of profile parsing and validation.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("profile {name}: {message}")]
    Invalid { name: String, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    name: String,
    version: String,
    #[serde(default)]
    description: String,
    thresholds: Thresholds,
    categories: BTreeMap<String, CategoryFile>,
    rules: RuleLimits,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryFile {
    effect: Effect,
    review: Option<f64>,
    reject: Option<f64>,
}

/// Limits of the deterministic rules, set per profile.
#[derive(Clone, Debug, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RuleLimits {
    pub headline_max_chars: usize,
    pub body_max_chars: usize,
    /// All-caps words (not known acronyms) allowed per text.
    pub max_caps_words: usize,
    /// Share of uppercase letters allowed in a text of 12 letters or more.
    pub max_uppercase_ratio: f64,
    pub max_exclamations: usize,
    pub max_emoji: usize,
    /// The same word this many times in a row is allowed; one more is repetition.
    pub max_consecutive_repeats: usize,
    /// Occurrences of one content word allowed per text.
    pub max_word_occurrences: usize,
    /// The same letter this many times in a row is allowed ("Brrr"); one more is not ("Sooooo").
    pub max_char_run: usize,
    pub min_image_width: u32,
    pub min_image_height: u32,
    pub max_text_ratio: f64,
    pub max_file_bytes: u64,
    /// Longest an animation may run in all (one play times its plays) or a video may last, seconds.
    #[serde(default = "defaults::animation_seconds")]
    pub max_animation_seconds: f64,
    /// Most plays of a looping animation (looping forever is never within a limit).
    #[serde(default = "defaults::animation_plays")]
    pub max_animation_plays: u32,
    /// Highest mean frame rate of an animated GIF, when the profile limits it.
    #[serde(default)]
    pub max_gif_fps: Option<f64>,
    /// Integrated loudness target (LUFS/LKFS) and the tolerance around it (LU).
    #[serde(default = "defaults::loudness_target")]
    pub loudness_target_lufs: f64,
    #[serde(default = "defaults::loudness_tolerance")]
    pub loudness_tolerance_lu: f64,
    /// True-peak ceiling, dBTP.
    #[serde(default = "defaults::true_peak")]
    pub max_true_peak_dbtp: f64,
    /// The loudness standard the three audio limits come from, for the findings.
    #[serde(default = "defaults::loudness_standard")]
    pub loudness_standard: String,
}

/// Defaults of the timed-media limits (EBU R 128 for audio).
mod defaults {
    pub fn animation_seconds() -> f64 {
        15.0
    }
    pub fn animation_plays() -> u32 {
        3
    }
    pub fn loudness_target() -> f64 {
        -23.0
    }
    pub fn loudness_tolerance() -> f64 {
        1.0
    }
    pub fn true_peak() -> f64 {
        -1.0
    }
    pub fn loudness_standard() -> String {
        "EBU R 128 (ITU-R BS.1770-4 measurement)".into()
    }
}

/// What a profile does with one category.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CategoryPolicy {
    pub effect: Effect,
    pub thresholds: Thresholds,
}

impl CategoryPolicy {
    /// The effect of a scored signal of this category: reject from the reject threshold when the
    /// category rejects, review from the review threshold when it reviews or rejects, else allow.
    pub fn effect_at(&self, score: f64) -> Effect {
        if self.effect == Effect::Reject && score >= self.thresholds.reject {
            Effect::Reject
        } else if self.effect >= Effect::Review && score >= self.thresholds.review {
            Effect::Review
        } else {
            Effect::Allow
        }
    }
}

/// A validated policy profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub name: String,
    pub version: String,
    pub description: String,
    pub categories: BTreeMap<String, CategoryPolicy>,
    pub rules: RuleLimits,
}

impl Profile {
    /// Parses and validates a profile. Every taxonomy code must be present exactly once.
    pub fn parse(text: &str) -> Result<Profile, ProfileError> {
        let file: ProfileFile = toml::from_str(text)
            .map_err(|e| ProfileError::Invalid { name: "<unnamed>".into(), message: e.to_string() })?;
        let invalid = |message: String| ProfileError::Invalid { name: file.name.clone(), message };
        check_thresholds(&file.thresholds).map_err(|m| invalid(format!("[thresholds]: {m}")))?;
        let mut categories = BTreeMap::new();
        for (code, c) in &file.categories {
            if !taxonomy::is_category(code) {
                return Err(invalid(format!("unknown category {code:?} (not in taxonomy v1)")));
            }
            let thresholds = Thresholds {
                review: c.review.unwrap_or(file.thresholds.review),
                reject: c.reject.unwrap_or(file.thresholds.reject),
            };
            check_thresholds(&thresholds).map_err(|m| invalid(format!("{code}: {m}")))?;
            categories.insert(code.clone(), CategoryPolicy { effect: c.effect, thresholds });
        }
        if let Some(missing) = taxonomy::MODEL_CATEGORIES
            .iter()
            .chain(taxonomy::RULE_CATEGORIES)
            .find(|c| !categories.contains_key(**c))
        {
            return Err(invalid(format!(
                "category {missing} has no effect; every taxonomy code must be listed"
            )));
        }
        let r = &file.rules;
        if !(0.0..=1.0).contains(&r.max_uppercase_ratio) || !(0.0..=1.0).contains(&r.max_text_ratio) {
            return Err(invalid("rules: ratios must lie in [0, 1]".into()));
        }
        Ok(Profile {
            name: file.name,
            version: file.version,
            description: file.description,
            categories,
            rules: file.rules,
        })
    }

    /// `name@version`, as decisions report it.
    pub fn id(&self) -> String {
        format!("{}@{}", self.name, self.version)
    }

    pub fn category(&self, code: &str) -> Option<&CategoryPolicy> {
        self.categories.get(code)
    }
}

fn check_thresholds(t: &Thresholds) -> Result<(), String> {
    if !(0.0..=1.0).contains(&t.review) || !(0.0..=1.0).contains(&t.reject) {
        return Err(format!("thresholds must lie in [0, 1], got review {} reject {}", t.review, t.reject));
    }
    if t.review > t.reject {
        return Err(format!("review threshold {} is above reject threshold {}", t.review, t.reject));
    }
    Ok(())
}

/// A set of profiles by name.
#[derive(Clone, Debug, Default)]
pub struct Profiles {
    by_name: BTreeMap<String, Profile>,
}

impl Profiles {
    /// The built-in profiles.
    pub fn builtin() -> Result<Profiles, ProfileError> {
        let mut p = Profiles::default();
        for (_, text) in BUILTIN_PROFILES {
            p.insert(Profile::parse(text)?);
        }
        Ok(p)
    }

    pub fn insert(&mut self, profile: Profile) {
        self.by_name.insert(profile.name.clone(), profile);
    }

    pub fn get(&self, name: &str) -> Option<&Profile> {
        self.by_name.get(name)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }
}

/// The policy engine: turns signals into findings (with effects and thresholds) and an outcome.
/// Signals below every threshold, or whose category the profile allows, produce no finding. When some
/// check did not run (`coverage`), an ad with no finding is sent to review rather than approved.
pub fn decide(profile: &Profile, signals: &[Signal], coverage: &Coverage) -> (DecisionSummary, Vec<Finding>) {
    let mut findings: Vec<Finding> = Vec::new();
    for s in signals {
        let Some(policy) = profile.category(&s.category) else { continue };
        let effect = match (s.source, s.score) {
            (_, Some(score)) => policy.effect_at(score),
            (Source::Rule, None) => policy.effect,
            (Source::Model, None) => Effect::Allow,
        };
        if effect == Effect::Allow {
            continue;
        }
        findings.push(Finding {
            finding_id: String::new(),
            category: s.category.clone(),
            source: s.source,
            score: s.score,
            effect,
            thresholds: s.score.map(|_| policy.thresholds),
            evidence: s.evidence.clone(),
            measurement: s.measurement.clone(),
            detector: s.detector.clone(),
        });
    }
    // Strictest first, then most confident, then by category for a stable order.
    findings.sort_by(|a, b| {
        b.effect
            .cmp(&a.effect)
            .then(b.score.unwrap_or(2.0).total_cmp(&a.score.unwrap_or(2.0)))
            .then(a.category.cmp(&b.category))
    });
    for (i, f) in findings.iter_mut().enumerate() {
        f.finding_id = format!("f{}", i + 1);
    }
    let top = findings.first().map(|f| f.effect).unwrap_or(Effect::Allow);
    let reasons: Vec<String> =
        findings.iter().filter(|f| f.effect == top).map(|f| f.finding_id.clone()).collect();
    let summary = match top {
        Effect::Reject => DecisionSummary { outcome: Outcome::Reject, reasons, note: None },
        Effect::Review => DecisionSummary { outcome: Outcome::Review, reasons, note: None },
        Effect::Allow if !coverage.not_evaluated.is_empty() => DecisionSummary {
            outcome: Outcome::Review,
            reasons: Vec::new(),
            note: Some(
                "no finding, but not every check ran (see coverage); a check that failed is never a pass"
                    .into(),
            ),
        },
        Effect::Allow => DecisionSummary { outcome: Outcome::Approve, reasons, note: None },
    };
    (summary, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::{Detector, Evidence, Measurement, NotEvaluated};

    fn default() -> Profile {
        Profiles::builtin().unwrap().get("default").unwrap().clone()
    }

    fn model(cat: &str, score: f64) -> Signal {
        Signal {
            category: cat.into(),
            source: Source::Model,
            score: Some(score),
            evidence: vec![Evidence::Span { asset: "headline".into(), span: [0, 4], text: None }],
            measurement: None,
            detector: Detector {
                id: "m".into(),
                version: "1".into(),
                precision: "fp32".into(),
                members: vec![],
            },
        }
    }

    fn rule(cat: &str) -> Signal {
        Signal {
            source: Source::Rule,
            score: None,
            measurement: Some(Measurement {
                metric: "x".into(),
                value: 2.0,
                limit: 1.0,
                standard: "s".into(),
            }),
            ..model(cat, 0.0)
        }
    }

    #[test]
    fn every_builtin_profile_parses_and_lists_every_code() {
        let p = Profiles::builtin().unwrap();
        for name in ["default", "us-en-social-feed", "eu-en-display", "global-kids-app"] {
            let profile = p.get(name).unwrap();
            assert_eq!(profile.categories.len(), 38, "{name}");
        }
    }

    #[test]
    fn default_profile_follows_the_design() {
        let p = default();
        for c in [
            "sexual.explicit",
            "regulated.weapons",
            "deception.health_claims",
            "editorial.symbols",
            "technical.flashing.red",
        ] {
            assert_eq!(p.category(c).unwrap().effect, Effect::Reject, "{c}");
        }
        for c in ["regulated.alcohol", "sensitive.political", "technical.audio.loudness", "harassment.insult"]
        {
            assert_eq!(p.category(c).unwrap().effect, Effect::Review, "{c}");
        }
    }

    #[test]
    fn nothing_flagged_is_approved() {
        let (d, f) = decide(&default(), &[model("regulated.alcohol", 0.2)], &Coverage::default());
        assert_eq!(d.outcome, Outcome::Approve);
        assert!(f.is_empty() && d.reasons.is_empty());
    }

    #[test]
    fn thresholds_pick_review_or_reject() {
        let p = default();
        let (d, f) = decide(&p, &[model("regulated.weapons", 0.6)], &Coverage::default());
        assert_eq!((d.outcome, f[0].effect), (Outcome::Review, Effect::Review));
        let (d, _) = decide(&p, &[model("regulated.weapons", 0.95)], &Coverage::default());
        assert_eq!(d.outcome, Outcome::Reject);
        // A review-only category never rejects, however sure the model is.
        let (d, _) = decide(&p, &[model("regulated.alcohol", 0.99)], &Coverage::default());
        assert_eq!(d.outcome, Outcome::Review);
    }

    #[test]
    fn the_strictest_finding_decides_and_is_the_reason() {
        let signals =
            [model("regulated.alcohol", 0.9), rule("editorial.capitalization"), model("hate.speech", 0.3)];
        let (d, f) = decide(&default(), &signals, &Coverage::default());
        assert_eq!(d.outcome, Outcome::Reject);
        assert_eq!(f.len(), 2, "hate.speech at 0.3 is below its review threshold");
        assert_eq!(f[0].category, "editorial.capitalization");
        assert_eq!(d.reasons, vec!["f1".to_string()]);
        assert_eq!(f[1].effect, Effect::Review);
        assert!(f[0].thresholds.is_none() && f[1].thresholds.is_some());
    }

    #[test]
    fn missing_coverage_is_never_an_approval() {
        let coverage = Coverage {
            not_evaluated: vec![NotEvaluated {
                category: None,
                asset: Some("img1".into()),
                reason: "x".into(),
            }],
        };
        let (d, _) = decide(&default(), &[], &coverage);
        assert_eq!(d.outcome, Outcome::Review);
        assert!(d.note.is_some());
    }

    #[test]
    fn profiles_change_the_outcome() {
        let p = Profiles::builtin().unwrap();
        let s = [model("regulated.alcohol", 0.9)];
        assert_eq!(decide(p.get("default").unwrap(), &s, &Coverage::default()).0.outcome, Outcome::Review);
        assert_eq!(
            decide(p.get("global-kids-app").unwrap(), &s, &Coverage::default()).0.outcome,
            Outcome::Reject
        );
        let low = [model("regulated.alcohol", 0.4)];
        assert_eq!(
            decide(p.get("eu-en-display").unwrap(), &low, &Coverage::default()).0.outcome,
            Outcome::Review
        );
        assert_eq!(decide(p.get("default").unwrap(), &low, &Coverage::default()).0.outcome, Outcome::Approve);
    }

    #[test]
    fn invalid_profiles_are_refused_with_the_reason() {
        let good = BUILTIN_PROFILES[0].1;
        let unknown = good.replace("\"sexual.explicit\"", "\"sexual.explict\"");
        let e = Profile::parse(&unknown).unwrap_err().to_string();
        assert!(e.contains("sexual.explict"), "{e}");
        let inverted = good.replace("review = 0.5\nreject = 0.8", "review = 0.9\nreject = 0.8");
        assert!(Profile::parse(&inverted).unwrap_err().to_string().contains("above reject"));
        let missing = good.replace("\"self_harm\" = { effect = \"reject\" }\n", "");
        assert!(Profile::parse(&missing).unwrap_err().to_string().contains("self_harm"));
        let typo = good.replace("max_emoji", "max_emojis");
        assert!(Profile::parse(&typo).is_err());
    }
}

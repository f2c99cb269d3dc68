//! The text policy ensemble: a classification head on MiniLM sentence embeddings (trained by
//! `adscreen train text` on the project's corpus) plus the Jigsaw-trained BiLSTM for profanity, insults,
//! threats and identity hate. This module holds what training and serving share: the corpus format,
//! score calibration, the ensemble rule, threshold selection and evaluation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::decision::{Coverage, Outcome, Signal};
use crate::policy::{self, Profile};
use crate::taxonomy;

/// One ad of the labeled corpus (`data/ads.jsonl`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct CorpusAd {
    pub id: String,
    #[serde(default)]
    pub headline: String,
    #[serde(default)]
    pub body: String,
    pub labels: Vec<String>,
    pub split: String,
    #[serde(default)]
    pub vertical: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub tricky: bool,
    #[serde(default)]
    pub group: String,
}

impl CorpusAd {
    /// The text the models see: exactly what the pipeline builds from a request.
    pub fn text(&self) -> String {
        joined_text(Some(&self.headline), Some(&self.body)).0
    }
}

/// Joins headline and body into the one text the models read, and returns where each part starts
/// (in characters) so window spans can be mapped back to assets.
pub fn joined_text(
    headline: Option<&str>,
    body: Option<&str>,
) -> (String, Vec<(&'static str, usize, usize)>) {
    let mut text = String::new();
    let mut parts = Vec::new();
    for (id, part) in [("headline", headline), ("body", body)] {
        let Some(p) = part.filter(|p| !p.trim().is_empty()) else { continue };
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.chars().count();
        text.push_str(p);
        parts.push((id, start, start + p.chars().count()));
    }
    (text, parts)
}

/// Reads a JSONL corpus, naming the line of any error.
pub fn read_corpus(text: &str) -> Result<Vec<CorpusAd>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let ad: CorpusAd = serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1))?;
            if let Some(bad) = ad.labels.iter().find(|c| !taxonomy::is_model_category(c)) {
                return Err(format!("line {}: {bad:?} is not a model-detected taxonomy code", i + 1));
            }
            Ok(ad)
        })
        .collect()
}

/// The BiLSTM member: which of its labels speak for which category, and its operating thresholds.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct ToxicMember {
    pub model: String,
    pub version: String,
    /// BiLSTM label -> taxonomy category.
    pub mapping: BTreeMap<String, String>,
    /// Category -> raw probability at the operating point; absent when the member does not help there.
    pub thresholds: BTreeMap<String, f64>,
}

/// Everything the ensemble needs at serving time; stored in the policy model's manifest (`extra`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct EnsembleConfig {
    /// The head's operating point (its fields sit at the top level of the manifest's `ensemble`).
    #[serde(flatten)]
    pub point: OperatingPoint,
    pub toxic: Option<ToxicMember>,
    /// Categories the head was not trained on (no positives in the corpus), with the reason.
    #[serde(default)]
    pub untrained: BTreeMap<String, String>,
    /// The head's operating point for ads the glossary reads as another language (see
    /// [`crate::reading`]), when it differs from `point`. The English encoder reads such an ad through a
    /// word-by-word gloss and as written, and its scores are distributed differently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glossed: Option<OperatingPoint>,
}

/// The head's thresholds and ad-level threshold, for one kind of ad.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct OperatingPoint {
    /// Category -> the head's raw probability at its validated operating point.
    pub thresholds: BTreeMap<String, f64>,
    /// The head's ad-level output, when the point uses it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad_level: Option<AdLevel>,
}

impl EnsembleConfig {
    /// The operating point of an ad, glossed or not.
    pub fn point_for(&self, glossed: bool) -> &OperatingPoint {
        match &self.glossed {
            Some(point) if glossed => point,
            _ => &self.point,
        }
    }

    /// Every operating point: `point`, then the glossed one when there is one.
    pub fn points(&self) -> impl Iterator<Item = &OperatingPoint> {
        std::iter::once(&self.point).chain(&self.glossed)
    }
}

/// The head's ad-level output: the probability that the ad breaks any of the categories the head was
/// trained on, whichever it is. It speaks for the category the ensemble scores highest, so that an ad
/// whose evidence is spread over neighbouring categories (suggestive or explicit, insult or profanity)
/// is still found, under the category it most resembles.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct AdLevel {
    /// Name of the head's output (not a taxonomy code).
    pub label: String,
    /// Raw probability at its validated operating point.
    pub threshold: f64,
}

/// Maps a raw probability so that the operating point `t` becomes 0.5, piecewise linearly; profiles set
/// thresholds on this calibrated scale.
pub fn calibrate(p: f64, t: f64) -> f64 {
    let t = t.clamp(1e-6, 1.0 - 1e-6);
    let p = p.clamp(0.0, 1.0);
    if p < t { 0.5 * p / t } else { 0.5 + 0.5 * (p - t) / (1.0 - t) }
}

/// One category's ensemble score and what it is made of.
#[derive(Clone, Debug, PartialEq)]
pub struct EnsembleScore {
    pub score: f64,
    pub head: f64,
    /// (BiLSTM label, raw, calibrated) when the BiLSTM speaks for this category.
    pub toxic: Option<(String, f64, f64)>,
    /// The calibrated ad-level score, when the ad-level output speaks for this category.
    pub ad_level: Option<f64>,
}

/// Combines the head's probabilities (in `labels` order) and the BiLSTM's (in `toxic_labels` order) into
/// calibrated category scores at the head's operating point `point`: the maximum of the members'
/// calibrated scores. The head's ad-level output (see [`AdLevel`]) speaks for the highest-scored category.
pub fn ensemble(
    config: &EnsembleConfig,
    point: &OperatingPoint,
    labels: &[String],
    head: &[f32],
    toxic_labels: &[String],
    toxic: Option<&[f32]>,
) -> BTreeMap<String, EnsembleScore> {
    let mut out = BTreeMap::new();
    for (label, &p) in labels.iter().zip(head) {
        let Some(&t) = point.thresholds.get(label) else { continue };
        let head_cal = calibrate(p as f64, t);
        out.insert(
            label.clone(),
            EnsembleScore { score: head_cal, head: head_cal, toxic: None, ad_level: None },
        );
    }
    if let (Some(member), Some(probs)) = (&config.toxic, toxic) {
        for (label, &p) in toxic_labels.iter().zip(probs) {
            let Some(category) = member.mapping.get(label) else { continue };
            let Some(&t) = member.thresholds.get(category) else { continue };
            let cal = calibrate(p as f64, t);
            let entry = out.entry(category.clone()).or_insert(EnsembleScore {
                score: 0.0,
                head: 0.0,
                toxic: None,
                ad_level: None,
            });
            if entry.toxic.as_ref().is_none_or(|(_, _, c)| cal > *c) {
                entry.toxic = Some((label.clone(), p as f64, cal));
            }
            entry.score = entry.score.max(cal);
        }
    }
    if let Some(ad) = &point.ad_level
        && let Some(&p) = labels.iter().position(|l| *l == ad.label).and_then(|i| head.get(i))
        && let Some(top) = out.values_mut().reduce(|a, b| if b.score > a.score { b } else { a })
    {
        let cal = calibrate(p as f64, ad.threshold);
        top.ad_level = Some(cal);
        top.score = top.score.max(cal);
    }
    out
}

/// Keeps, per category, the stronger of the score in `best` and the one in `scores`, with the `tag` of
/// where the stronger came from (a window of the text, a reading of it).
pub fn keep_strongest<T>(
    best: &mut BTreeMap<String, (EnsembleScore, T)>,
    scores: BTreeMap<String, EnsembleScore>,
    tag: T,
) where
    T: Copy,
{
    for (c, s) in scores {
        if best.get(&c).is_none_or(|(b, _)| s.score > b.score) {
            best.insert(c, (s, tag));
        }
    }
}

/// The threshold on `scores` that maximises F1 for `truth`, and that F1. Candidate thresholds are the
/// midpoints between consecutive distinct scores, kept inside [0.02, 0.98].
pub fn best_threshold(scores: &[f64], truth: &[bool]) -> (f64, f64) {
    let mut pairs: Vec<(f64, bool)> = scores.iter().copied().zip(truth.iter().copied()).collect();
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives = truth.iter().filter(|t| **t).count();
    if positives == 0 {
        return (0.98, 0.0);
    }
    let (mut best_t, mut best_f1) = (0.5, -1.0);
    let mut tp = 0usize;
    for i in 0..pairs.len() {
        if pairs[i].1 {
            tp += 1;
        }
        let next = pairs.get(i + 1).map(|p| p.0).unwrap_or(0.0);
        if next == pairs[i].0 {
            continue;
        }
        let predicted = i + 1;
        let f1 = 2.0 * tp as f64 / (predicted + positives) as f64;
        let t = ((pairs[i].0 + next) / 2.0).clamp(0.02, 0.98);
        if f1 > best_f1 {
            best_f1 = f1;
            best_t = t;
        }
    }
    (best_t, best_f1.max(0.0))
}

/// Precision, recall and F1 of one category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

pub fn prf(predicted: &[bool], truth: &[bool]) -> Prf {
    let tp = predicted.iter().zip(truth).filter(|(p, t)| **p && **t).count() as f64;
    let fp = predicted.iter().zip(truth).filter(|(p, t)| **p && !**t).count() as f64;
    let fn_ = predicted.iter().zip(truth).filter(|(p, t)| !**p && **t).count() as f64;
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    Prf { precision, recall, f1, support: (tp + fn_) as usize }
}

/// The outcome a profile should give an ad with these true labels.
pub fn expected_outcome(profile: &Profile, labels: &[String]) -> Outcome {
    let mut out = Outcome::Approve;
    for l in labels {
        match profile.category(l).map(|c| c.effect) {
            Some(crate::decision::Effect::Reject) => return Outcome::Reject,
            Some(crate::decision::Effect::Review) => out = Outcome::Review,
            _ => {}
        }
    }
    out
}

/// Ad-level results of a set of decisions against the truth.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutcomeMetrics {
    pub ads: usize,
    pub violating: usize,
    pub compliant: usize,
    /// Decisions equal to the profile's expected outcome.
    pub outcome_accuracy: f64,
    /// Violating ads that were not approved.
    pub violating_recall: f64,
    /// Compliant ads that were approved.
    pub compliant_approve_rate: f64,
}

/// The outcome `profile` decides for an ad's signals, and the one its labels call for.
pub fn decided_and_expected(profile: &Profile, labels: &[String], signals: &[Signal]) -> (Outcome, Outcome) {
    let (summary, _) = policy::decide(profile, signals, &Coverage::default());
    (summary.outcome, expected_outcome(profile, labels))
}

/// Decides every ad from its signals with `profile` and compares with the labels.
pub fn outcome_metrics(profile: &Profile, ads: &[(&[String], Vec<Signal>)]) -> OutcomeMetrics {
    let mut m = OutcomeMetrics { ads: ads.len(), ..Default::default() };
    let (mut right, mut caught, mut approved) = (0, 0, 0);
    for (labels, signals) in ads {
        let (decided, expected) = decided_and_expected(profile, labels, signals);
        right += (decided == expected) as usize;
        if labels.is_empty() {
            m.compliant += 1;
            approved += (decided == Outcome::Approve) as usize;
        } else {
            m.violating += 1;
            caught += (decided != Outcome::Approve) as usize;
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    m.outcome_accuracy = ratio(right, m.ads);
    m.violating_recall = ratio(caught, m.violating);
    m.compliant_approve_rate = ratio(approved, m.compliant);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_puts_the_operating_point_at_one_half() {
        assert!((calibrate(0.3, 0.3) - 0.5).abs() < 1e-12);
        assert!(calibrate(0.1, 0.3) < 0.5 && calibrate(0.6, 0.3) > 0.5);
        assert_eq!(calibrate(0.0, 0.3), 0.0);
        assert_eq!(calibrate(1.0, 0.3), 1.0);
        // Monotone.
        let mut last = -1.0;
        for i in 0..=100 {
            let c = calibrate(i as f64 / 100.0, 0.7);
            assert!(c >= last);
            last = c;
        }
    }

    #[test]
    fn the_best_threshold_separates_when_it_can() {
        let scores = [0.9, 0.8, 0.7, 0.3, 0.2, 0.1];
        let truth = [true, true, true, false, false, false];
        let (t, f1) = best_threshold(&scores, &truth);
        assert_eq!(f1, 1.0);
        assert!(t > 0.3 && t < 0.7, "{t}");
    }

    #[test]
    fn the_ensemble_takes_the_stronger_calibrated_member() {
        let config = EnsembleConfig {
            point: OperatingPoint {
                thresholds: [("language.profanity".to_string(), 0.5), ("regulated.alcohol".to_string(), 0.4)]
                    .into(),
                ad_level: None,
            },
            toxic: Some(ToxicMember {
                model: "toxic-bilstm".into(),
                version: "1".into(),
                mapping: [("obscene".to_string(), "language.profanity".to_string())].into(),
                thresholds: [("language.profanity".to_string(), 0.2)].into(),
            }),
            untrained: Default::default(),
            glossed: None,
        };
        let labels = vec!["language.profanity".to_string(), "regulated.alcohol".to_string()];
        let toxic_labels = vec!["toxic".to_string(), "obscene".to_string()];
        let s = ensemble(&config, &config.point, &labels, &[0.1, 0.4], &toxic_labels, Some(&[0.9, 0.6]));
        let p = &s["language.profanity"];
        assert!((p.head - 0.1).abs() < 1e-6);
        assert_eq!(p.toxic.as_ref().unwrap().0, "obscene");
        assert!(p.score > 0.5 && p.score == p.toxic.as_ref().unwrap().2);
        assert!((s["regulated.alcohol"].score - 0.5).abs() < 1e-6);
    }

    #[test]
    fn the_ad_level_output_speaks_for_the_highest_scored_category() {
        let config = EnsembleConfig {
            point: OperatingPoint {
                thresholds: [("sexual.suggestive".to_string(), 0.5), ("sexual.explicit".to_string(), 0.4)]
                    .into(),
                ad_level: Some(AdLevel { label: AD_LEVEL_LABEL.into(), threshold: 0.6 }),
            },
            toxic: None,
            untrained: Default::default(),
            glossed: None,
        };
        let labels: Vec<String> =
            ["sexual.suggestive", "sexual.explicit", AD_LEVEL_LABEL].iter().map(|l| l.to_string()).collect();
        // Neither category reaches its operating point; the ad-level output does, and raises the
        // category nearer its own (explicit: 0.35 of 0.4 against suggestive's 0.3 of 0.5).
        let s = ensemble(&config, &config.point, &labels, &[0.3, 0.35, 0.8], &[], None);
        let (e, g) = (&s["sexual.explicit"], &s["sexual.suggestive"]);
        let cal = calibrate(0.8f32 as f64, 0.6);
        assert_eq!(e.ad_level, Some(cal));
        assert!(e.score == cal && e.score > 0.5 && e.head < 0.5);
        assert!(g.ad_level.is_none() && g.score == g.head && g.score < 0.5);
        assert!(!s.contains_key(AD_LEVEL_LABEL), "the output is not a category");
        // A weak ad-level score lowers nothing.
        let s = ensemble(&config, &config.point, &labels, &[0.3, 0.9, 0.1], &[], None);
        assert_eq!(s["sexual.explicit"].score, s["sexual.explicit"].head);
        assert_eq!(s["sexual.explicit"].ad_level, Some(calibrate(0.1f32 as f64, 0.6)));
        // It shows in the finding's detector as a member score.
        let info = MemberInfo { id: "p".into(), version: "1".into(), precision: "fp32".into() };
        let sig = signals(&s, &info, None, &|_| Vec::new());
        let explicit = sig.iter().find(|x| x.category == "sexual.explicit").unwrap();
        assert_eq!(explicit.detector.members.len(), 2);
        assert_eq!(explicit.detector.members[1].label.as_deref(), Some(AD_LEVEL_LABEL));
        // Windows: the stronger score per category is kept with its tag.
        let mut best = BTreeMap::new();
        keep_strongest(&mut best, s, 1);
        keep_strongest(&mut best, ensemble(&config, &config.point, &labels, &[0.6, 0.1, 0.1], &[], None), 2);
        assert_eq!((best["sexual.explicit"].1, best["sexual.suggestive"].1), (1, 2));
    }

    #[test]
    fn glossed_ads_are_scored_at_the_glossed_operating_point() {
        let config = EnsembleConfig {
            point: OperatingPoint {
                thresholds: [("regulated.drugs".to_string(), 0.4)].into(),
                ad_level: Some(AdLevel { label: AD_LEVEL_LABEL.into(), threshold: 0.6 }),
            },
            toxic: None,
            untrained: Default::default(),
            glossed: Some(OperatingPoint {
                thresholds: [("regulated.drugs".to_string(), 0.7)].into(),
                ad_level: None,
            }),
        };
        let labels: Vec<String> = ["regulated.drugs", AD_LEVEL_LABEL].iter().map(|l| l.to_string()).collect();
        let score =
            |glossed: bool| ensemble(&config, config.point_for(glossed), &labels, &[0.5, 0.9], &[], None);
        let (english, glossed) = (score(false), score(true));
        // 0.5 passes the English threshold 0.4 and the ad-level output speaks; glossed, neither.
        assert!(english["regulated.drugs"].score > 0.5 && english["regulated.drugs"].ad_level.is_some());
        assert_eq!(glossed["regulated.drugs"].score, calibrate(0.5, 0.7));
        assert!(glossed["regulated.drugs"].ad_level.is_none());
        // Without a glossed point, glossed ads use the one operating point.
        let one = EnsembleConfig { glossed: None, ..config.clone() };
        assert_eq!(one.point_for(true), &one.point);
        // It round-trips through the manifest.
        let back: EnsembleConfig = serde_json::from_value(serde_json::to_value(&config).unwrap()).unwrap();
        assert_eq!(back, config);
    }

    #[test]
    fn corpus_lines_are_checked_and_errors_name_the_line() {
        let good = r#"{"id":"a","headline":"h","body":"b","labels":["regulated.alcohol"],"split":"train"}"#;
        assert_eq!(read_corpus(good).unwrap().len(), 1);
        let bad = format!("{good}\n{}", good.replace("regulated.alcohol", "editorial.length"));
        assert!(read_corpus(&bad).unwrap_err().starts_with("line 2"));
    }

    #[test]
    fn joined_text_records_where_each_part_is() {
        let (t, parts) = joined_text(Some("Hi"), Some("Body é"));
        assert_eq!(t, "Hi\nBody é");
        assert_eq!(parts, vec![("headline", 0, 2), ("body", 3, 9)]);
    }
}

/// Identity of the ensemble's members, for findings' `detector`.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberInfo {
    pub id: String,
    pub version: String,
    pub precision: String,
}

/// Name of the policy head's ad-level output (see [`AdLevel`]).
pub const AD_LEVEL_LABEL: &str = "any_violation";

/// Id of the ensemble detector in findings.
pub const ENSEMBLE_ID: &str = "text-policy-ensemble";

/// One signal per scored category, carrying the members' scores and the given evidence.
pub fn signals(
    scores: &BTreeMap<String, EnsembleScore>,
    head: &MemberInfo,
    toxic: Option<&MemberInfo>,
    evidence: &dyn Fn(&str) -> Vec<crate::decision::Evidence>,
) -> Vec<Signal> {
    use crate::decision::{Detector, MemberScore, Source};
    scores
        .iter()
        .map(|(category, s)| {
            let mut members = vec![MemberScore {
                id: head.id.clone(),
                version: head.version.clone(),
                precision: head.precision.clone(),
                score: s.head,
                label: None,
            }];
            if let (Some((label, _, cal)), Some(t)) = (&s.toxic, toxic) {
                members.push(MemberScore {
                    id: t.id.clone(),
                    version: t.version.clone(),
                    precision: t.precision.clone(),
                    score: *cal,
                    label: Some(label.clone()),
                });
            }
            if let Some(cal) = s.ad_level {
                members.push(MemberScore {
                    id: head.id.clone(),
                    version: head.version.clone(),
                    precision: head.precision.clone(),
                    score: cal,
                    label: Some(AD_LEVEL_LABEL.into()),
                });
            }
            Signal {
                category: category.clone(),
                source: Source::Model,
                score: Some(s.score),
                evidence: evidence(category),
                measurement: None,
                detector: Detector {
                    id: ENSEMBLE_ID.into(),
                    version: head.version.clone(),
                    precision: head.precision.clone(),
                    members,
                },
            }
        })
        .collect()
}

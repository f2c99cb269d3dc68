//! The decision JSON (DESIGN.md, "Decision JSON"): what `POST /v1/screen` and `adscreen screen --json`
//! return, and what the decision store records.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a profile does with a category, ordered from mildest to strictest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Allow,
    Review,
    Reject,
}

/// The decision on a whole ad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Approve,
    Review,
    Reject,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Approve => "approve",
            Outcome::Review => "review",
            Outcome::Reject => "reject",
        }
    }
}

/// Who produced a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Model,
    Rule,
}

/// Where in the creative a finding was seen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Evidence {
    /// A character range `[start, end)` of a text asset (Unicode scalar values).
    Span {
        asset: String,
        span: [usize; 2],
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// A box `[x, y, w, h]` in pixels of an image asset, with the text read there when the finding
    /// comes from text in the image.
    BBox {
        asset: String,
        bbox: [f64; 4],
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// A moment of a timed asset, or the stretch from it to `end_ms` / `end_frame`.
    Time {
        asset: String,
        time_ms: u64,
        frame: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        end_ms: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        end_frame: Option<u64>,
    },
}

impl Evidence {
    /// One frame of a timed asset.
    pub fn frame(asset: &str, time_ms: u64, frame: u64) -> Self {
        Evidence::Time { asset: asset.into(), time_ms, frame, end_ms: None, end_frame: None }
    }
}

/// A deterministic measurement against a limit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub metric: String,
    pub value: f64,
    pub limit: f64,
    pub standard: String,
}

/// One member of an ensemble and its score for the finding's category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberScore {
    pub id: String,
    pub version: String,
    pub precision: String,
    pub score: f64,
    /// The member's own label, where it differs from the category (e.g. `obscene`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The model or rule that produced a finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Detector {
    pub id: String,
    pub version: String,
    pub precision: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberScore>,
}

/// Review and reject thresholds applied to a model score.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    pub review: f64,
    pub reject: f64,
}

/// One explained finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub finding_id: String,
    pub category: String,
    pub source: Source,
    pub score: Option<f64>,
    pub effect: Effect,
    pub thresholds: Option<Thresholds>,
    pub evidence: Vec<Evidence>,
    pub measurement: Option<Measurement>,
    pub detector: Detector,
}

/// A check's raw output, before the profile decides what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct Signal {
    pub category: String,
    pub source: Source,
    /// Calibrated model score in [0, 1] (0.5 is the model's validated operating point); `None` for rules.
    pub score: Option<f64>,
    pub evidence: Vec<Evidence>,
    pub measurement: Option<Measurement>,
    pub detector: Detector,
}

impl Signal {
    /// A deterministic rule's finding: the measured value against its limit, under the rule's own
    /// detector id (`rule:<category>`) and version.
    pub fn rule(
        category: &str,
        rules_version: &str,
        measurement: Measurement,
        evidence: Vec<Evidence>,
    ) -> Self {
        Signal {
            category: category.into(),
            source: Source::Rule,
            score: None,
            evidence,
            measurement: Some(measurement),
            detector: Detector {
                id: format!("rule:{category}"),
                version: rules_version.into(),
                precision: "exact".into(),
                members: vec![],
            },
        }
    }
}

/// Something that was not evaluated, and why. A check that failed is never a pass.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotEvaluated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset: Option<String>,
    pub reason: String,
}

/// What the checks of one part of a creative (its text, an image, a frame, a timed asset) produced,
/// before the profile decides what it means.
#[derive(Debug, Default)]
pub struct Checks {
    pub signals: Vec<Signal>,
    pub scores: BTreeMap<String, f64>,
    pub by_detector: BTreeMap<String, BTreeMap<String, f64>>,
    pub models: BTreeMap<String, String>,
    pub not_evaluated: Vec<NotEvaluated>,
}

impl Checks {
    /// Adds another part's output: signals appended, scores kept at their maximum, gaps appended once.
    pub fn merge(&mut self, other: Checks) {
        self.signals.extend(other.signals);
        self.models.extend(other.models);
        for (c, v) in other.scores {
            let e = self.scores.entry(c).or_insert(v);
            *e = e.max(v);
        }
        for (d, m) in other.by_detector {
            let entry = self.by_detector.entry(d).or_default();
            for (k, v) in m {
                let e = entry.entry(k).or_insert(v);
                *e = e.max(v);
            }
        }
        for g in other.not_evaluated {
            if !self.not_evaluated.contains(&g) {
                self.not_evaluated.push(g);
            }
        }
    }

    /// Records that `category` (or everything, for `None`) of `asset` (or of the creative) was not
    /// evaluated, and why.
    pub fn gap(&mut self, asset: Option<&str>, category: Option<&str>, reason: String) {
        self.not_evaluated.push(NotEvaluated {
            category: category.map(str::to_string),
            asset: asset.map(str::to_string),
            reason,
        });
    }

    /// Only a gap: nothing was evaluated, and why.
    pub fn not_evaluated(asset: Option<&str>, reason: &str) -> Self {
        let mut c = Checks::default();
        c.gap(asset, None, reason.into());
        c
    }

    /// Adds `at` to the evidence of every signal (e.g. the frame the checks looked at).
    pub fn seen_at(&mut self, at: &Evidence) {
        for s in &mut self.signals {
            s.evidence.push(at.clone());
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    pub not_evaluated: Vec<NotEvaluated>,
}

/// The outcome and the findings that decided it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionSummary {
    pub outcome: Outcome,
    pub reasons: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Versions {
    pub service: String,
    pub taxonomy: String,
    pub policy_profile: String,
    /// `model id -> version` of every model that contributed.
    #[serde(default)]
    pub models: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimingMs {
    pub total: f64,
    /// Per-stage times (e.g. `text_models`, `rules`, `store`).
    #[serde(flatten)]
    pub stages: BTreeMap<String, f64>,
}

/// The full decision on one ad.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub request_id: String,
    pub creative_id: Option<String>,
    pub decision: DecisionSummary,
    pub findings: Vec<Finding>,
    /// Every category a model evaluated, with its (ensemble) calibrated score, flagged or not.
    pub scores: BTreeMap<String, f64>,
    /// Each model's own scores by label: `detector id -> label -> score`.
    #[serde(default)]
    pub scores_by_detector: BTreeMap<String, BTreeMap<String, f64>>,
    pub coverage: Coverage,
    pub versions: Versions,
    pub timing_ms: TimingMs,
}

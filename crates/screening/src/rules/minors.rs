//! A lexical child-safety rule for `sexual.minors`: a term that refers to minors close to a sexual term.
//!
//! The text classifier has no training examples for this category (the project will not write them),
//! so this rule is its only detector; it errs towards flagging (the default profile rejects, and any
//! finding is explained with the two terms and where they are). Better coverage needs vetted data from a
//! child-safety partner.

use crate::creative::TextAsset;
use crate::decision::{Evidence, Measurement, Signal};

/// Version of the rule and its word lists.
pub const MINORS_RULE_VERSION: &str = "minors-lexicon-1";

/// The two word lists and how close they must be.
#[derive(Clone, Debug)]
pub struct MinorsLexicon {
    pub minor_terms: Vec<String>,
    pub sexual_terms: Vec<String>,
    /// Largest distance in words between the two terms.
    pub window: usize,
}

impl Default for MinorsLexicon {
    fn default() -> Self {
        let minor = [
            "child",
            "children",
            "kid",
            "kids",
            "minor",
            "minors",
            "underage",
            "teen",
            "teens",
            "teenage",
            "teenager",
            "teenagers",
            "preteen",
            "preteens",
            "tween",
            "tweens",
            "schoolgirl",
            "schoolgirls",
            "schoolboy",
            "schoolboys",
            "jailbait",
            "loli",
            "lolita",
            "barely-legal",
            "juvenile",
        ];
        let sexual = [
            "sex",
            "sexy",
            "sexual",
            "nude",
            "nudes",
            "naked",
            "erotic",
            "xxx",
            "porn",
            "porno",
            "explicit",
            "nsfw",
            "seductive",
            "fetish",
            "hookup",
            "hook-up",
            "escort",
            "escorts",
            "onlyfans",
            "sensual",
            "intimate",
            "topless",
            "strip",
            "stripper",
            "webcam",
            "camgirl",
        ];
        MinorsLexicon {
            minor_terms: minor.iter().map(|s| s.to_string()).collect(),
            sexual_terms: sexual.iter().map(|s| s.to_string()).collect(),
            window: 8,
        }
    }
}

/// Flags texts where a minor term and a sexual term appear within `window` words of each other.
pub fn check(asset: &TextAsset, lexicon: &MinorsLexicon) -> Option<Signal> {
    // Words with their character spans, lower-cased, punctuation trimmed (hyphens kept).
    let mut words: Vec<(String, usize, usize)> = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    for (i, c) in asset.text.chars().enumerate() {
        if c.is_alphanumeric() || c == '-' {
            if cur.is_empty() {
                start = i;
            }
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            words.push((std::mem::take(&mut cur), start, i));
        }
    }
    if !cur.is_empty() {
        let end = asset.text.chars().count();
        words.push((cur, start, end));
    }
    let is = |w: &str, list: &[String]| list.iter().any(|t| t == w);
    for (i, (w, s, e)) in words.iter().enumerate() {
        if !is(w, &lexicon.minor_terms) {
            continue;
        }
        let lo = i.saturating_sub(lexicon.window);
        let hi = (i + lexicon.window + 1).min(words.len());
        if let Some((_, s2, e2)) = words[lo..hi].iter().find(|(x, _, _)| is(x, &lexicon.sexual_terms)) {
            let span = |a: usize, b: usize| Evidence::Span {
                asset: asset.id.to_string(),
                span: [a, b],
                text: Some(asset.text.chars().skip(a).take(b - a).collect()),
            };
            let measurement = Measurement {
                metric: "minor_and_sexual_terms_within_words".into(),
                value: 1.0,
                limit: 0.0,
                standard: format!(
                    "adscreen child-safety rule: no sexual term within {} words of a term for minors",
                    lexicon.window
                ),
            };
            let evidence = vec![span(*s, *e), span(*s2, *e2)];
            return Some(Signal::rule("sexual.minors", MINORS_RULE_VERSION, measurement, evidence));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lexicon of placeholder words, so the test needs no real examples of the harm it checks for.
    fn placeholder() -> MinorsLexicon {
        MinorsLexicon { minor_terms: vec!["alpha".into()], sexual_terms: vec!["beta".into()], window: 3 }
    }

    fn hit(text: &str) -> Option<Signal> {
        check(&TextAsset { id: "body", text: text.into() }, &placeholder())
    }

    #[test]
    fn two_terms_close_together_are_flagged_with_both_spans() {
        let s = hit("one Alpha two beta three").expect("flagged");
        assert_eq!(s.category, "sexual.minors");
        let spans: Vec<_> = s
            .evidence
            .iter()
            .map(|e| match e {
                Evidence::Span { span, .. } => *span,
                _ => panic!(),
            })
            .collect();
        assert_eq!(spans, vec![[4, 9], [14, 18]]);
    }

    #[test]
    fn terms_far_apart_or_alone_are_not_flagged() {
        assert!(hit("alpha one two three four beta").is_none());
        assert!(hit("alpha only").is_none());
        assert!(hit("beta only").is_none());
        assert!(hit("alphabet betamax").is_none(), "whole words only");
    }

    #[test]
    fn the_default_lexicon_passes_ordinary_family_ads() {
        let lex = MinorsLexicon::default();
        for text in [
            "Kids' swimwear sale: 30% off all sizes this weekend",
            "Teen driving school: pass your test first time",
            "Children's books and toys, free delivery over $25",
            "Sexy red dresses for your date night",
        ] {
            assert!(check(&TextAsset { id: "body", text: text.into() }, &lex).is_none(), "{text}");
        }
    }
}

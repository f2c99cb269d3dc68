//! Readings of an ad's text as a person reads it: obfuscations undone ([`crate::deobfuscate`]) and,
//! for ads in Spanish, French, German, Italian or Portuguese, a word-by-word English gloss
//! ([`crate::gloss`]) for the English text models. The text models score the text as written and its
//! reading and keep the stronger score per category; evidence spans are mapped back to the text as
//! written through [`Reading::origin`].

use crate::{deobfuscate, gloss};

/// A reading of a text, and for each of its characters the index of the character of the original
/// text it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub text: String,
    pub origin: Vec<usize>,
    /// Whether the reading is an English gloss of a text in another language.
    pub glossed: bool,
}

impl Reading {
    /// The span of the original text (char indices, end exclusive) that a span of this reading covers.
    pub fn original_span(&self, (start, end): (usize, usize)) -> (usize, usize) {
        let Some(&last) = self.origin.last() else { return (0, 0) };
        let at = |i: usize| self.origin.get(i).copied().unwrap_or(last + 1);
        let s = at(start);
        let e = if end == 0 { s } else { self.origin.get(end - 1).map_or(last + 1, |&o| o + 1) };
        (s, e.max(s))
    }

    /// `next`, a reading of this reading's text, as a reading of the original text.
    pub fn then(&self, next: Reading) -> Reading {
        let last = self.origin.last().map_or(0, |&o| o + 1);
        let origin = next.origin.iter().map(|&i| self.origin.get(i).copied().unwrap_or(last)).collect();
        Reading { text: next.text, origin, glossed: self.glossed || next.glossed }
    }
}

/// The text as a person reads it (obfuscations undone, then glossed into English when it is written in
/// a language the glossary knows), or `None` when that is the text as written.
pub fn read(text: &str) -> Option<Reading> {
    let plain = deobfuscate::deobfuscate(text);
    let glossed = gloss::gloss(plain.as_ref().map_or(text, |r| r.text.as_str()));
    match (plain, glossed) {
        (Some(p), Some(g)) => Some(p.then(g)),
        (p, g) => p.or(g),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_of_a_reading_maps_back_to_the_original() {
        // "c@sino" -> "casino" (same length), then a reading that drops the first word.
        let first = deobfuscate::deobfuscate("el c@sino").unwrap();
        assert_eq!(first.text, "el casino");
        let second = Reading { text: "casino".into(), origin: (3..9).collect(), glossed: false };
        let both = first.then(second);
        assert_eq!(both.text, "casino");
        assert_eq!(both.original_span((0, 6)), (3, 9));
    }

    #[test]
    fn obfuscated_spanish_is_both_undone_and_glossed() {
        let r = read("Apuestas y c@sino sin licencia").unwrap();
        assert!(r.text.contains("casino"), "{}", r.text);
        assert!(r.text.contains("without"), "{}", r.text);
        assert!(r.glossed);
        assert!(!read("Best c@sino bonus").unwrap().glossed, "undone, not glossed");
        // Every character of the reading comes from the text as written.
        assert!(r.origin.iter().all(|&o| o < "Apuestas y c@sino sin licencia".chars().count()));
    }

    #[test]
    fn english_text_has_no_reading() {
        assert_eq!(read("Summer Linen Shirts from $34. Free returns within 30 days."), None);
    }
}

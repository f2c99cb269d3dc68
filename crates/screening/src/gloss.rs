//! Word-by-word English glosses of ads written in Spanish, French, German, Italian or Portuguese, so
//! that the English text models (a frozen English MiniLM and a BiLSTM trained on English comments)
//! can read them. "Pistolas y munición sin licencia" reads as "pistols and ammunition without
//! licence"; words the glossary does not know (brand names, numbers, words spelled as in English) stay
//! as written. It is not translation: word order, idiom and agreement are left as they are, which is
//! enough for a sentence encoder to see what an ad is about.
//!
//! The glossaries are the text files in `gloss/` (`word: english gloss`, one per line). A text is
//! glossed only when it is recognisably in one of the languages: at least two of its words are
//! glossary words that are not also common English words, and they outnumber its common English words.
//! Lookup lower-cases and strips accents, then tries the language's inflection endings ("pistolas" ->
//! "pistola"), and for German splits compounds into a known first part and the longest known last part
//! ("Abnehmspritze" -> "abnehm" + "spritze").
//!
//! The reading is scored besides the text as written and the stronger score wins, so a gloss that
//! turns an everyday word into a sensitive English one makes ordinary ads look like violations. A word
//! is glossed with its sensitive sense (sexual, violent, drugs, gambling, slurs) only where that sense
//! dominates in writing: "coger" is "take", "balle" is "ball", "canna" is "cane"; "polla" and "ficken"
//! keep theirs. Words that differ only in accents can be separate entries ("salé" salty, "sale" dirty).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::reading::Reading;

/// The languages with a glossary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Spanish,
    French,
    German,
    Italian,
    Portuguese,
}

impl Language {
    pub const ALL: [Language; 5] =
        [Language::Spanish, Language::French, Language::German, Language::Italian, Language::Portuguese];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Spanish => "es",
            Language::French => "fr",
            Language::German => "de",
            Language::Italian => "it",
            Language::Portuguese => "pt",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Language::Spanish => include_str!("gloss/es.txt"),
            Language::French => include_str!("gloss/fr.txt"),
            Language::German => include_str!("gloss/de.txt"),
            Language::Italian => include_str!("gloss/it.txt"),
            Language::Portuguese => include_str!("gloss/pt.txt"),
        }
    }

    /// Inflection endings (folded) and what replaces them, tried in order when a word itself is not in
    /// the glossary.
    fn endings(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Language::Spanish => &[("es", ""), ("s", ""), ("a", "o"), ("as", "o")],
            Language::French => {
                &[("s", ""), ("x", ""), ("e", ""), ("es", ""), ("aux", "al"), ("euse", "eur")]
            }
            Language::German => {
                &[("e", ""), ("en", ""), ("n", ""), ("er", ""), ("es", ""), ("s", ""), ("ern", "")]
            }
            Language::Italian => {
                &[("i", "o"), ("i", "e"), ("e", "a"), ("chi", "co"), ("che", "ca"), ("ghi", "go")]
            }
            Language::Portuguese => {
                &[("s", ""), ("es", ""), ("oes", "ao"), ("aes", "ao"), ("is", "l"), ("a", "o"), ("as", "o")]
            }
        }
    }
}

/// Common English words: they do not count as evidence of another language ("a", "die", "son").
const ENGLISH: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "app", "are", "art", "as", "at", "bad",
    "be", "best", "big", "book", "but", "buy", "by", "call", "can", "course", "club", "code", "come", "day",
    "days", "deal", "deals", "did", "die", "do", "does", "don", "each", "easy", "every", "fast", "fee",
    "find", "for", "free", "from", "fun", "get", "gift", "hair", "go", "good", "great", "has", "have", "he",
    "her", "here", "his", "home", "hot", "how", "i", "if", "in", "into", "is", "it", "its", "join", "just",
    "last", "less", "like", "live", "made", "make", "man", "me", "men", "more", "most", "my", "near", "need",
    "new", "next", "no", "not", "now", "of", "off", "on", "one", "only", "or", "our", "out", "over", "pay",
    "per", "plan", "plus", "real", "sale", "save", "see", "shop", "so", "son", "start", "stop", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "time", "to", "today",
    "top", "try", "two", "up", "us", "use", "via", "want", "was", "way", "we", "week", "well", "were",
    "what", "when", "where", "which", "who", "why", "will", "win", "with", "without", "women", "year", "yes",
    "you", "your",
];

/// The pieces of English contractions ("it's", "we'll") and other letters on their own ("m/w/d"):
/// evidence of no language.
const NEUTRAL: &[&str] = &["d", "ll", "m", "re", "s", "t", "ve", "w"];

/// Words longer than this are not split into compounds.
const MAX_COMPOUND: usize = 64;

struct Glossaries {
    words: Vec<HashMap<String, String>>,
    english: HashSet<&'static str>,
}

static GLOSSARIES: LazyLock<Glossaries> = LazyLock::new(|| Glossaries {
    words: Language::ALL.iter().map(|l| parse(l.source()).0).collect(),
    english: ENGLISH.iter().copied().collect(),
});

/// Parses the glossaries (compiled in) if that has not happened yet.
pub fn load() {
    LazyLock::force(&GLOSSARIES);
}

/// A glossary file: word -> gloss (`""` for a word that is dropped), and the lines that are not
/// entries. Every word is a key folded (an entry written without accents wins a folded key over one
/// written with them), and a word written with accents is also a key as written, so that words that
/// differ only in accents can differ in meaning ("salé" salty, "sale" dirty).
fn parse(source: &str) -> (HashMap<String, String>, Vec<String>) {
    let mut words: HashMap<String, String> = HashMap::new();
    let mut accented_source: HashSet<String> = HashSet::new();
    let mut bad = Vec::new();
    for line in source.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(':') {
            Some((word, gloss))
                if !word.trim().is_empty()
                    && word.trim().chars().all(char::is_alphabetic)
                    && !gloss.trim().is_empty() =>
            {
                let gloss = gloss.trim();
                let gloss = if gloss == "-" { String::new() } else { gloss.to_string() };
                let lower = word.trim().to_lowercase();
                let folded = fold(&lower);
                if folded != lower {
                    words.insert(lower, gloss.clone());
                    if let std::collections::hash_map::Entry::Vacant(e) = words.entry(folded) {
                        accented_source.insert(e.key().clone());
                        e.insert(gloss);
                    }
                } else if accented_source.remove(&folded) || !words.contains_key(&folded) {
                    words.insert(folded, gloss);
                }
            }
            _ => bad.push(line.to_string()),
        }
    }
    (words, bad)
}

/// Lower case without accents ("Munición" -> "municion", "Straße" -> "strasse").
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            c => out.push(c),
        }
    }
    out
}

/// The words of a text: runs of letters, as char ranges.
fn words(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    out
}

/// The glossary language a text is written in, from its words (lower-cased, and folded).
fn detect(lower: &[String], folded: &[String]) -> Option<Language> {
    let g = &*GLOSSARIES;
    let english = lower.iter().filter(|w| g.english.contains(w.as_str())).count();
    // Single letters ("y", "e", "a") are too weak a sign either way.
    let counts = |w: &String| w.chars().nth(1).is_some() && !NEUTRAL.contains(&w.as_str());
    let counted = lower.iter().filter(|w| counts(w)).count();
    let (best, hits) = Language::ALL
        .iter()
        .zip(&g.words)
        .map(|(&l, dict)| {
            let hits = lower
                .iter()
                .zip(folded)
                .filter(|(w, f)| {
                    counts(w) && !g.english.contains(w.as_str()) && find(l, dict, w, f).is_some()
                })
                .count();
            (l, hits)
        })
        // The first language wins a tie.
        .fold((None, 0), |(bl, bh), (l, h)| if h > bh { (Some(l), h) } else { (bl, bh) });
    // Two known words at least, more than the English ones, and a third of all words: a sentence in
    // a related language (Dutch, Catalan) shares a few short words, not a third of them.
    best.filter(|_| hits >= 2 && hits > english && 3 * hits >= counted)
}

/// The gloss of a word (lower-cased, and folded): as written, else folded, else by its inflection.
fn find<'a>(lang: Language, dict: &'a HashMap<String, String>, lower: &str, folded: &str) -> Option<&'a str> {
    dict.get(lower).map(String::as_str).or_else(|| lookup(lang, dict, folded))
}

/// The gloss of one folded word, if the glossary knows it.
fn lookup<'a>(lang: Language, dict: &'a HashMap<String, String>, word: &str) -> Option<&'a str> {
    if let Some(g) = dict.get(word) {
        return Some(g);
    }
    for (ending, replacement) in lang.endings() {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 3
            && let Some(g) = dict.get(&format!("{stem}{replacement}"))
        {
            return Some(g);
        }
    }
    None
}

/// A German compound as the gloss of a known first part and the longest known last part (a linking
/// "s", "n" or "en" may join them; the first part may itself be a compound), else one unknown part as
/// written beside the longest known other part.
fn compound(lang: Language, dict: &HashMap<String, String>, word: &str, depth: usize) -> Option<String> {
    if depth == 0 || word.len() > MAX_COMPOUND {
        return None;
    }
    let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    let n = cuts.len();
    for &cut in cuts.iter().take(n.saturating_sub(3)).skip(3) {
        let (first, last) = word.split_at(cut);
        let Some(tail) = lookup(lang, dict, last) else { continue };
        let head = ["", "s", "n", "en"]
            .iter()
            .filter_map(|link| first.strip_suffix(link))
            .filter(|f| f.chars().count() >= 3)
            .find_map(|f| dict.get(f).map(|g| g.to_string()))
            .or_else(|| compound(lang, dict, first, depth - 1));
        if let Some(head) = head {
            return Some(join(&head, tail));
        }
    }
    // A part the glossary does not know (often English: "Sextreffen", "Unfallvideo") stays as written
    // beside the longest known other part, both of four letters or more.
    let long = || cuts.iter().take(n.saturating_sub(4)).skip(4);
    long()
        .find_map(|&cut| {
            let (first, last) = word.split_at(cut);
            lookup(lang, dict, last).map(|tail| join(first, tail))
        })
        .or_else(|| {
            long().rev().find_map(|&cut| {
                let (first, last) = word.split_at(cut);
                dict.get(first).map(|head| join(head, last))
            })
        })
}

/// Two glosses as one ("" is a dropped word).
fn join(head: &str, tail: &str) -> String {
    match (head.is_empty(), tail.is_empty()) {
        (true, _) => tail.to_string(),
        (false, true) => head.to_string(),
        (false, false) => format!("{head} {tail}"),
    }
}

/// The English gloss of a text written in a glossary language, or `None` when it is not recognisably
/// in one or no word of it is in the glossary.
pub fn gloss(text: &str) -> Option<Reading> {
    let chars: Vec<char> = text.chars().collect();
    let spans = words(&chars);
    let lower: Vec<String> =
        spans.iter().map(|&(s, e)| chars[s..e].iter().flat_map(|c| c.to_lowercase()).collect()).collect();
    let folded: Vec<String> = lower.iter().map(|w| fold(w)).collect();
    let lang = detect(&lower, &folded)?;
    let dict = &GLOSSARIES.words[Language::ALL.iter().position(|&l| l == lang)?];
    let glossed: Vec<Option<String>> = lower
        .iter()
        .zip(&folded)
        .map(|(l, w)| {
            find(lang, dict, l, w)
                .map(str::to_string)
                .or_else(|| (lang == Language::German).then(|| compound(lang, dict, w, 2)).flatten())
        })
        .collect();
    if glossed.iter().all(Option::is_none) {
        return None;
    }
    let (mut text, mut origin) =
        (String::with_capacity(chars.len() * 2), Vec::with_capacity(chars.len() * 2));
    let mut at = 0;
    for (k, (&(s, e), g)) in spans.iter().zip(&glossed).enumerate() {
        for (i, &c) in chars.iter().enumerate().take(s).skip(at) {
            // An elided article or preposition ("l'offre", "dell'anno") is a word of its own.
            let elision = (c == '\'' || c == '’')
                && i + 1 == s
                && k > 0
                && glossed[k - 1].is_some()
                && spans[k - 1].1 == i;
            text.push(if elision { ' ' } else { c });
            origin.push(i);
        }
        match g {
            Some(g) => {
                let n = g.chars().count();
                for (j, c) in g.chars().enumerate() {
                    text.push(c);
                    origin.push(if j + 1 == n { e - 1 } else { s });
                }
            }
            None => {
                for (i, &c) in chars.iter().enumerate().take(e).skip(s) {
                    text.push(c);
                    origin.push(i);
                }
            }
        }
        at = e;
    }
    for (i, &c) in chars.iter().enumerate().skip(at) {
        text.push(c);
        origin.push(i);
    }
    Some(Reading { text, origin, glossed: true })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<String> {
        gloss(t).map(|r| r.text)
    }

    #[test]
    fn every_glossary_line_is_an_entry() {
        for lang in Language::ALL {
            let (words, bad) = parse(lang.source());
            assert!(bad.is_empty(), "{}: lines that are not `word: gloss`: {bad:?}", lang.code());
            assert!(words.len() >= 300, "{}: only {} words", lang.code(), words.len());
            for (w, g) in &words {
                assert!(g.is_ascii(), "{}: {w}: {g}", lang.code());
            }
        }
    }

    #[test]
    fn ads_in_each_language_are_glossed_in_english() {
        for (text, lang, expected) in [
            ("Pistolas y munición sin licencia", Language::Spanish, &["without"][..]),
            ("Achetez vos cigarettes sans taxes, livraison discrète", Language::French, &["without"]),
            ("Jetzt Sportwetten mit Bonus ohne Einzahlung", Language::German, &["without"]),
            ("Compra le pillole senza ricetta, spedizione discreta", Language::Italian, &["without"]),
            ("Compre armas sem licença com entrega em casa", Language::Portuguese, &["without"]),
        ] {
            let lower: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
            let folded: Vec<String> = lower.iter().map(|w| fold(w)).collect();
            assert_eq!(detect(&lower, &folded), Some(lang), "{text}");
            let r = read(text).unwrap_or_default();
            for w in expected {
                assert!(r.split_whitespace().any(|x| x == *w), "{text} -> {r}");
            }
        }
    }

    #[test]
    fn english_and_other_languages_are_left_alone() {
        for t in [
            "Summer Linen Shirts from $34. Free returns within 30 days.",
            "Die-cast model cars: buy two, get one free",
            "Fiesta pack for your party",
            "KUP TERAZ",
            "Москва и Санкт-Петербург",
            "",
        ] {
            assert_eq!(read(t), None, "{t}");
        }
    }

    #[test]
    fn german_compounds_are_split_into_known_parts() {
        let dict = &GLOSSARIES.words[2];
        let de = Language::German;
        // Whatever the glossary says for the parts, the compound's gloss is theirs, in order.
        let (a, b) = (lookup(de, dict, "sport").unwrap(), lookup(de, dict, "wetten").unwrap());
        assert_eq!(compound(de, dict, "sportwetten", 2).as_deref(), Some(format!("{a} {b}").as_str()));
    }

    #[test]
    fn spans_map_back_to_the_words_as_written() {
        let text = "Pistolas y munición sin licencia";
        let r = gloss(text).unwrap();
        // The reading's first word covers "Pistolas", its last word "licencia".
        let first_end = r.text.find(' ').unwrap();
        assert_eq!(r.original_span((0, r.text[..first_end].chars().count())), (0, 8));
        let n = r.text.chars().count();
        let last_start = r.text.rfind(' ').unwrap() + 1;
        assert_eq!(r.original_span((r.text[..last_start].chars().count(), n)), (24, 32));
    }

    #[test]
    fn words_that_differ_in_accents_can_differ_in_meaning() {
        let (words, _) = parse("sale: dirty\nsalé: salty\ncôte: coast\nmunición: ammunition\n");
        assert_eq!(words["sale"], "dirty");
        assert_eq!(words["salé"], "salty");
        // A folded key comes from the entry written without accents when there is one ...
        assert_eq!(words["cote"], "coast");
        // ... and from the accented entry otherwise, so unaccented writing still finds it.
        assert_eq!(words["municion"], "ammunition");
        let (words, _) = parse("salé: salty\nsale: dirty\n");
        assert_eq!((words["sale"].as_str(), words["salé"].as_str()), ("dirty", "salty"));
    }

    #[test]
    fn elided_articles_become_words() {
        let r = read("Profitez de l'offre exclusive et d'une livraison rapide").unwrap();
        assert!(!r.contains('\''), "{r}");
    }
}

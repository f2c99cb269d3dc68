//! Editorial rules for ad text: capitalization, punctuation, symbols, spacing, length, repetition.
//!
//! Each rule measures one thing against a limit from the profile and reports the offending character
//! spans. They are tuned so normal writing passes: acronyms and brand names in capitals, prices, one
//! exclamation mark, proper nouns, accented and non-Latin scripts, and French spacing before `!?:;`.

use crate::creative::TextAsset;
use crate::decision::{Evidence, Measurement, Signal};
use crate::deobfuscate::leet_letter;
use crate::policy::RuleLimits;

/// Version of these rules, reported as the detector version.
pub const RULES_VERSION: &str = "editorial-1";

/// Acronyms and capitalised brand names that are not shouting.
const ACRONYMS: &[&str] = &[
    "USA", "US", "UK", "EU", "UAE", "NYC", "LA", "DC", "NASA", "FIFA", "UEFA", "NFL", "NBA", "NHL", "MLB",
    "NCAA", "UFC", "BMW", "GMC", "IBM", "HP", "LG", "AMD", "CEO", "CFO", "CTO", "COO", "DIY", "ATM", "PDF",
    "USB", "GPS", "API", "APR", "APY", "SEO", "CRM", "ERP", "SQL", "AWS", "HVAC", "LLC", "INC", "LTD", "PLC",
    "GMBH", "MBA", "CPA", "RN", "MD", "DDS", "FDA", "IRS", "VPN", "WIFI", "HTML", "CSS", "JSON", "CPU",
    "GPU", "RAM", "SSD", "HDD", "OLED", "QLED", "LED", "LCD", "UHD", "HDR", "HD", "TV", "AI", "VR", "AR",
    "IT", "HR", "PR", "PC", "SUV", "RV", "EV", "MPG", "MPH", "KM", "XL", "XXL", "XS", "USD", "EUR", "GBP",
    "AM", "PM", "BBQ", "ID", "PIN", "SIM", "SMS", "ETF", "IRA", "FICO", "ER", "ICU", "COVID", "HIV", "DNA",
    "ADHD", "ESL", "GED", "SAT", "ACT", "GRE", "GMAT", "LSAT", "MCAT", "IELTS", "TOEFL", "STEM", "UNICEF",
    "UNESCO", "NATO", "OPEC", "IKEA", "LEGO", "ZARA", "H&M", "ASUS", "NVIDIA", "GUCCI", "PRADA", "FENDI",
    "CHANEL", "DKNY", "UGG", "KFC", "IHOP", "AT&T", "T-MOBILE", "ESPN", "HBO", "CNN", "BBC", "NBC", "CBS",
    "ABC", "PBS", "MTV", "NPR", "AAA", "AARP", "YMCA", "NGO", "SPF", "UV", "UVA", "UVB", "CBD", "THC", "OTC",
    "RSVP", "FAQ", "Q&A", "OK", "VIP", "B2B", "B2C", "SAAS", "CAD", "CNC", "ISO", "SOC", "GDPR", "HIPAA",
    "KPI", "ROI", "SMB", "SME", "POS", "CMS", "UX", "UI", "QA", "DVD", "CD", "MP3", "NFC", "LTE", "5G", "4G",
    "USPS", "UPS", "DHL", "FEDEX", "NASDAQ", "NYSE", "S&P", "LASIK", "MRI", "CT", "PT", "OB", "GYN", "ENT",
    "ACLS", "CPR", "EMT", "PPE", "HEPA", "BPA", "GMO", "MSG", "ASMR", "RPG", "MMO", "FPS", "PS5", "PS4",
    "XBOX", "NINTENDO", "LOL", "DJ", "MC", "FM", "AM/FM", "ESG", "REIT", "HOA", "MLS", "BTC", "ETH", "NFT",
];

/// Everyday ad words that are shouting when written in capitals, however short.
const SHOUT_WORDS: &[&str] = &[
    "free", "sale", "now", "buy", "new", "best", "hot", "deal", "deals", "off", "today", "only", "limited",
    "offer", "win", "save", "cheap", "click", "here", "call", "act", "fast", "hurry", "big", "huge", "get",
    "order", "shop", "last", "chance", "wow", "omg", "sexy", "must", "see", "look", "stop", "don't", "miss",
    "ends", "soon", "all", "you", "your", "our", "the", "and", "for", "top", "low", "price", "prices",
    "cash", "money", "gift", "bonus",
];

/// Common words not counted as repetition.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "with", "you", "your", "our", "are", "from", "that", "this", "all", "any", "can",
    "get", "has", "have", "its", "not", "now", "off", "one", "out", "was", "who", "will", "more", "most",
    "new", "into", "de", "la", "le", "les", "des", "et", "en", "el", "los", "las", "y", "con", "por", "para",
    "der", "die", "das", "und", "mit", "für", "del", "una", "uno", "un", "une", "du", "au", "aux", "se",
    "que", "qui", "est", "sur",
];

fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2190..=0x21FF | 0x2300..=0x23FF)
}

fn is_invisible_or_invalid(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF | 0xFFFD | 0xE000..=0xF8FF)
        || (c.is_control() && c != '\n' && c != '\t' && c != '\r')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Other,
}

fn script(c: char) -> Script {
    match c as u32 {
        0x0041..=0x024F => Script::Latin,
        0x0370..=0x03FF => Script::Greek,
        0x0400..=0x04FF => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// A whitespace-separated word with its character span.
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// Splits on whitespace; spans count Unicode scalar values.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (byte, char)
    let mut char_idx = 0;
    for (byte, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some((b, ci)) = start.take() {
                out.push(Word { text: &text[b..byte], start: ci, end: char_idx });
            }
        } else if start.is_none() {
            start = Some((byte, char_idx));
        }
        char_idx += 1;
    }
    if let Some((b, ci)) = start {
        out.push(Word { text: &text[b..], start: ci, end: char_idx });
    }
    out
}

/// A word without surrounding punctuation, with its adjusted span.
fn core(w: &Word<'_>) -> (String, usize, usize) {
    let chars: Vec<char> = w.text.chars().collect();
    let keep = |c: &char| c.is_alphanumeric() || matches!(c, '@' | '$' | '€' | '£' | '|');
    let lead = chars.iter().take_while(|c| !keep(c)).count();
    let trail = chars.iter().rev().take_while(|c| !keep(c)).count().min(chars.len() - lead);
    let s: String = chars[lead..chars.len() - trail].iter().collect();
    (s, w.start + lead, w.end - trail)
}

struct Ctx<'a> {
    asset: &'a TextAsset,
    out: Vec<Signal>,
}

impl Ctx<'_> {
    fn flag(
        &mut self,
        category: &str,
        metric: &str,
        value: f64,
        limit: f64,
        standard: &str,
        spans: Vec<(usize, usize)>,
    ) {
        let chars: Vec<char> = self.asset.text.chars().collect();
        let evidence = spans
            .into_iter()
            .take(20)
            .map(|(s, e)| Evidence::Span {
                asset: self.asset.id.to_string(),
                span: [s, e],
                text: Some(chars[s.min(chars.len())..e.min(chars.len())].iter().collect()),
            })
            .collect();
        let measurement = Measurement { metric: metric.into(), value, limit, standard: standard.into() };
        self.out.push(Signal::rule(category, RULES_VERSION, measurement, evidence));
    }
}

/// Runs every editorial rule on one text.
pub fn check(asset: &TextAsset, limits: &RuleLimits) -> Vec<Signal> {
    let mut ctx = Ctx { asset, out: Vec::new() };
    let ws = words(&asset.text);
    capitalization(&mut ctx, &ws, limits);
    punctuation(&mut ctx, limits);
    symbols(&mut ctx, &ws, limits);
    spacing(&mut ctx, &ws);
    length(&mut ctx, limits);
    repetition(&mut ctx, &ws, limits);
    ctx.out
}

fn capitalization(ctx: &mut Ctx<'_>, ws: &[Word<'_>], limits: &RuleLimits) {
    let mut shouted = Vec::new();
    let (mut upper, mut cased) = (0usize, 0usize);
    for w in ws {
        let (word, s, e) = core(w);
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let is_acronym = ACRONYMS.contains(&word.to_uppercase().as_str()) || word.contains('.');
        let all_caps = letters.len() >= 2
            && letters.iter().all(|c| !c.is_lowercase())
            && letters.iter().any(|c| c.is_uppercase());
        if !is_acronym {
            upper += letters.iter().filter(|c| c.is_uppercase()).count();
            cased += letters.iter().filter(|c| c.is_uppercase() || c.is_lowercase()).count();
        }
        if all_caps && !is_acronym && !word.chars().any(|c| c.is_ascii_digit()) {
            let lower = word.to_lowercase();
            if SHOUT_WORDS.contains(&lower.as_str()) || letters.len() >= 5 {
                shouted.push((s, e));
            }
        }
    }
    const STANDARD: &str =
        "adscreen editorial policy: no capitals for emphasis (acronyms and brand names exempt)";
    if shouted.len() > limits.max_caps_words {
        let n = shouted.len() as f64;
        ctx.flag(
            "editorial.capitalization",
            "all_caps_words",
            n,
            limits.max_caps_words as f64,
            STANDARD,
            shouted,
        );
    } else if cased >= 12 && upper as f64 / cased as f64 > limits.max_uppercase_ratio {
        let ratio = upper as f64 / cased as f64;
        let len = ctx.asset.text.chars().count();
        ctx.flag(
            "editorial.capitalization",
            "uppercase_ratio",
            ratio,
            limits.max_uppercase_ratio,
            STANDARD,
            vec![(0, len)],
        );
    }
}

fn punctuation(ctx: &mut Ctx<'_>, limits: &RuleLimits) {
    let chars: Vec<char> = ctx.asset.text.chars().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i + 1;
        let class = |x: char| matches!(x, '!' | '?' | '¡' | '¿');
        if class(c) {
            while j < chars.len() && class(chars[j]) {
                j += 1;
            }
            // "¡Hola!" is fine; two or more of !? in a row is not.
            if chars[i..j].iter().filter(|x| matches!(x, '!' | '?')).count() >= 2 {
                runs.push((i, j));
            }
        } else if matches!(c, '.' | ',' | ';' | ':') {
            while j < chars.len() && chars[j] == c {
                j += 1;
            }
            let n = j - i;
            if (c == '.' && n >= 4) || (c != '.' && n >= 2) {
                runs.push((i, j));
            }
        }
        i = j;
    }
    const STANDARD: &str = "adscreen editorial policy: punctuation used for its purpose, not for emphasis";
    if !runs.is_empty() {
        ctx.flag("editorial.punctuation", "repeated_punctuation", runs.len() as f64, 0.0, STANDARD, runs);
        return;
    }
    let bangs: Vec<(usize, usize)> =
        chars.iter().enumerate().filter(|(_, c)| **c == '!').map(|(i, _)| (i, i + 1)).collect();
    if bangs.len() > limits.max_exclamations {
        let n = bangs.len() as f64;
        ctx.flag(
            "editorial.punctuation",
            "exclamation_marks",
            n,
            limits.max_exclamations as f64,
            STANDARD,
            bangs,
        );
    }
}

fn symbols(ctx: &mut Ctx<'_>, ws: &[Word<'_>], limits: &RuleLimits) {
    const STANDARD: &str =
        "adscreen editorial policy: no look-alike substitutions, gimmicky symbols or invalid characters";
    // Look-alike substitutions inside words.
    let mut subs = Vec::new();
    let mut mixed_script = Vec::new();
    for w in ws {
        let (word, s, e) = core(w);
        let chars: Vec<char> = word.chars().collect();
        let letters = chars.iter().filter(|c| c.is_alphabetic()).count();
        let between_letters = |i: usize| {
            chars[..i].iter().any(|c| c.is_alphabetic()) && chars[i + 1..].iter().any(|c| c.is_alphabetic())
        };
        let substituted = (0..chars.len()).any(|i| leet_letter(chars[i]).is_some() && between_letters(i));
        if substituted && letters >= 2 {
            let decoded: String = chars.iter().map(|&c| leet_letter(c).unwrap_or(c)).collect();
            let all_letters = decoded.chars().all(char::is_alphabetic);
            if all_letters && decoded.chars().count() >= 4 {
                subs.push((s, e));
            }
        }
        let scripts: Vec<Script> = chars.iter().filter(|c| c.is_alphabetic()).map(|&c| script(c)).collect();
        let has = |x: Script| scripts.contains(&x);
        if has(Script::Latin) && (has(Script::Cyrillic) || has(Script::Greek)) {
            mixed_script.push((s, e));
        }
    }
    if !subs.is_empty() || !mixed_script.is_empty() {
        let n = (subs.len() + mixed_script.len()) as f64;
        subs.extend(mixed_script);
        ctx.flag("editorial.symbols", "look_alike_substitutions", n, 0.0, STANDARD, subs);
    }
    let chars: Vec<char> = ctx.asset.text.chars().collect();
    let invalid: Vec<(usize, usize)> = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| is_invisible_or_invalid(**c))
        .map(|(i, _)| (i, i + 1))
        .collect();
    if !invalid.is_empty() {
        ctx.flag("editorial.symbols", "invalid_characters", invalid.len() as f64, 0.0, STANDARD, invalid);
    }
    let emoji: Vec<(usize, usize)> =
        chars.iter().enumerate().filter(|(_, c)| is_emoji(**c)).map(|(i, _)| (i, i + 1)).collect();
    if emoji.len() > limits.max_emoji {
        ctx.flag("editorial.symbols", "emoji", emoji.len() as f64, limits.max_emoji as f64, STANDARD, emoji);
    }
    // Runs of three or more of the same symbol ("$$$", "***", "###").
    let mut gimmicks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i + 1;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        let symbol = !c.is_alphanumeric()
            && !c.is_whitespace()
            && !matches!(c, '.' | '-' | '_' | '!' | '?' | ',' | ';' | ':');
        if symbol && !is_emoji(c) && j - i >= 3 {
            gimmicks.push((i, j));
        }
        i = j;
    }
    if !gimmicks.is_empty() {
        ctx.flag("editorial.symbols", "repeated_symbols", gimmicks.len() as f64, 0.0, STANDARD, gimmicks);
    }
}

fn spacing(ctx: &mut Ctx<'_>, ws: &[Word<'_>]) {
    let chars: Vec<char> = ctx.asset.text.chars().collect();
    let mut anomalies = Vec::new();
    // Two or more spaces inside the text.
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            if j - i >= 2 && i > 0 && j < chars.len() {
                anomalies.push((i, j));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    // Space before a comma or full stop (French spacing before ! ? : ; is correct and allowed).
    for k in 1..chars.len() {
        if matches!(chars[k], ',' | '.')
            && chars[k - 1] == ' '
            && chars.get(k + 1).is_none_or(|c| !c.is_ascii_digit())
        {
            anomalies.push((k - 1, k + 1));
        }
    }
    // Letter-spaced words: four or more single letters in a row ("c a s i n o").
    let mut run_start = None;
    let mut run_len = 0;
    for (idx, w) in ws.iter().enumerate() {
        let single = w.text.chars().count() == 1 && w.text.chars().all(char::is_alphabetic);
        if single {
            if run_start.is_none() {
                run_start = Some(idx);
            }
            run_len += 1;
        }
        if !single || idx == ws.len() - 1 {
            if run_len >= 4 {
                let first = &ws[run_start.unwrap_or(0)];
                let last = if single { w } else { &ws[idx - 1] };
                anomalies.push((first.start, last.end));
            }
            run_start = None;
            run_len = 0;
        }
    }
    // A headline is one line.
    if ctx.asset.id == "headline" {
        for (k, c) in chars.iter().enumerate() {
            if matches!(c, '\n' | '\t' | '\r') {
                anomalies.push((k, k + 1));
            }
        }
    }
    if !anomalies.is_empty() {
        anomalies.sort_unstable();
        let n = anomalies.len() as f64;
        ctx.flag(
            "editorial.spacing",
            "spacing_anomalies",
            n,
            0.0,
            "adscreen editorial policy: standard spacing (no letter-spacing, double spaces or line breaks in headlines)",
            anomalies,
        );
    }
}

fn length(ctx: &mut Ctx<'_>, limits: &RuleLimits) {
    let n = ctx.asset.text.chars().count();
    let limit = if ctx.asset.id == "headline" { limits.headline_max_chars } else { limits.body_max_chars };
    if n > limit {
        ctx.flag(
            "editorial.length",
            "characters",
            n as f64,
            limit as f64,
            "adscreen editorial policy: text fits the placement",
            vec![(limit, n)],
        );
    }
}

fn repetition(ctx: &mut Ctx<'_>, ws: &[Word<'_>], limits: &RuleLimits) {
    const STANDARD: &str = "adscreen editorial policy: no gimmicky repetition of words or letters";
    let cores: Vec<(String, usize, usize)> =
        ws.iter().map(core).map(|(w, s, e)| (w.to_lowercase(), s, e)).collect();
    // The same word many times in a row.
    let mut runs = Vec::new();
    let mut i = 0;
    while i < cores.len() {
        let mut j = i + 1;
        while j < cores.len() && !cores[i].0.is_empty() && cores[j].0 == cores[i].0 {
            j += 1;
        }
        if j - i > limits.max_consecutive_repeats {
            runs.push((cores[i].1, cores[j - 1].2, j - i));
        }
        i = j;
    }
    if let Some(max) = runs.iter().map(|r| r.2).max() {
        let spans = runs.iter().map(|r| (r.0, r.1)).collect();
        ctx.flag(
            "editorial.repetition",
            "consecutive_repeats",
            max as f64,
            limits.max_consecutive_repeats as f64,
            STANDARD,
            spans,
        );
        return;
    }
    // One content word too often.
    let mut counts: std::collections::BTreeMap<&str, Vec<(usize, usize)>> = Default::default();
    for (w, s, e) in &cores {
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !STOP_WORDS.contains(&w.as_str()) {
            counts.entry(w.as_str()).or_default().push((*s, *e));
        }
    }
    if let Some((_, spans)) =
        counts.into_iter().filter(|(_, v)| v.len() > limits.max_word_occurrences).max_by_key(|(_, v)| v.len())
    {
        let n = spans.len() as f64;
        ctx.flag(
            "editorial.repetition",
            "word_occurrences",
            n,
            limits.max_word_occurrences as f64,
            STANDARD,
            spans,
        );
        return;
    }
    // The same letter stretched ("Sooooo", "FREEEE").
    let chars: Vec<char> = ctx.asset.text.chars().collect();
    let mut stretched = Vec::new();
    let mut longest = 0;
    let mut i = 0;
    while i < chars.len() {
        let mut j = i + 1;
        while j < chars.len() && chars[j].to_lowercase().eq(chars[i].to_lowercase()) {
            j += 1;
        }
        if chars[i].is_alphabetic() && j - i > limits.max_char_run {
            stretched.push((i, j));
            longest = longest.max(j - i);
        }
        i = j;
    }
    if !stretched.is_empty() {
        ctx.flag(
            "editorial.repetition",
            "letter_run",
            longest as f64,
            limits.max_char_run as f64,
            STANDARD,
            stretched,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Profiles;

    fn limits() -> RuleLimits {
        Profiles::builtin().unwrap().get("default").unwrap().rules.clone()
    }

    fn flags(id: &'static str, text: &str) -> Vec<String> {
        check(&TextAsset { id, text: text.into() }, &limits())
            .into_iter()
            .map(|s| format!("{}:{}", s.category, s.measurement.unwrap().metric))
            .collect()
    }

    #[test]
    fn normal_writing_passes() {
        for text in [
            "NASA and the USA team up: watch the launch live in 4K HDR",
            "Summer sale: sandals from $9.99, free returns!",
            "Visit IKEA Brooklyn for new OLED TVs and LEGO sets.",
            "Dr. Smith's clinic in St. Louis accepts Medicare.",
            "Soldes d'été : jusqu'à -50 % sur tout le magasin !",
            "Große Auswahl an Fahrrädern für die ganze Familie.",
            "Ofertas de verano: ¡hasta 40% de descuento!",
            "東京の新しいカフェがオープンしました",
            "Новая коллекция обуви уже в продаже",
            "Killer deals on drop-dead gorgeous shot glasses.",
            "Book 3 nights, pay for 2. Offer ends Sunday...",
            "Call 1-800-555-0199 or visit example.com/deals today",
            "iPhone 15 cases, MP3 players, B2B software and H2O bottles",
            "GUCCI bags at the outlet",
            "Win10 laptops, PS5 bundles and COVID-19 test kits",
        ] {
            let f = flags("body", text);
            assert!(f.is_empty(), "{text:?} was flagged: {f:?}");
        }
    }

    #[test]
    fn each_rule_catches_its_violation_with_spans() {
        let cases = [
            ("BUY NOW and get it FREE", "editorial.capitalization:all_caps_words"),
            ("HUGE SUMMER CLEARANCE EVENT at our store", "editorial.capitalization:all_caps_words"),
            ("Act now!!! Limited offer", "editorial.punctuation:repeated_punctuation"),
            ("Great! Amazing! Wonderful!", "editorial.punctuation:exclamation_marks"),
            ("Fresh fl0wers delivered", "editorial.symbols:look_alike_substitutions"),
            ("Cheap v1agra online", "editorial.symbols:look_alike_substitutions"),
            ("Best c@sino bonus", "editorial.symbols:look_alike_substitutions"),
            ("Shop our sale 🔥", "editorial.symbols:emoji"),
            ("Make $$$ from home", "editorial.symbols:repeated_symbols"),
            ("Free\u{200b}shipping", "editorial.symbols:invalid_characters"),
            ("Play at the c a s i n o tonight", "editorial.spacing:spacing_anomalies"),
            ("Great  prices , every day", "editorial.spacing:spacing_anomalies"),
            ("buy buy buy our shoes", "editorial.repetition:consecutive_repeats"),
            ("free shoes free socks free hats free bags", "editorial.repetition:word_occurrences"),
            ("Sooooo good", "editorial.repetition:letter_run"),
        ];
        for (text, want) in cases {
            let got = check(&TextAsset { id: "body", text: text.into() }, &limits());
            let hit = got
                .iter()
                .find(|s| format!("{}:{}", s.category, s.measurement.as_ref().unwrap().metric) == want);
            let s = hit.unwrap_or_else(|| panic!("{text:?}: expected {want}, got {:?}", flags("body", text)));
            let m = s.measurement.as_ref().unwrap();
            assert!(m.value > m.limit, "{text:?}: {m:?}");
            assert!(!s.evidence.is_empty(), "{text:?} has no span");
            for e in &s.evidence {
                let Evidence::Span { span, .. } = e else { panic!("text evidence is a span") };
                assert!(span[0] < span[1] && span[1] <= text.chars().count(), "{text:?}: {span:?}");
            }
        }
    }

    #[test]
    fn spans_point_at_the_offending_characters() {
        let got = check(&TextAsset { id: "headline", text: "Fresh fl0wers".into() }, &limits());
        let Evidence::Span { span, text, .. } = &got[0].evidence[0] else { panic!() };
        assert_eq!(span, &[6, 13]);
        assert_eq!(text.as_deref(), Some("fl0wers"));
    }

    #[test]
    fn lengths_are_measured_against_the_profile() {
        let long = "a".repeat(91);
        assert_eq!(
            flags("headline", &long),
            vec!["editorial.length:characters".to_string(), "editorial.repetition:letter_run".to_string()]
        );
        assert!(flags("body", &"word ".repeat(100)).iter().all(|f| !f.starts_with("editorial.length")));
        let s = check(&TextAsset { id: "headline", text: "x".repeat(95) }, &limits());
        let m = s.iter().find(|s| s.category == "editorial.length").unwrap().measurement.clone().unwrap();
        assert_eq!((m.value, m.limit), (95.0, 90.0));
    }

    #[test]
    fn line_breaks_are_fine_in_a_body_but_not_in_a_headline() {
        assert!(flags("body", "Line one.\nLine two.").is_empty());
        assert_eq!(
            flags("headline", "Line one\nLine two"),
            vec!["editorial.spacing:spacing_anomalies".to_string()]
        );
    }
}

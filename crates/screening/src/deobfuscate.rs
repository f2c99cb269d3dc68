//! Undoing the spellings advertisers use to slip past filters ("v1agra", "c@sino", "W_h_i_s_k_e_y",
//! "s e x", Cyrillic look-alikes inside Latin words, zero-width characters inside words), so that the
//! text models can also read what a human reader reads. The text models score both the text as written
//! and this reading and keep the stronger score per category; the editorial rule flags the substitution
//! itself.
//!
//! Each change is conservative: digits and symbols become letters only between letters ("v1agra",
//! "B00K", "c@sino"; not "SPRING20", "LiFePO4", "$34") inside a run that has at least three letters
//! and more letters than substitutes, and not in tokens shaped like units or model numbers ("16GB",
//! "i7", "MP3"); separated single letters are joined only in runs of three or more ("m/w/d" is not a
//! run); look-alike letters are mapped only inside words that also contain Latin letters.

use crate::reading::Reading;

/// Digits and symbols used in place of letters ("v1agra", "c@sino", "fl0wers").
pub fn leet_letter(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        '€' => 'e',
        '£' => 'l',
        _ => return None,
    })
}

/// Cyrillic and Greek letters that look like Latin ones.
fn latin_look_alike(c: char) -> Option<char> {
    const PAIRS: &[(char, char)] = &[
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('Х', 'X'),
        ('а', 'a'),
        ('е', 'e'),
        ('о', 'o'),
        ('р', 'p'),
        ('с', 'c'),
        ('у', 'y'),
        ('х', 'x'),
        ('і', 'i'),
        ('І', 'I'),
        ('ј', 'j'),
        ('ѕ', 's'),
        ('ԁ', 'd'),
        ('Α', 'A'),
        ('Β', 'B'),
        ('Ε', 'E'),
        ('Ζ', 'Z'),
        ('Η', 'H'),
        ('Ι', 'I'),
        ('Κ', 'K'),
        ('Μ', 'M'),
        ('Ν', 'N'),
        ('Ο', 'O'),
        ('Ρ', 'P'),
        ('Τ', 'T'),
        ('Υ', 'Y'),
        ('Χ', 'X'),
        ('ο', 'o'),
        ('ν', 'v'),
        ('ρ', 'p'),
    ];
    PAIRS.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

/// Invisible characters that split a word without showing ("se\u{200B}x").
pub fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF | 0x00AD)
}

const SEPARATORS: &[char] = &[' ', '_', '.', '-', '*', '·', '~'];

/// The text with obfuscations undone, or `None` when there is nothing to undo.
pub fn deobfuscate(text: &str) -> Option<Reading> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(char, usize)> = Vec::with_capacity(chars.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if is_invisible(chars[i]) {
            changed = true;
            i += 1;
            continue;
        }
        if let Some(end) = spaced_letters(&chars, i) {
            for (k, &c) in chars.iter().enumerate().take(end).skip(i) {
                if !SEPARATORS.contains(&c) && !is_invisible(c) {
                    out.push((c, k));
                }
            }
            changed = true;
            i = end;
            continue;
        }
        // A run of letters, digits, look-alike symbols and invisible characters.
        let start = i;
        while i < chars.len()
            && (chars[i].is_alphanumeric() || leet_letter(chars[i]).is_some() || is_invisible(chars[i]))
        {
            i += 1;
        }
        if i == start {
            out.push((chars[i], i));
            i += 1;
            continue;
        }
        let run: Vec<(char, usize)> =
            (start..i).filter(|&k| !is_invisible(chars[k])).map(|k| (chars[k], k)).collect();
        changed |= run.len() != i - start;
        // Symbols at the edges of a run are punctuation ("Now!", "$34"), not letters.
        let symbol = |c: &char| !c.is_alphanumeric();
        let lead = run.iter().take_while(|(c, _)| symbol(c)).count();
        let trail = run[lead..].iter().rev().take_while(|(c, _)| symbol(c)).count();
        let (mapped, did) = read_run(&run[lead..run.len() - trail]);
        changed |= did;
        out.extend_from_slice(&run[..lead]);
        out.extend(mapped);
        out.extend_from_slice(&run[run.len() - trail..]);
    }
    if !changed {
        return None;
    }
    Some(Reading {
        text: out.iter().map(|(c, _)| c).collect(),
        origin: out.iter().map(|(_, k)| *k).collect(),
        glossed: false,
    })
}

/// If single letters separated by one separator (three letters or more: "W_h_i_s_k_e_y", "s e x")
/// start at `i`, where the run ends.
fn spaced_letters(chars: &[char], i: usize) -> Option<usize> {
    let single = |k: usize| {
        chars.get(k).is_some_and(|c| c.is_alphabetic())
            && !chars.get(k + 1).is_some_and(|c| c.is_alphanumeric())
            && (k == 0 || !chars[k - 1].is_alphanumeric())
    };
    if !single(i) {
        return None;
    }
    let sep = *chars.get(i + 1)?;
    if !SEPARATORS.contains(&sep) {
        return None;
    }
    let (mut k, mut letters) = (i, 1);
    while chars.get(k + 1) == Some(&sep) && single(k + 2) {
        k += 2;
        letters += 1;
    }
    (letters >= 3).then_some(k + 1)
}

/// Look-alike letters and substitutes inside one run; whether anything changed.
fn read_run(run: &[(char, usize)]) -> (Vec<(char, usize)>, bool) {
    let latin = run.iter().filter(|(c, _)| c.is_ascii_alphabetic()).count();
    let mut changed = false;
    let mut out: Vec<(char, usize)> = run
        .iter()
        .map(|&(c, k)| match latin_look_alike(c) {
            Some(l) if latin > 0 => {
                changed = true;
                (l, k)
            }
            _ => (c, k),
        })
        .collect();
    let letters = out.iter().filter(|(c, _)| c.is_alphabetic()).count();
    let subs = out.iter().filter(|(c, _)| leet_letter(*c).is_some()).count();
    // Most runs have no substitutes: the lower-cased word is built only for those that do.
    let word = || out.iter().map(|(c, _)| c.to_ascii_lowercase()).collect::<String>();
    if subs > 0 && letters >= 3 && letters > subs && !unit_like(&word()) {
        // A substitute counts only where the nearest non-substitutes on both sides are letters.
        let is_sub = |c: char| leet_letter(c).is_some();
        let bounded: Vec<bool> = (0..out.len())
            .map(|k| {
                let left = out[..k].iter().rev().find(|(c, _)| !is_sub(*c));
                let right = out[k + 1..].iter().find(|(c, _)| !is_sub(*c));
                let letter = |x: Option<&(char, usize)>| x.is_some_and(|(c, _)| c.is_alphabetic());
                letter(left) && letter(right)
            })
            .collect();
        for ((c, _), bounded) in out.iter_mut().zip(bounded) {
            if let Some(l) = leet_letter(*c).filter(|_| bounded) {
                *c = l;
                changed = true;
            }
        }
    }
    (out, changed)
}

/// Digits then at most three letters, or at most three letters then digits ("16gb", "40h", "i7",
/// "mp3", "h264"): sizes, units and model numbers, not words.
fn unit_like(word: &str) -> bool {
    let digits_then_letters = |w: &str| {
        let d = w.chars().take_while(|c| c.is_ascii_digit()).count();
        d > 0 && w[d..].chars().all(|c| c.is_alphabetic()) && w[d..].chars().count() <= 3
    };
    let rev: String = word.chars().rev().collect();
    digits_then_letters(word) || digits_then_letters(&rev)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<String> {
        deobfuscate(t).map(|r| r.text)
    }

    #[test]
    fn obfuscations_are_undone() {
        assert_eq!(read("Cheap v1agra online").as_deref(), Some("Cheap viagra online"));
        assert_eq!(read("Best c@sino bonus!").as_deref(), Some("Best casino bonus!"));
        assert_eq!(read("Irish W_h_i_s_k_e_y Gift Set").as_deref(), Some("Irish Whiskey Gift Set"));
        assert_eq!(read("hot s e x chat").as_deref(), Some("hot sex chat"));
        assert_eq!(
            read("B00K N0W, FR0M $79, SH0T GLASSES").as_deref(),
            Some("B00K N0W, FRoM $79, SHoT GLASSES")
        );
        assert_eq!(read("Get ca$h fast").as_deref(), Some("Get cash fast"));
        assert_eq!(read("se\u{200B}xy").as_deref(), Some("sexy"));
        // Cyrillic "а" and "о" inside a Latin word.
        assert_eq!(read("cаsinо").as_deref(), Some("casino"));
    }

    #[test]
    fn normal_writing_is_left_alone() {
        for t in [
            "Summer Linen Shirts from $34. Free returns within 30 days.",
            "Warm to -20°C, sizes 5 to 6. 2,000-mile tested, 4K video, 16GB RAM, i7, MP3, B2B, 24/7.",
            "Gaming laptop: RTX 4070, 1TB SSD, 40H battery, 3-pack, 5G, H264, 3pm.",
            "Москва и Санкт-Петербург",
            "Ελληνικά προϊόντα",
            "USA, NASA, e.g. U.S. only",
            "Use code SPRING20 or HOURS25, LiFePO4 cells, 1,000Wh. Lagerhelfer (m/w/d) gesucht.",
            "Only 5 left! Shop now!! Call 1-800-555-0142",
        ] {
            assert_eq!(read(t), None, "{t}");
        }
    }

    #[test]
    fn spans_map_back_to_the_text_as_written() {
        let r = deobfuscate("buy W_h_i_s_k_e_y now").unwrap();
        assert_eq!(r.text, "buy Whiskey now");
        // "Whiskey" is chars 4..11 of the reading and 4..17 of the original.
        assert_eq!(r.original_span((4, 11)), (4, 17));
        assert_eq!(r.original_span((0, 15)), (0, 21));
    }
}

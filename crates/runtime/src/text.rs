//! Tokenisation for text models, and splitting long texts into overlapping windows so nothing past a
//! model's window is silently dropped.
//!
//! Two kinds: WordPiece through the `tokenizers` crate (truncation at the model's maximum, no padding;
//! the batcher pads each batch to its longest sequence only), and the Keras word tokenizer of the
//! toxic-comment BiLSTM (`texts_to_sequences` + `pad_sequences(maxlen)`, pre-padding and pre-truncation).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use tokenizers::{Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

use crate::compiler::bert::{ATTENTION_MASK, INPUT_IDS};
use crate::ngrams::{NGRAM_IDS, NGRAM_WEIGHTS, NgramFeaturizer};
use crate::registry::NamedTensors;
use crate::{Error, Result, Tensor, archive};

/// A tokenizer configured for one model.
#[derive(Clone)]
pub struct TextTokenizer {
    kind: Kind,
    max_length: usize,
    /// Hashed n-gram features added as two more inputs (wide-and-deep classifiers).
    ngrams: Option<std::sync::Arc<NgramFeaturizer>>,
    /// Tokens per window of a long text (at most `max_length`).
    window: usize,
}

#[derive(Clone)]
enum Kind {
    WordPiece { truncating: Box<Tokenizer>, full: Box<Tokenizer> },
    Keras(KerasTokenizer),
}

impl std::fmt::Debug for TextTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            Kind::WordPiece { .. } => "wordpiece",
            Kind::Keras(_) => "keras",
        };
        write!(f, "TextTokenizer({kind}, max_length={})", self.max_length)
    }
}

/// The result of tokenising one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Encoded {
    pub ids: Vec<i64>,
    /// Character (Unicode scalar) offsets of each token in the text; `(0, 0)` for special tokens.
    pub offsets: Vec<(usize, usize)>,
}

/// Content token ids, their character spans, and the special tokens that wrap a window (WordPiece).
type TokensWithOffsets = (Vec<i64>, Vec<(usize, usize)>, Option<(i64, i64)>);

/// One window of a text: the model inputs and the character range it covers.
#[derive(Clone, Debug)]
pub struct TextWindow {
    pub inputs: NamedTensors,
    pub span: (usize, usize),
}

/// Maps byte offsets of `text` to character offsets.
fn char_offsets(text: &str) -> Vec<usize> {
    let mut map = vec![0; text.len() + 1];
    let mut chars = 0;
    for (b, c) in text.char_indices() {
        for slot in &mut map[b..b + c.len_utf8()] {
            *slot = chars;
        }
        chars += 1;
    }
    map[text.len()] = chars;
    map
}

impl TextTokenizer {
    /// Loads a WordPiece `tokenizer.json`, turning off its padding and truncating at `max_length`.
    pub fn load(path: &Path, max_length: usize) -> Result<TextTokenizer> {
        Self::new(archive::read_tokenizer(path)?, max_length)
    }

    pub fn new(mut inner: Tokenizer, max_length: usize) -> Result<TextTokenizer> {
        inner.with_padding(None);
        let mut full = inner.clone();
        full.with_truncation(None).map_err(|e| Error::Tokenizer(e.to_string()))?;
        inner
            .with_truncation(Some(TruncationParams {
                max_length,
                strategy: TruncationStrategy::LongestFirst,
                stride: 0,
                direction: TruncationDirection::Right,
            }))
            .map_err(|e| Error::Tokenizer(e.to_string()))?;
        Ok(TextTokenizer {
            kind: Kind::WordPiece { truncating: Box::new(inner), full: Box::new(full) },
            max_length,
            ngrams: None,
            window: max_length,
        })
    }

    /// Loads a Keras word tokenizer (`tokenizer.json` written by scripts/convert/toxic_bilstm.py).
    pub fn load_keras(path: &Path, maxlen: usize) -> Result<TextTokenizer> {
        Ok(TextTokenizer {
            kind: Kind::Keras(KerasTokenizer::load(path)?),
            max_length: maxlen,
            ngrams: None,
            window: maxlen,
        })
    }

    /// Screens long texts in windows of `window` tokens (capped at the model's maximum): classifiers
    /// trained on short ads see windows of about that length, so a violation is not diluted.
    pub fn with_window(mut self, window: usize) -> TextTokenizer {
        self.window = window.clamp(8, self.max_length);
        self
    }

    /// Adds hashed n-gram features (`ngram_ids`, `ngram_weights`) to every model input.
    pub fn with_ngrams(mut self, featurizer: NgramFeaturizer) -> TextTokenizer {
        self.ngrams = Some(std::sync::Arc::new(featurizer));
        self
    }

    pub fn max_length(&self) -> usize {
        self.max_length
    }

    /// Token ids as the model sees one input (truncated the model's way) and their character offsets.
    pub fn encode(&self, text: &str) -> Result<Encoded> {
        match &self.kind {
            Kind::WordPiece { truncating, .. } => wordpiece(truncating, text),
            Kind::Keras(k) => {
                let (ids, offsets): (Vec<i64>, Vec<(usize, usize)>) = k.words(text).into_iter().unzip();
                let keep = ids.len().saturating_sub(self.max_length);
                Ok(Encoded { ids: ids[keep..].to_vec(), offsets: offsets[keep..].to_vec() })
            }
        }
    }

    /// The model inputs for one text (truncated the model's way), batch of one.
    pub fn encode_tensors(&self, text: &str) -> Result<NamedTensors> {
        let ids = self.encode(text)?.ids;
        self.tensors(ids, text)
    }

    fn tensors(&self, ids: Vec<i64>, text: &str) -> Result<NamedTensors> {
        let mut out = self.token_tensors(ids)?;
        if let Some(f) = &self.ngrams {
            let (ids, weights) = f.features(text);
            // Never an empty axis: one padding entry (bucket 0, weight 0) stands for "no n-grams".
            let (ids, weights) = if ids.is_empty() { (vec![0], vec![0.0]) } else { (ids, weights) };
            let n = ids.len();
            out.push((NGRAM_IDS.to_string(), Tensor::i64(vec![1, n], ids)?));
            out.push((NGRAM_WEIGHTS.to_string(), Tensor::f32(vec![1, n], weights)?));
        }
        Ok(out)
    }

    fn token_tensors(&self, ids: Vec<i64>) -> Result<NamedTensors> {
        match &self.kind {
            Kind::WordPiece { .. } => {
                let n = ids.len();
                Ok(vec![
                    (INPUT_IDS.to_string(), Tensor::i64(vec![1, n], ids)?),
                    (ATTENTION_MASK.to_string(), Tensor::i64(vec![1, n], vec![1; n])?),
                ])
            }
            Kind::Keras(_) => {
                // pad_sequences(maxlen, padding="pre", truncating="pre").
                let m = self.max_length;
                let tail = &ids[ids.len().saturating_sub(m)..];
                let mut padded = vec![0i64; m - tail.len()];
                padded.extend_from_slice(tail);
                Ok(vec![(INPUT_IDS.to_string(), Tensor::i64(vec![1, m], padded)?)])
            }
        }
    }

    /// Splits a text into windows of the model's length overlapping by half, so every token is seen
    /// by at least one window. A text that fits is one window.
    pub fn windows(&self, text: &str) -> Result<Vec<TextWindow>> {
        let (content, offsets, wrap): TokensWithOffsets = match &self.kind {
            Kind::WordPiece { full, .. } => {
                let enc = full.encode(text, true).map_err(|e| Error::Tokenizer(e.to_string()))?;
                let map = char_offsets(text);
                let special = enc.get_special_tokens_mask();
                let ids = enc.get_ids();
                let first = ids.first().copied().unwrap_or(0) as i64;
                let last = ids.last().copied().unwrap_or(0) as i64;
                let mut c = Vec::new();
                let mut o = Vec::new();
                for (i, &id) in ids.iter().enumerate() {
                    if special[i] == 0 {
                        let (s, e) = enc.get_offsets()[i];
                        c.push(id as i64);
                        o.push((map[s.min(text.len())], map[e.min(text.len())]));
                    }
                }
                (c, o, Some((first, last)))
            }
            Kind::Keras(k) => {
                let (ids, offsets) = k.words(text).into_iter().unzip();
                (ids, offsets, None)
            }
        };
        let width = if wrap.is_some() { self.window.saturating_sub(2).max(1) } else { self.window };
        let total_chars = text.chars().count();
        if content.len() <= width {
            let ids = match wrap {
                Some((cls, sep)) => std::iter::once(cls).chain(content).chain(std::iter::once(sep)).collect(),
                None => content,
            };
            return Ok(vec![TextWindow { inputs: self.tensors(ids, text)?, span: (0, total_chars) }]);
        }
        // Token ranges to screen: for WordPiece models, pairs of consecutive sentences (every sentence
        // is seen twice, with each neighbour, and never diluted by a long text around it); otherwise, and
        // inside a sentence pair longer than the window, windows of `width` tokens overlapping by half.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let sliding = |a: usize, b: usize, out: &mut Vec<(usize, usize)>| {
            if b - a <= width {
                out.push((a, b));
                return;
            }
            let stride = (width / 2).max(1);
            let mut s = a;
            loop {
                out.push((s, s + width));
                if s + width >= b {
                    break;
                }
                s = (s + stride).min(b - width);
            }
        };
        if wrap.is_some() {
            let sentences = sentence_token_ranges(text, &offsets);
            for i in 0..sentences.len() {
                let end = sentences[(i + 1).min(sentences.len() - 1)].1;
                sliding(sentences[i].0, end, &mut ranges);
            }
        } else {
            sliding(0, content.len(), &mut ranges);
        }
        ranges.sort_unstable();
        ranges.dedup();
        ranges
            .into_iter()
            .map(|(a, b)| {
                let chunk = &content[a..b];
                let ids = match wrap {
                    Some((cls, sep)) => std::iter::once(cls)
                        .chain(chunk.iter().copied())
                        .chain(std::iter::once(sep))
                        .collect(),
                    None => chunk.to_vec(),
                };
                let span = (offsets[a].0, offsets[b - 1].1);
                let piece: String = text.chars().skip(span.0).take(span.1 - span.0).collect();
                Ok(TextWindow { inputs: self.tensors(ids, &piece)?, span })
            })
            .collect()
    }
}

/// Token index ranges of the sentences of `text` (split after `.`, `!`, `?` or a line break followed
/// by white space), given each token's character offsets.
fn sentence_token_ranges(text: &str, offsets: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut ends: Vec<usize> = Vec::new(); // character positions where a sentence ends
    for i in 0..chars.len() {
        let boundary =
            matches!(chars[i], '.' | '!' | '?' | '\n') && chars.get(i + 1).is_none_or(|c| c.is_whitespace());
        if boundary {
            ends.push(i + 1);
        }
    }
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut e = 0;
    for (t, &(s, _)) in offsets.iter().enumerate() {
        while e < ends.len() && ends[e] <= s {
            if t > start {
                ranges.push((start, t));
                start = t;
            }
            e += 1;
        }
    }
    if start < offsets.len() {
        ranges.push((start, offsets.len()));
    }
    ranges
}

fn wordpiece(tok: &Tokenizer, text: &str) -> Result<Encoded> {
    let enc = tok.encode(text, true).map_err(|e| Error::Tokenizer(e.to_string()))?;
    let map = char_offsets(text);
    Ok(Encoded {
        ids: enc.get_ids().iter().map(|&i| i as i64).collect(),
        offsets: enc
            .get_offsets()
            .iter()
            .map(|&(s, e)| (map[s.min(text.len())], map[e.min(text.len())]))
            .collect(),
    })
}

/// The Keras `Tokenizer.texts_to_sequences` of the toxic-comment model, from its converted JSON.
#[derive(Clone, Debug)]
pub struct KerasTokenizer {
    word_index: HashMap<String, i64>,
    num_words: Option<i64>,
    oov: Option<i64>,
    filters: Vec<char>,
    lower: bool,
    split: char,
}

#[derive(Deserialize)]
struct KerasFile {
    word_index: HashMap<String, i64>,
    num_words: Option<i64>,
    oov_token: Option<String>,
    filters: String,
    lower: bool,
    split: String,
    char_level: bool,
}

impl KerasTokenizer {
    pub fn load(path: &Path) -> Result<KerasTokenizer> {
        let f: KerasFile = archive::read_json(path)?;
        if f.char_level {
            return Err(Error::model_file(path, "character-level Keras tokenizers are not supported"));
        }
        let mut split = f.split.chars();
        let (Some(sep), None) = (split.next(), split.next()) else {
            return Err(Error::model_file(path, "the split string must be one character"));
        };
        let oov = f.oov_token.as_ref().and_then(|t| f.word_index.get(t).copied());
        Ok(KerasTokenizer {
            word_index: f.word_index,
            num_words: f.num_words,
            oov,
            filters: f.filters.chars().collect(),
            lower: f.lower,
            split: sep,
        })
    }

    /// Word ids with the character span of each word, in order.
    pub fn words(&self, text: &str) -> Vec<(i64, (usize, usize))> {
        // Lowercasing is done per word (like Python's str.lower on the whole text, but keeping spans);
        // the filters and the separator are ASCII, so spans are unaffected by case mapping.
        let mut out = Vec::new();
        let mut word = String::new();
        let mut start = 0;
        let mut idx = 0;
        let flush = |word: &mut String, start: usize, end: usize, out: &mut Vec<(i64, (usize, usize))>| {
            if word.is_empty() {
                return;
            }
            let w = if self.lower { word.to_lowercase() } else { word.clone() };
            let id = match self.word_index.get(&w) {
                Some(&i) if self.num_words.is_none_or(|n| i < n) => Some(i),
                _ => self.oov,
            };
            if let Some(i) = id {
                out.push((i, (start, end)));
            }
            word.clear();
        };
        for c in text.chars() {
            if c == self.split || self.filters.contains(&c) {
                flush(&mut word, start, idx, &mut out);
            } else {
                if word.is_empty() {
                    start = idx;
                }
                word.push(c);
            }
            idx += 1;
        }
        flush(&mut word, start, idx, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_terminal_punctuation() {
        let text = "One two. Three four! Five";
        // Token offsets of the five words (punctuation attached to the preceding word here).
        let offsets = [(0, 3), (4, 8), (9, 14), (15, 20), (21, 25)];
        assert_eq!(sentence_token_ranges(text, &offsets), vec![(0, 2), (2, 4), (4, 5)]);
        assert_eq!(sentence_token_ranges("no stop at all", &[(0, 2), (3, 7)]), vec![(0, 2)]);
        // Decimal points and abbreviations without a following space do not split.
        assert_eq!(sentence_token_ranges("Only $9.99 today", &[(0, 4), (5, 10), (11, 16)]), vec![(0, 3)]);
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let m = char_offsets("aé😀b");
        assert_eq!(m[0], 0);
        assert_eq!(m[1], 1);
        assert_eq!(m[3], 2);
        assert_eq!(m[7], 3);
        assert_eq!(m[8], 4);
    }
}

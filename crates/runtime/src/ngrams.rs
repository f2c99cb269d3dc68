//! Hashed word and character n-gram features (the "wide" input of the text policy classifier): word
//! unigrams and bigrams (words of two or more alphanumeric characters) and character 2- to 5-grams of
//! each space-padded word, lower-cased, hashed with FNV-1a into a fixed number of buckets (bucket 0 is
//! reserved for padding), weighted by sublinear term frequency times inverse document frequency and
//! L2-normalised. They catch spellings the sentence encoder blurs ("w33d", "c@sino", brand names).

use std::collections::BTreeMap;
use std::path::Path;

use crate::archive::Weights;
use crate::{Error, Result};

/// Name of the ids input of a model with n-gram features.
pub const NGRAM_IDS: &str = "ngram_ids";
/// Name of the weights input of a model with n-gram features.
pub const NGRAM_WEIGHTS: &str = "ngram_weights";

fn fnv1a(tag: u8, s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::iter::once(tag).chain(s.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// The raw n-gram counts of a text, by bucket (no weighting).
pub fn bucket_counts(text: &str, buckets: usize) -> BTreeMap<u32, u32> {
    let lower = text.to_lowercase();
    let bucket = |h: u64| (1 + h % (buckets as u64 - 1)) as u32;
    let mut counts = BTreeMap::new();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2).collect();
    for (i, w) in words.iter().enumerate() {
        *counts.entry(bucket(fnv1a(b'w', w))).or_insert(0) += 1;
        if let Some(next) = words.get(i + 1) {
            *counts.entry(bucket(fnv1a(b'b', &format!("{w} {next}")))).or_insert(0) += 1;
        }
    }
    for word in lower.split_whitespace() {
        let padded: Vec<char> =
            std::iter::once(' ').chain(word.chars()).chain(std::iter::once(' ')).collect();
        for n in 2..=5 {
            if padded.len() < n {
                let g: String = padded.iter().collect();
                *counts.entry(bucket(fnv1a(b'c', &g))).or_insert(0) += 1;
                break;
            }
            for start in 0..=padded.len() - n {
                let g: String = padded[start..start + n].iter().collect();
                *counts.entry(bucket(fnv1a(b'c', &g))).or_insert(0) += 1;
            }
        }
    }
    counts
}

/// Hashed n-gram features with learned inverse document frequencies.
#[derive(Clone, Debug, PartialEq)]
pub struct NgramFeaturizer {
    pub buckets: usize,
    /// Inverse document frequency per bucket (smoothed: `ln((1 + n) / (1 + df)) + 1`).
    pub idf: Vec<f32>,
}

impl NgramFeaturizer {
    /// Learns document frequencies from `texts`.
    pub fn fit(texts: &[&str], buckets: usize) -> NgramFeaturizer {
        let mut df = vec![0u32; buckets];
        for t in texts {
            for b in bucket_counts(t, buckets).keys() {
                df[*b as usize] += 1;
            }
        }
        let n = texts.len() as f32;
        let idf = df.iter().map(|&d| ((1.0 + n) / (1.0 + d as f32)).ln() + 1.0).collect();
        NgramFeaturizer { buckets, idf }
    }

    /// Sparse features of a text: bucket ids and L2-normalised weights, in bucket order.
    pub fn features(&self, text: &str) -> (Vec<i64>, Vec<f32>) {
        let counts = bucket_counts(text, self.buckets);
        let mut ids = Vec::with_capacity(counts.len());
        let mut weights = Vec::with_capacity(counts.len());
        for (b, c) in counts {
            ids.push(b as i64);
            weights.push((1.0 + (c as f32).ln()) * self.idf[b as usize]);
        }
        let norm = weights.iter().map(|w| w * w).sum::<f32>().sqrt().max(1e-12);
        weights.iter_mut().for_each(|w| *w /= norm);
        (ids, weights)
    }

    pub fn to_safetensors(&self) -> Result<Vec<u8>> {
        let mut t = std::collections::HashMap::new();
        t.insert("ngram.idf".to_string(), (vec![self.buckets], self.idf.clone()));
        Weights::from_tensors(t).to_safetensors()
    }

    pub fn load(path: &Path) -> Result<NgramFeaturizer> {
        Self::from_weights(&Weights::load(path)?, &path.display().to_string())
    }

    pub fn from_weights(w: &Weights, origin: &str) -> Result<NgramFeaturizer> {
        let (shape, idf) = w.get("ngram.idf", &[""])?;
        if shape.len() != 1 || shape[0] < 2 {
            return Err(Error::model_file(origin, "ngram.idf must be a vector of at least 2 buckets"));
        }
        Ok(NgramFeaturizer { buckets: shape[0], idf: idf.to_vec() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_deterministic_normalised_and_never_use_bucket_zero() {
        let f = NgramFeaturizer::fit(&["buy cheap shoes", "fresh flowers today", "c@sino bonus"], 1024);
        let (ids, w) = f.features("Buy CHEAP shoes now");
        assert_eq!((ids.clone(), w.clone()), f.features("buy cheap shoes NOW"));
        assert!(ids.iter().all(|&i| i > 0 && (i as usize) < 1024));
        assert!(ids.windows(2).all(|p| p[0] < p[1]));
        let norm: f32 = w.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-5);
        assert!(f.features("").0.is_empty());
    }

    #[test]
    fn char_ngrams_link_obfuscated_spellings() {
        let a: std::collections::BTreeSet<_> = bucket_counts("casino", 1 << 16).into_keys().collect();
        let b: std::collections::BTreeSet<_> = bucket_counts("c@sino", 1 << 16).into_keys().collect();
        assert!(a.intersection(&b).count() >= 4, "shared n-grams such as 'sino' and 'ino '");
    }

    #[test]
    fn idf_round_trips_through_safetensors() {
        let f = NgramFeaturizer::fit(&["a b c", "b c d"], 64);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ngram.safetensors");
        std::fs::write(&p, f.to_safetensors().unwrap()).unwrap();
        assert_eq!(NgramFeaturizer::load(&p).unwrap(), f);
    }
}

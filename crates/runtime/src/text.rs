//! Tokenisation for text models with the `tokenizers` crate: truncation at the model's maximum length,
//! no padding (the batcher pads each batch to its longest sequence only).

use std::path::Path;

use tokenizers::{Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

use crate::compiler::bert::{ATTENTION_MASK, INPUT_IDS};
use crate::registry::NamedTensors;
use crate::{Error, Result, Tensor, archive};

/// A tokenizer configured for one model.
#[derive(Clone)]
pub struct TextTokenizer {
    inner: Tokenizer,
    max_length: usize,
}

impl std::fmt::Debug for TextTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TextTokenizer(max_length={})", self.max_length)
    }
}

impl TextTokenizer {
    /// Loads `tokenizer.json`, turning off its padding and truncating at `max_length` tokens.
    pub fn load(path: &Path, max_length: usize) -> Result<TextTokenizer> {
        Self::new(archive::read_tokenizer(path)?, max_length)
    }

    pub fn new(mut inner: Tokenizer, max_length: usize) -> Result<TextTokenizer> {
        inner.with_padding(None);
        inner
            .with_truncation(Some(TruncationParams {
                max_length,
                strategy: TruncationStrategy::LongestFirst,
                stride: 0,
                direction: TruncationDirection::Right,
            }))
            .map_err(|e| Error::Tokenizer(e.to_string()))?;
        Ok(TextTokenizer { inner, max_length })
    }

    pub fn max_length(&self) -> usize {
        self.max_length
    }

    /// Token ids (with the special tokens) and their offsets in bytes of `text`.
    pub fn encode(&self, text: &str) -> Result<Encoded> {
        let enc = self.inner.encode(text, true).map_err(|e| Error::Tokenizer(e.to_string()))?;
        Ok(Encoded {
            ids: enc.get_ids().iter().map(|&i| i as i64).collect(),
            offsets: enc.get_offsets().to_vec(),
        })
    }

    /// The model inputs for one text: `input_ids` and `attention_mask`, each of shape `[1, tokens]`.
    pub fn encode_tensors(&self, text: &str) -> Result<NamedTensors> {
        let ids = self.encode(text)?.ids;
        let n = ids.len();
        Ok(vec![
            (INPUT_IDS.to_string(), Tensor::i64(vec![1, n], ids)?),
            (ATTENTION_MASK.to_string(), Tensor::i64(vec![1, n], vec![1; n])?),
        ])
    }
}

/// The result of tokenising one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Encoded {
    pub ids: Vec<i64>,
    /// Byte offsets of each token in the text (`(0, 0)` for special tokens).
    pub offsets: Vec<(usize, usize)>,
}

//! The manifest written beside every compiled model (`manifest.json`): what the model is, how to feed it
//! and how to read its outputs. Model archives (issue 4) carry the same manifest.

use serde::{Deserialize, Serialize};

/// What a model does with its inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    /// Text in, a sentence embedding out.
    TextEmbedding,
    /// Text in, one probability per label out.
    TextClassification,
    /// Named tensors in and out, nothing else assumed.
    Tensor,
}

/// Which tokenizer a text model needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenizerKind {
    /// `tokenizers`-crate WordPiece (`tokenizer.json`).
    Wordpiece,
    /// Keras `Tokenizer` word index (converted to `tokenizer.json`).
    Keras,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TokenizerSpec {
    pub kind: TokenizerKind,
    /// File name inside the model directory.
    pub file: String,
    /// Tokens per model input (the window for longer texts).
    pub max_length: usize,
    /// Tokens per window when a long text is screened in overlapping windows (default: `max_length`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<usize>,
    /// File of the hashed n-gram featurizer (IDF table), for wide-and-deep classifiers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ngrams: Option<String>,
}

/// `manifest.json` of a compiled model directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelManifest {
    pub name: String,
    pub version: String,
    pub task: Task,
    /// The compiler (and its version) that wrote `model.onnx`.
    pub compiler: String,
    /// Where the weights came from (a pinned package, a training run).
    pub source: String,
    #[serde(default)]
    pub tokenizer: Option<TokenizerSpec>,
    /// Output labels, in the order of the classification output.
    #[serde(default)]
    pub labels: Vec<String>,
    /// The output holding probabilities (classifiers) or the embedding (encoders).
    pub output: String,
    /// Task-specific details (pooling, calibration, training metrics, ...).
    #[serde(default)]
    pub extra: serde_json::Value,
}

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
    /// Image bytes in, the top labels out.
    ImageClassification,
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
    /// The output holding probabilities (classifiers) or the embedding (encoders); empty for the
    /// model's first output.
    #[serde(default)]
    pub output: String,
    /// How classifier outputs become scores (default: the output already holds probabilities).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postprocess: Option<Postprocess>,
    /// Image preprocessing (image classifiers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImagePreprocess>,
    /// Task-specific details (pooling, calibration, training metrics, ...).
    #[serde(default)]
    pub extra: serde_json::Value,
    /// Set on the precision variants `adscreen compile` writes: what the variant is and how it held
    /// up against FP32.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<PrecisionRecord>,
}

/// The precision of a compiled variant and its accuracy gate against FP32.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrecisionRecord {
    /// `fp32`, `bf16` or `int8`.
    pub precision: String,
    /// The engine's inference precision for the floating-point parts (`fp32` or `bf16`).
    pub engine_precision: String,
    /// Whether the variant passed its gate (only passed variants are served by `--precision auto`).
    pub passed: bool,
    /// The gate's thresholds and the measured figures (see `adscreen compile`).
    pub gate: serde_json::Value,
    /// sha256 of the calibration texts (one per line) the ranges were measured on, and their count.
    pub calibration_sha256: String,
    pub calibration_texts: usize,
    /// Layers the fallback search kept in floating point (at `engine_precision`) instead of INT8.
    #[serde(default)]
    pub kept_in_float: Vec<String>,
    /// Sequences per second measured at compile time (batch 32, the evaluation texts), for choosing the
    /// fastest variant.
    pub sequences_per_second: f64,
}

/// How a classifier's output becomes scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Activation {
    Softmax,
    Sigmoid,
    /// The output already holds probabilities.
    None,
}

/// Postprocessing of classifier outputs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Postprocess {
    pub activation: Activation,
    /// How many labels to return (all when absent).
    #[serde(default)]
    pub top_k: Option<usize>,
}

/// Colour order of the image tensor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelOrder {
    Rgb,
    Bgr,
}

/// Memory layout of the image tensor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    Nchw,
    Nhwc,
}

/// Which preprocessing pipeline an image model uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImagePipeline {
    /// Resize the shorter side, centre-crop, scale, normalise, order channels (the fields below).
    #[default]
    Standard,
    /// The Yahoo open_nsfw pipeline (Pillow resize to 256x256, JPEG round trip, crop 224, BGR minus
    /// mean); the fields below are not used.
    OpenNsfw,
}

/// Image preprocessing: resize the shorter side, centre-crop, scale, normalise, order channels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImagePreprocess {
    #[serde(default)]
    pub pipeline: ImagePipeline,
    /// The model input's name (default: its first input).
    #[serde(default)]
    pub input: Option<String>,
    /// Shorter side after resizing, before the crop.
    pub resize: u32,
    pub crop_width: u32,
    pub crop_height: u32,
    /// Pixel values are multiplied by this first (e.g. 1/255), then normalised.
    #[serde(default = "one")]
    pub scale: f32,
    #[serde(default = "zeros")]
    pub mean: [f32; 3],
    #[serde(default = "ones")]
    pub std: [f32; 3],
    pub channel_order: ChannelOrder,
    pub layout: Layout,
}

fn one() -> f32 {
    1.0
}
fn zeros() -> [f32; 3] {
    [0.0; 3]
}
fn ones() -> [f32; 3] {
    [1.0; 3]
}

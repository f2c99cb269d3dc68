//! The only code that reads model files: safetensors checkpoints, ONNX graphs, tokenizer files and the
//! packages the fetch step unpacks. Everything above this module works on parsed, checked values.

pub mod format;
pub mod package;
pub mod weights;

use std::path::Path;

use crate::{Error, Result};

pub use weights::Weights;

/// Upper bound on a model file read into memory (ONNX graphs, checkpoints): 4 GiB.
pub const MAX_MODEL_FILE_BYTES: u64 = 4 << 30;

/// Reads a whole model file, refusing files over [`MAX_MODEL_FILE_BYTES`].
pub fn read_model_file(path: &Path) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::model_file(path, e))?;
    if meta.len() > MAX_MODEL_FILE_BYTES {
        return Err(Error::model_file(
            path,
            format!("{} bytes is over the limit of {MAX_MODEL_FILE_BYTES}", meta.len()),
        ));
    }
    std::fs::read(path).map_err(|e| Error::model_file(path, e))
}

/// Reads a JSON model file (a `config.json`, a pooling config) into `T`.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let bytes = read_model_file(path)?;
    serde_json::from_slice(&bytes).map_err(|e| Error::model_file(path, e))
}

/// Loads a `tokenizer.json` with the `tokenizers` crate.
pub fn read_tokenizer(path: &Path) -> Result<tokenizers::Tokenizer> {
    let bytes = read_model_file(path)?;
    tokenizers::Tokenizer::from_bytes(&bytes).map_err(|e| Error::model_file(path, e))
}

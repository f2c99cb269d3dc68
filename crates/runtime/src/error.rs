//! The runtime crate's one error type. Every variant says what went wrong in words a user can act on;
//! the server maps variants to HTTP statuses in one place.

use std::path::PathBuf;
use std::time::Duration;

/// Errors raised by the runtime: engines, model files, the compiler, the cache and the batcher.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An engine's shared library could not be found or loaded.
    #[error("{engine} is not available: {reason}")]
    EngineUnavailable { engine: &'static str, reason: String },
    /// The engine rejected a model or failed during inference.
    #[error("{engine}: {message}")]
    Engine { engine: &'static str, message: String },
    /// A model file is missing, malformed or inconsistent.
    #[error("model file {path}: {message}")]
    ModelFile { path: PathBuf, message: String },
    /// The compiler could not turn a checkpoint into a graph.
    #[error("compile: {0}")]
    Compile(String),
    /// The caller's input does not fit the model.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// The tokenizer failed.
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    /// Downloading or unpacking a pinned package failed.
    #[error("{0}")]
    Fetch(String),
    /// No model of that name (or version) is registered.
    #[error("model {0} is not registered")]
    ModelNotFound(String),
    /// The model's queue is full; the caller may retry after the given delay.
    #[error("model {model} is overloaded: its queue of {capacity} requests is full")]
    Overloaded { model: String, capacity: usize, retry_after: Duration },
    /// The request's deadline passed before it could be computed.
    #[error("deadline exceeded before inference")]
    DeadlineExceeded,
    /// The model is being unloaded or the process is shutting down.
    #[error("model {0} is shutting down")]
    ShuttingDown(String),
    /// A worker thread died; the request was not computed.
    #[error("worker of model {0} stopped unexpectedly")]
    WorkerLost(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Shorthand for results with the runtime's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn model_file(path: impl Into<PathBuf>, message: impl std::fmt::Display) -> Self {
        Error::ModelFile { path: path.into(), message: message.to_string() }
    }
}

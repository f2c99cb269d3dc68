//! adscreen's runtime: everything between a model file on disk and a tensor computed on a CPU.
//!
//! - [`fetch`] and [`home`]: the pinned packages, the cache they unpack into, the engine libraries.
//! - [`archive`]: the only code that reads model files.
//! - [`onnx`] and [`compiler`]: graphs written from Rust (the BERT-family compiler).
//! - [`backend`]: the `Backend` trait and its OpenVINO and ONNX Runtime implementations.
//! - [`batcher`] and [`registry`]: dynamic batching on dedicated threads, and `name@version` models.
//! - [`text`]: tokenisation and the text-embedding model built on all of the above.
//!
//! No HTTP and no policy live here.

pub mod archive;
pub mod backend;
pub mod batcher;
pub mod compiler;
pub mod error;
pub mod fetch;
pub mod handler;
pub mod home;
pub mod imaging;
pub mod manifest;
pub mod media;
pub mod ngrams;
pub mod ocr;
pub mod onnx;
pub mod registry;
pub mod tensor;
pub mod testkit;
pub mod text;
pub mod train;

pub use error::{Error, Result};
pub use tensor::{DType, Tensor, TensorData};

//! Model compilers: checkpoints in, ONNX graphs out. One file per architecture.

pub mod bert;

pub use bert::{BertConfig, BertGraphOptions, Pooling};

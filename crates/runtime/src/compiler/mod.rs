//! Model compilers: checkpoints in, ONNX graphs out. One file per architecture.

pub mod bert;
pub mod bilstm;
pub mod convnet;
pub mod head;
pub mod quantize;

pub use bert::{BertConfig, BertGraphOptions, Pooling};
pub use head::{Activation, Dense, MlpHead};

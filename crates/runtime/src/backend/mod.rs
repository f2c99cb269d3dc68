//! The `Backend` trait: one loaded model on one engine, running one batch at a time on the calling
//! (dedicated) thread. Implementations: OpenVINO (the default on CPU) and ONNX Runtime.

mod onnxruntime;
mod openvino;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::home::Home;
use crate::{DType, Error, Result, Tensor};

/// Which inference engine runs a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum EngineKind {
    #[default]
    OpenVino,
    OnnxRuntime,
}

impl EngineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EngineKind::OpenVino => "openvino",
            EngineKind::OnnxRuntime => "onnxruntime",
        }
    }
}

impl fmt::Display for EngineKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EngineKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "openvino" | "ov" => Ok(EngineKind::OpenVino),
            "onnxruntime" | "ort" | "onnx-runtime" => Ok(EngineKind::OnnxRuntime),
            other => {
                Err(Error::InvalidInput(format!("unknown engine {other:?}; use openvino or onnxruntime")))
            }
        }
    }
}

/// Requested numeric precision of inference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// BF16 where the CPU computes it natively (AMX or AVX512-BF16), FP32 elsewhere; for text encoders
    /// the BF16 choice is checked against FP32 at load time (see `registry`).
    #[default]
    Auto,
    Fp32,
    Bf16,
    /// The INT8 variant `adscreen compile` writes (quantized layers in the graph); engines run its
    /// floating-point parts in FP32.
    Int8,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Auto => "auto",
            Precision::Fp32 => "fp32",
            Precision::Bf16 => "bf16",
            Precision::Int8 => "int8",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Precision {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Precision::Auto),
            "fp32" | "f32" => Ok(Precision::Fp32),
            "bf16" => Ok(Precision::Bf16),
            "int8" => Ok(Precision::Int8),
            other => {
                Err(Error::InvalidInput(format!("unknown precision {other:?}; use auto, fp32, bf16 or int8")))
            }
        }
    }
}

/// True when the CPU has native BF16 arithmetic: AMX tiles (Sapphire Rapids and later) or AVX512-BF16
/// dot products (Cooper Lake, Zen 4 and later). Without either, BF16 is emulated and slower than FP32.
pub fn cpu_has_native_bf16() -> bool {
    std::fs::read_to_string("/proc/cpuinfo")
        .map(|s| {
            s.lines().any(|l| {
                l.starts_with("flags") && l.split_whitespace().any(|f| f == "amx_bf16" || f == "avx512_bf16")
            })
        })
        .unwrap_or(false)
}

/// How to load a model on an engine.
#[derive(Clone, Debug)]
pub struct BackendOptions {
    pub engine: EngineKind,
    pub precision: Precision,
    /// Threads each instance may use.
    pub threads: usize,
}

impl Default for BackendOptions {
    fn default() -> Self {
        BackendOptions { engine: EngineKind::OpenVino, precision: Precision::Auto, threads: 1 }
    }
}

/// Name, element type and shape (`None` for a dynamic axis) of a model input or output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TensorSpec {
    pub name: String,
    pub dtype: DType,
    pub shape: Vec<Option<usize>>,
}

/// What a loaded backend is.
#[derive(Clone, Debug, Serialize)]
pub struct BackendInfo {
    pub engine: EngineKind,
    /// The precision inference actually runs at (`fp32` or `bf16`).
    pub precision: Precision,
    pub threads: usize,
    pub inputs: Vec<TensorSpec>,
    pub outputs: Vec<TensorSpec>,
}

/// One model instance on one engine. `run` is called from a dedicated OS thread, never from an async
/// runtime's workers.
pub trait Backend: Send {
    fn info(&self) -> &BackendInfo;

    /// Runs one batch. Inputs are matched by name; outputs come back in the model's output order.
    fn run(&mut self, inputs: &[(&str, &Tensor)]) -> Result<Vec<(String, Tensor)>>;
}

/// The version of an engine's library, loading it if needed.
pub fn engine_version(home: &Home, engine: EngineKind) -> Result<String> {
    match engine {
        EngineKind::OpenVino => openvino::version(home),
        EngineKind::OnnxRuntime => onnxruntime::version(home),
    }
}

/// Loads `instances` independent instances of an ONNX model on the chosen engine.
pub fn load(
    home: &Home,
    onnx: &[u8],
    opts: &BackendOptions,
    instances: usize,
) -> Result<Vec<Box<dyn Backend>>> {
    let instances = instances.max(1);
    match opts.engine {
        EngineKind::OpenVino => openvino::load(home, onnx, opts, instances),
        EngineKind::OnnxRuntime => onnxruntime::load(home, onnx, opts, instances),
    }
}

/// Checks that a batch names every model input exactly once with the right element type.
fn check_inputs(info: &BackendInfo, inputs: &[(&str, &Tensor)]) -> Result<()> {
    for spec in &info.inputs {
        let Some((_, t)) = inputs.iter().find(|(n, _)| *n == spec.name) else {
            return Err(Error::InvalidInput(format!("missing input {}", spec.name)));
        };
        if t.dtype() != spec.dtype {
            return Err(Error::InvalidInput(format!(
                "input {} must be {:?}, got {:?}",
                spec.name,
                spec.dtype,
                t.dtype()
            )));
        }
        if t.shape().len() != spec.shape.len() {
            return Err(Error::InvalidInput(format!(
                "input {} must have rank {}, got shape {:?}",
                spec.name,
                spec.shape.len(),
                t.shape()
            )));
        }
        for (axis, (want, got)) in spec.shape.iter().zip(t.shape()).enumerate() {
            if let Some(w) = want
                && w != got
            {
                return Err(Error::InvalidInput(format!(
                    "input {} axis {axis} must be {w}, got {got}",
                    spec.name
                )));
            }
        }
    }
    if let Some((name, _)) = inputs.iter().find(|(n, _)| !info.inputs.iter().any(|s| s.name == *n)) {
        return Err(Error::InvalidInput(format!("the model has no input named {name}")));
    }
    Ok(())
}

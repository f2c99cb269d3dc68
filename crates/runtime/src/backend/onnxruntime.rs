//! ONNX Runtime through `ort`, with `libonnxruntime.so` loaded at run time from the cache (or
//! `$ORT_DYLIB_PATH`). Each instance is its own session with its own intra-op thread pool.

use std::sync::OnceLock;

use ort::session::Session;
use ort::session::builder::GraphOptimizationLevel;
use ort::value::{DynValue, TensorElementType, ValueType};

use super::{Backend, BackendInfo, BackendOptions, EngineKind, Precision, TensorSpec, check_inputs};
use crate::home::Home;
use crate::tensor::TensorData;
use crate::{DType, Error, Result, Tensor};

const ENGINE: &str = "ONNX Runtime";

fn err(e: impl std::fmt::Display) -> Error {
    Error::Engine { engine: ENGINE, message: e.to_string() }
}

static ENV: OnceLock<std::result::Result<ort::environment::Environment, String>> = OnceLock::new();

fn environment(home: &Home) -> Result<&'static ort::environment::Environment> {
    ENV.get_or_init(|| {
        let lib = home.onnxruntime_library().map_err(|e| e.to_string())?;
        let builder = ort::init_from(&lib).map_err(|e| format!("loading {}: {e}", lib.display()))?;
        builder.with_name("adscreen").build().map_err(|e| format!("creating the environment: {e}"))
    })
    .as_ref()
    .map_err(|reason| Error::EngineUnavailable { engine: ENGINE, reason: reason.clone() })
}

/// The ONNX Runtime version, loading the library if needed.
pub fn version(home: &Home) -> Result<String> {
    environment(home)?;
    Ok(ort::info().to_string())
}

struct OrtBackend {
    session: Session,
    info: BackendInfo,
}

pub(super) fn load(
    home: &Home,
    onnx: &[u8],
    opts: &BackendOptions,
    instances: usize,
) -> Result<Vec<Box<dyn Backend>>> {
    if opts.precision == Precision::Bf16 {
        return Err(Error::InvalidInput(
            "ONNX Runtime runs this model in FP32 only; use --engine openvino for BF16".into(),
        ));
    }
    let env = environment(home)?;
    let threads = opts.threads.max(1);
    (0..instances)
        .map(|_| {
            let session = Session::builder(env)
                .map_err(err)?
                .with_optimization_level(GraphOptimizationLevel::All)
                .map_err(err)?
                .with_intra_threads(threads)
                .map_err(err)?
                .with_inter_threads(1)
                .map_err(err)?
                .commit_from_memory(onnx)
                .map_err(err)?;
            let inputs = session.inputs().iter().map(|o| spec(o.name(), o.dtype())).collect::<Result<_>>()?;
            let outputs =
                session.outputs().iter().map(|o| spec(o.name(), o.dtype())).collect::<Result<_>>()?;
            let info = BackendInfo {
                engine: EngineKind::OnnxRuntime,
                precision: Precision::Fp32,
                threads,
                inputs,
                outputs,
            };
            Ok(Box::new(OrtBackend { session, info }) as Box<dyn Backend>)
        })
        .collect()
}

fn spec(name: &str, ty: &ValueType) -> Result<TensorSpec> {
    let ValueType::Tensor { ty, shape, .. } = ty else {
        return Err(err(format!("{name} is not a tensor")));
    };
    Ok(TensorSpec {
        name: name.to_string(),
        dtype: from_ort(*ty)?,
        shape: shape.iter().map(|&d| (d >= 0).then_some(d as usize)).collect(),
    })
}

fn from_ort(t: TensorElementType) -> Result<DType> {
    Ok(match t {
        TensorElementType::Float32 => DType::F32,
        TensorElementType::Int64 => DType::I64,
        TensorElementType::Int32 => DType::I32,
        TensorElementType::Uint8 => DType::U8,
        TensorElementType::Int8 => DType::I8,
        other => return Err(err(format!("unsupported element type {other}"))),
    })
}

fn to_value(t: &Tensor) -> Result<DynValue> {
    let shape: Vec<i64> = t.shape().iter().map(|&d| d as i64).collect();
    let v = match t.data() {
        TensorData::F32(v) => ort::value::Tensor::from_array((shape, v.clone())).map_err(err)?.into_dyn(),
        TensorData::I64(v) => ort::value::Tensor::from_array((shape, v.clone())).map_err(err)?.into_dyn(),
        TensorData::I32(v) => ort::value::Tensor::from_array((shape, v.clone())).map_err(err)?.into_dyn(),
        TensorData::U8(v) => ort::value::Tensor::from_array((shape, v.clone())).map_err(err)?.into_dyn(),
        TensorData::I8(v) => ort::value::Tensor::from_array((shape, v.clone())).map_err(err)?.into_dyn(),
    };
    Ok(v)
}

fn from_value(v: &DynValue, dtype: DType) -> Result<Tensor> {
    macro_rules! extract {
        ($t:ty, $variant:ident) => {{
            let (shape, data) = v.try_extract_tensor::<$t>().map_err(err)?;
            let shape = shape.iter().map(|&d| d as usize).collect();
            Tensor::new(shape, TensorData::$variant(data.to_vec()))
        }};
    }
    match dtype {
        DType::F32 => extract!(f32, F32),
        DType::I64 => extract!(i64, I64),
        DType::I32 => extract!(i32, I32),
        DType::U8 => extract!(u8, U8),
        DType::I8 => extract!(i8, I8),
    }
}

impl Backend for OrtBackend {
    fn info(&self) -> &BackendInfo {
        &self.info
    }

    fn run(&mut self, inputs: &[(&str, &Tensor)]) -> Result<Vec<(String, Tensor)>> {
        check_inputs(&self.info, inputs)?;
        let values: Vec<(String, DynValue)> =
            inputs.iter().map(|(n, t)| Ok((n.to_string(), to_value(t)?))).collect::<Result<_>>()?;
        let outputs = self.session.run(values).map_err(err)?;
        self.info
            .outputs
            .iter()
            .map(|spec| {
                let v = outputs.get(&spec.name).ok_or_else(|| err(format!("no output {}", spec.name)))?;
                Ok((spec.name.clone(), from_value(v, spec.dtype)?))
            })
            .collect()
    }
}

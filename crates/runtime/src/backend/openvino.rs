//! OpenVINO through the `openvino` crate, with the C library loaded at run time from the cache (or
//! `$OPENVINO_LIB_DIR`). One compiled model serves all instances: each instance is an infer request on
//! its own CPU stream.

use std::sync::{Arc, Mutex, OnceLock};

use openvino::{Core, DeviceType, ElementType, InferRequest, PropertyKey, RwPropertyKey, Shape};

use super::{Backend, BackendInfo, BackendOptions, EngineKind, Precision, TensorSpec, check_inputs};
use crate::home::Home;
use crate::tensor::TensorData;
use crate::{DType, Error, Result, Tensor};

const ENGINE: &str = "OpenVINO";

fn err(e: impl std::fmt::Display) -> Error {
    Error::Engine { engine: ENGINE, message: e.to_string() }
}

static CORE: OnceLock<std::result::Result<Mutex<Core>, String>> = OnceLock::new();

fn core(home: &Home) -> Result<&'static Mutex<Core>> {
    CORE.get_or_init(|| {
        let lib = home.openvino_library().map_err(|e| e.to_string())?;
        openvino_sys::library::load_from(&lib).map_err(|e| format!("loading {}: {e}", lib.display()))?;
        Core::new().map(Mutex::new).map_err(|e| format!("creating the core: {e}"))
    })
    .as_ref()
    .map_err(|reason| Error::EngineUnavailable { engine: ENGINE, reason: reason.clone() })
}

/// The OpenVINO version string, loading the library if needed.
pub fn version(home: &Home) -> Result<String> {
    let core = core(home)?.lock().map_err(|_| err("core lock poisoned"))?;
    let versions = core.versions("CPU").map_err(err)?;
    Ok(versions.first().map(|(_, v)| v.build_number.clone()).unwrap_or_default())
}

/// Keeps the compiled model alive for as long as any of its infer requests.
struct Shared {
    _compiled: Mutex<openvino::CompiledModel>,
}

struct OpenVinoBackend {
    request: InferRequest,
    info: BackendInfo,
    _shared: Arc<Shared>,
}

pub(super) fn load(
    home: &Home,
    onnx: &[u8],
    opts: &BackendOptions,
    instances: usize,
) -> Result<Vec<Box<dyn Backend>>> {
    let precision = match opts.precision {
        Precision::Auto if super::cpu_has_native_bf16() => Precision::Bf16,
        Precision::Auto => Precision::Fp32,
        p => p,
    };
    let threads = opts.threads.max(1);
    let mut core = core(home)?.lock().map_err(|_| err("core lock poisoned"))?;
    let model = core.read_model_from_buffer(onnx, None).map_err(err)?;
    let cpu = DeviceType::CPU;
    let hint = if precision == Precision::Bf16 { "bf16" } else { "f32" };
    let total_threads = (threads * instances).to_string();
    let streams = instances.to_string();
    core.set_property(&cpu, &RwPropertyKey::HintInferencePrecision, hint).map_err(err)?;
    core.set_property(&cpu, &RwPropertyKey::InferenceNumThreads, &total_threads).map_err(err)?;
    core.set_property(&cpu, &RwPropertyKey::NumStreams, &streams).map_err(err)?;
    let mut compiled = core.compile_model(&model, cpu).map_err(err)?;
    drop(core);
    let actual = compiled
        .get_property(&PropertyKey::Rw(RwPropertyKey::HintInferencePrecision))
        .map(|p| p.to_string())
        .unwrap_or_default();
    let precision = if actual.contains("bf16") { Precision::Bf16 } else { Precision::Fp32 };
    let inputs = specs(&compiled, true)?;
    let outputs = specs(&compiled, false)?;
    let mut requests = Vec::with_capacity(instances);
    for _ in 0..instances {
        requests.push(compiled.create_infer_request().map_err(err)?);
    }
    let shared = Arc::new(Shared { _compiled: Mutex::new(compiled) });
    let info = BackendInfo { engine: EngineKind::OpenVino, precision, threads, inputs, outputs };
    Ok(requests
        .into_iter()
        .map(|request| {
            Box::new(OpenVinoBackend { request, info: info.clone(), _shared: shared.clone() })
                as Box<dyn Backend>
        })
        .collect())
}

fn specs(compiled: &openvino::CompiledModel, inputs: bool) -> Result<Vec<TensorSpec>> {
    let n = if inputs { compiled.get_input_size() } else { compiled.get_output_size() }.map_err(err)?;
    (0..n)
        .map(|i| {
            let node = if inputs { compiled.get_input_by_index(i) } else { compiled.get_output_by_index(i) }
                .map_err(err)?;
            let name = node.get_name().map_err(err)?;
            let dtype = from_ov(node.get_element_type().map_err(err)?)?;
            let shape = node
                .get_partial_shape()
                .map_err(err)?
                .get_dimensions()
                .iter()
                .map(|d| (!d.is_dynamic()).then(|| d.get_min() as usize))
                .collect();
            Ok(TensorSpec { name, dtype, shape })
        })
        .collect()
}

fn from_ov(t: ElementType) -> Result<DType> {
    Ok(match t {
        ElementType::F32 => DType::F32,
        ElementType::I64 => DType::I64,
        ElementType::I32 => DType::I32,
        ElementType::U8 => DType::U8,
        ElementType::I8 => DType::I8,
        other => return Err(err(format!("unsupported element type {other:?}"))),
    })
}

fn to_ov(t: DType) -> ElementType {
    match t {
        DType::F32 => ElementType::F32,
        DType::I64 => ElementType::I64,
        DType::I32 => ElementType::I32,
        DType::U8 => ElementType::U8,
        DType::I8 => ElementType::I8,
    }
}

impl Backend for OpenVinoBackend {
    fn info(&self) -> &BackendInfo {
        &self.info
    }

    fn run(&mut self, inputs: &[(&str, &Tensor)]) -> Result<Vec<(String, Tensor)>> {
        check_inputs(&self.info, inputs)?;
        for (name, tensor) in inputs {
            let dims: Vec<i64> = tensor.shape().iter().map(|&d| d as i64).collect();
            let shape = Shape::new(&dims).map_err(err)?;
            let mut ov = openvino::Tensor::new(to_ov(tensor.dtype()), &shape).map_err(err)?;
            let dst = ov.get_raw_data_mut().map_err(err)?;
            write_bytes(tensor.data(), dst);
            self.request.set_tensor(name, &ov).map_err(err)?;
        }
        self.request.infer().map_err(err)?;
        let mut outputs = Vec::with_capacity(self.info.outputs.len());
        for spec in &self.info.outputs {
            let ov = self.request.get_tensor(&spec.name).map_err(err)?;
            let shape: Vec<usize> =
                ov.get_shape().map_err(err)?.get_dimensions().iter().map(|&d| d as usize).collect();
            let raw = ov.get_raw_data().map_err(err)?;
            let data = read_bytes(from_ov(ov.get_element_type().map_err(err)?)?, raw);
            outputs.push((spec.name.clone(), Tensor::new(shape, data)?));
        }
        Ok(outputs)
    }
}

/// Copies tensor elements into an engine buffer as native-endian bytes.
fn write_bytes(data: &TensorData, dst: &mut [u8]) {
    match data {
        TensorData::F32(v) => copy_into(v.iter().map(|x| x.to_ne_bytes()), dst),
        TensorData::I64(v) => copy_into(v.iter().map(|x| x.to_ne_bytes()), dst),
        TensorData::I32(v) => copy_into(v.iter().map(|x| x.to_ne_bytes()), dst),
        TensorData::U8(v) => dst.copy_from_slice(v),
        TensorData::I8(v) => copy_into(v.iter().map(|x| x.to_ne_bytes()), dst),
    }
}

fn copy_into<const N: usize>(items: impl Iterator<Item = [u8; N]>, dst: &mut [u8]) {
    for (chunk, bytes) in dst.chunks_exact_mut(N).zip(items) {
        chunk.copy_from_slice(&bytes);
    }
}

/// Reads native-endian engine bytes into tensor elements.
fn read_bytes(dtype: DType, raw: &[u8]) -> TensorData {
    match dtype {
        DType::F32 => TensorData::F32(
            raw.chunks_exact(4).map(|c| f32::from_ne_bytes([c[0], c[1], c[2], c[3]])).collect(),
        ),
        DType::I32 => TensorData::I32(
            raw.chunks_exact(4).map(|c| i32::from_ne_bytes([c[0], c[1], c[2], c[3]])).collect(),
        ),
        DType::I64 => TensorData::I64(
            raw.chunks_exact(8)
                .map(|c| i64::from_ne_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect(),
        ),
        DType::U8 => TensorData::U8(raw.to_vec()),
        DType::I8 => TensorData::I8(raw.iter().map(|&b| b as i8).collect()),
    }
}

//! The KServe Open Inference Protocol v2 (REST): server and model metadata, liveness and readiness,
//! and inference with JSON tensors (row-major `data`, flat or nested) or Triton's binary tensor data
//! extension (`Inference-Header-Content-Length`), which the official `tritonclient` uses by default.
//! Text models take a `BYTES` input of strings; tensor models take their ONNX inputs directly.

use std::time::Instant;

use adscreen_runtime::handler::{Request as HandlerRequest, Response as HandlerResponse, activate};
use adscreen_runtime::manifest::{Activation, Task};
use adscreen_runtime::registry::LoadedModel;
use adscreen_runtime::{DType, Tensor, TensorData};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{ApiError, AppState, ModelRef, read_body, recorded};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v2", get(server_metadata))
        .route("/v2/health/live", get(live))
        .route("/v2/health/ready", get(ready))
        .route("/v2/models/{model}", get(metadata))
        .route("/v2/models/{model}/versions/{version}", get(metadata))
        .route("/v2/models/{model}/ready", get(model_ready))
        .route("/v2/models/{model}/versions/{version}/ready", get(model_ready))
        .route("/v2/models/{model}/infer", post(infer))
        .route("/v2/models/{model}/versions/{version}/infer", post(infer))
}

/// The header of the binary tensor data extension.
const HEADER_LENGTH: &str = "inference-header-content-length";

async fn server_metadata() -> Json<Value> {
    Json(serde_json::json!({
        "name": "adscreen",
        "version": env!("CARGO_PKG_VERSION"),
        "extensions": ["binary_tensor_data", "model_repository"],
    }))
}

async fn live() -> Json<Value> {
    Json(serde_json::json!({"live": true}))
}

async fn ready(State(state): State<AppState>) -> Response {
    let ready = !state.registry.all().is_empty();
    let status = if ready { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(serde_json::json!({"ready": ready}))).into_response()
}

#[derive(Serialize)]
struct TensorMetadata {
    name: String,
    datatype: &'static str,
    shape: Vec<i64>,
}

fn platform(m: &LoadedModel) -> &'static str {
    match m.backend.engine {
        adscreen_runtime::backend::EngineKind::OpenVino => "openvino",
        adscreen_runtime::backend::EngineKind::OnnxRuntime => "onnxruntime_onnx",
    }
}

/// What a client sends and gets: text models are fed strings; others their ONNX tensors.
fn interface(m: &LoadedModel) -> (Vec<TensorMetadata>, Vec<TensorMetadata>) {
    let dims = |s: &[Option<usize>]| s.iter().map(|d| d.map(|v| v as i64).unwrap_or(-1)).collect::<Vec<_>>();
    match m.task {
        Task::TextClassification | Task::TextEmbedding | Task::ImageClassification => {
            let input = if m.task == Task::ImageClassification { "image" } else { "text" };
            let width = m
                .backend
                .outputs
                .iter()
                .find(|o| o.name == m.main_output())
                .and_then(|o| o.shape.last().copied().flatten());
            (
                vec![TensorMetadata { name: input.into(), datatype: "BYTES", shape: vec![-1] }],
                vec![TensorMetadata {
                    name: m.main_output().to_string(),
                    datatype: "FP32",
                    shape: vec![-1, width.map(|w| w as i64).unwrap_or(-1)],
                }],
            )
        }
        Task::Tensor => (
            m.backend
                .inputs
                .iter()
                .map(|s| TensorMetadata {
                    name: s.name.clone(),
                    datatype: s.dtype.kserve_name(),
                    shape: dims(&s.shape),
                })
                .collect(),
            m.backend
                .outputs
                .iter()
                .map(|s| TensorMetadata {
                    name: s.name.clone(),
                    datatype: s.dtype.kserve_name(),
                    shape: dims(&s.shape),
                })
                .collect(),
        ),
    }
}

async fn metadata(
    State(state): State<AppState>,
    Path(ModelRef { model, version }): Path<ModelRef>,
) -> Result<Json<Value>, ApiError> {
    let m = state.registry.get(&model, version.as_deref())?;
    let versions =
        state.registry.list().into_iter().find(|s| s.name == m.name).map(|s| s.versions).unwrap_or_default();
    let (inputs, outputs) = interface(&m);
    Ok(Json(serde_json::json!({
        "name": m.name,
        "versions": versions,
        "platform": platform(&m),
        "inputs": inputs,
        "outputs": outputs,
    })))
}

async fn model_ready(
    State(state): State<AppState>,
    Path(ModelRef { model, version }): Path<ModelRef>,
) -> Result<Json<Value>, ApiError> {
    let m = state.registry.get(&model, version.as_deref())?;
    Ok(Json(serde_json::json!({"name": m.name, "version": m.version, "ready": true})))
}

#[derive(Deserialize)]
struct InferRequest {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    parameters: Map<String, Value>,
    inputs: Vec<RequestInput>,
    #[serde(default)]
    outputs: Option<Vec<RequestOutput>>,
}

#[derive(Deserialize)]
struct RequestInput {
    name: String,
    shape: Vec<i64>,
    datatype: String,
    #[serde(default)]
    parameters: Map<String, Value>,
    #[serde(default)]
    data: Option<Value>,
}

#[derive(Deserialize)]
struct RequestOutput {
    name: String,
    #[serde(default)]
    parameters: Map<String, Value>,
}

/// A decoded input: a numeric tensor or a list of byte strings.
enum Input {
    Tensor(Tensor),
    Bytes(Vec<Vec<u8>>),
}

fn flatten(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| flatten(i, out)),
        other => out.push(other.clone()),
    }
}

fn shape_of(input: &RequestInput) -> Result<Vec<usize>, ApiError> {
    input
        .shape
        .iter()
        .map(|&d| {
            usize::try_from(d)
                .map_err(|_| ApiError::bad_request(format!("input {}: negative dimension {d}", input.name)))
        })
        .collect()
}

/// Decodes one input from JSON data or from the binary section.
fn decode_input(input: &RequestInput, binary: &mut &[u8]) -> Result<Input, ApiError> {
    let shape = shape_of(input)?;
    let count: usize = shape.iter().product();
    let bad = |m: String| ApiError::bad_request(format!("input {}: {m}", input.name));
    if let Some(size) = input.parameters.get("binary_data_size").and_then(Value::as_u64) {
        let size = size as usize;
        if size > binary.len() {
            return Err(bad(format!("binary_data_size {size} is past the end of the body")));
        }
        let (bytes, rest) = binary.split_at(size);
        *binary = rest;
        if input.datatype == "BYTES" {
            let mut items = Vec::new();
            let mut b = bytes;
            while b.len() >= 4 {
                let n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
                if 4 + n > b.len() {
                    return Err(bad("a BYTES element runs past its data".into()));
                }
                items.push(b[4..4 + n].to_vec());
                b = &b[4 + n..];
            }
            if items.len() != count {
                return Err(bad(format!(
                    "shape {:?} needs {count} elements, the data has {}",
                    input.shape,
                    items.len()
                )));
            }
            return Ok(Input::Bytes(items));
        }
        let dtype = dtype_of(&input.datatype)
            .ok_or_else(|| bad(format!("datatype {} is not supported", input.datatype)))?;
        if bytes.len() != count * dtype.size() {
            return Err(bad(format!(
                "{} bytes do not hold {count} {} elements",
                bytes.len(),
                input.datatype
            )));
        }
        let data = match dtype {
            DType::F32 => TensorData::F32(
                bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
            ),
            DType::I32 => TensorData::I32(
                bytes.chunks_exact(4).map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
            ),
            DType::I64 => TensorData::I64(
                bytes
                    .chunks_exact(8)
                    .map(|c| i64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                    .collect(),
            ),
            DType::U8 => TensorData::U8(bytes.to_vec()),
            DType::I8 => TensorData::I8(bytes.iter().map(|&b| b as i8).collect()),
        };
        return Tensor::new(shape, data).map(Input::Tensor).map_err(|e| bad(e.to_string()));
    }
    let mut flat = Vec::new();
    flatten(input.data.as_ref().ok_or_else(|| bad("no `data` and no binary_data_size".into()))?, &mut flat);
    if flat.len() != count {
        return Err(bad(format!(
            "shape {:?} needs {count} elements, `data` has {}",
            input.shape,
            flat.len()
        )));
    }
    if input.datatype == "BYTES" {
        let items = flat
            .into_iter()
            .map(|v| {
                v.as_str()
                    .map(|s| s.as_bytes().to_vec())
                    .ok_or_else(|| bad("BYTES elements must be strings".into()))
            })
            .collect::<Result<_, _>>()?;
        return Ok(Input::Bytes(items));
    }
    let dtype = dtype_of(&input.datatype)
        .ok_or_else(|| bad(format!("datatype {} is not supported", input.datatype)))?;
    let number = |v: &Value| v.as_f64().ok_or_else(|| bad(format!("element {v} is not a number")));
    let data = match dtype {
        DType::F32 => {
            TensorData::F32(flat.iter().map(|v| number(v).map(|x| x as f32)).collect::<Result<_, _>>()?)
        }
        DType::I64 => {
            TensorData::I64(flat.iter().map(|v| number(v).map(|x| x as i64)).collect::<Result<_, _>>()?)
        }
        DType::I32 => {
            TensorData::I32(flat.iter().map(|v| number(v).map(|x| x as i32)).collect::<Result<_, _>>()?)
        }
        DType::U8 => {
            TensorData::U8(flat.iter().map(|v| number(v).map(|x| x as u8)).collect::<Result<_, _>>()?)
        }
        DType::I8 => {
            TensorData::I8(flat.iter().map(|v| number(v).map(|x| x as i8)).collect::<Result<_, _>>()?)
        }
    };
    Tensor::new(shape, data).map(Input::Tensor).map_err(|e| bad(e.to_string()))
}

fn dtype_of(name: &str) -> Option<DType> {
    Some(match name {
        "FP32" => DType::F32,
        "INT64" => DType::I64,
        "INT32" => DType::I32,
        "UINT8" => DType::U8,
        "INT8" => DType::I8,
        _ => return None,
    })
}

fn json_data(t: &Tensor) -> Value {
    match t.data() {
        TensorData::F32(v) => Value::from(v.iter().map(|x| *x as f64).collect::<Vec<_>>()),
        TensorData::I64(v) => Value::from(v.clone()),
        TensorData::I32(v) => Value::from(v.clone()),
        TensorData::U8(v) => Value::from(v.clone()),
        TensorData::I8(v) => Value::from(v.iter().map(|x| *x as i64).collect::<Vec<_>>()),
    }
}

fn binary_data(t: &Tensor) -> Vec<u8> {
    match t.data() {
        TensorData::F32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        TensorData::I64(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        TensorData::I32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        TensorData::U8(v) => v.clone(),
        TensorData::I8(v) => v.iter().map(|x| *x as u8).collect(),
    }
}

/// Runs the text or image handler on each element and stacks the main output.
async fn infer_items(
    state: &AppState,
    m: &LoadedModel,
    items: Vec<Vec<u8>>,
    deadline: Instant,
) -> Result<Tensor, ApiError> {
    let n = items.len();
    let mut rows: Vec<f32> = Vec::new();
    let mut width = 0;
    let requests = items
        .into_iter()
        .map(|b| match m.task {
            Task::ImageClassification => Ok(HandlerRequest::Image(b)),
            _ => String::from_utf8(b)
                .map(HandlerRequest::Text)
                .map_err(|_| ApiError::bad_request("BYTES elements must be UTF-8 text for this model")),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let activation = m
        .manifest
        .as_ref()
        .and_then(|x| x.postprocess.as_ref())
        .map(|p| p.activation)
        .unwrap_or(Activation::None);
    let futures: Vec<_> = requests
        .into_iter()
        .map(|r| async move {
            match (m.task, r) {
                (Task::TextEmbedding, HandlerRequest::Text(t)) => {
                    Ok::<Vec<f32>, ApiError>(m.infer_texts(&[t.as_str()], Some(deadline)).await?.remove(0))
                }
                (Task::TextClassification, HandlerRequest::Text(t)) => {
                    let raw = m.infer_texts(&[t.as_str()], Some(deadline)).await?.remove(0);
                    Ok(activate(&raw, activation))
                }
                (_, r) => match m.handle(r, &state.limits.images, Some(deadline)).await? {
                    HandlerResponse::Labels(mut l) => {
                        // Back to label order for a tensor answer.
                        l.sort_by_key(|x| {
                            m.labels().iter().position(|y| *y == x.label).unwrap_or(usize::MAX)
                        });
                        Ok(l.into_iter().map(|x| x.score).collect())
                    }
                    HandlerResponse::Embedding(e) => Ok(e),
                    HandlerResponse::Tensors(_) => Err(ApiError::bad_request("unexpected tensors")),
                },
            }
        })
        .collect();
    for f in futures {
        let row = f.await?;
        width = row.len();
        rows.extend(row);
    }
    Tensor::f32(vec![n, width], rows).map_err(|e| ApiError::bad_request(e.to_string()))
}

async fn infer(
    State(state): State<AppState>,
    Path(ModelRef { model, version }): Path<ModelRef>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let started = Instant::now();
    let mut label_version = version.clone().unwrap_or_default();
    let result = async {
        let m = state.registry.get(&model, version.as_deref())?;
        label_version = m.version.clone();
        let body = read_body(body, state.limits.max_body_bytes).await?;
        let header_len = headers
            .get(HEADER_LENGTH)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.parse::<usize>().map_err(|_| ApiError::bad_request(format!("invalid {HEADER_LENGTH}")))
            })
            .transpose()?;
        let (json, mut binary): (&[u8], &[u8]) = match header_len {
            Some(n) if n <= body.len() => body.split_at(n),
            Some(n) => {
                return Err(ApiError::bad_request(format!(
                    "{HEADER_LENGTH} {n} is past the end of the body"
                )));
            }
            None => (&body[..], &[][..]),
        };
        let req: InferRequest = serde_json::from_slice(json)
            .map_err(|e| ApiError::bad_request(format!("invalid inference request: {e}")))?;
        if req.inputs.is_empty() {
            return Err(ApiError::bad_request("`inputs` is empty"));
        }
        let deadline = Instant::now() + state.limits.request_timeout;
        let mut decoded = Vec::with_capacity(req.inputs.len());
        for input in &req.inputs {
            decoded.push((input.name.clone(), decode_input(input, &mut binary)?));
        }
        let outputs: Vec<(String, Tensor)> = match m.task {
            Task::Tensor => {
                let mut tensors = Vec::new();
                for (name, input) in decoded {
                    match input {
                        Input::Tensor(t) => tensors.push((name, t)),
                        Input::Bytes(_) => {
                            return Err(ApiError::bad_request(format!(
                                "input {name}: BYTES is not a tensor type"
                            )));
                        }
                    }
                }
                m.submit(tensors, Some(deadline))?.wait().await?.0
            }
            _ => {
                let [(_, Input::Bytes(items))] = <[(String, Input); 1]>::try_from(decoded).map_err(|_| {
                    ApiError::bad_request("this model takes exactly one BYTES input (its texts or images)")
                })?
                else {
                    return Err(ApiError::bad_request("this model takes one BYTES input of texts or images"));
                };
                vec![(m.main_output().to_string(), infer_items(&state, &m, items, deadline).await?)]
            }
        };
        let all_binary = req.parameters.get("binary_data_output").and_then(Value::as_bool).unwrap_or(false);
        let wanted: Vec<(String, bool)> = match &req.outputs {
            Some(list) => list
                .iter()
                .map(|o| {
                    (
                        o.name.clone(),
                        o.parameters.get("binary_data").and_then(Value::as_bool).unwrap_or(all_binary),
                    )
                })
                .collect(),
            None => outputs.iter().map(|(n, _)| (n.clone(), all_binary)).collect(),
        };
        let mut json_outputs = Vec::new();
        let mut blob = Vec::new();
        for (name, binary_out) in &wanted {
            let (_, t) = outputs
                .iter()
                .find(|(n, _)| n == name)
                .ok_or_else(|| ApiError::bad_request(format!("the model has no output {name}")))?;
            let mut out =
                serde_json::json!({"name": name, "shape": t.shape(), "datatype": t.dtype().kserve_name()});
            if *binary_out {
                let bytes = binary_data(t);
                out["parameters"] = serde_json::json!({"binary_data_size": bytes.len()});
                blob.extend(bytes);
            } else {
                out["data"] = json_data(t);
            }
            json_outputs.push(out);
        }
        let mut response =
            serde_json::json!({"model_name": m.name, "model_version": m.version, "outputs": json_outputs});
        if let Some(id) = &req.id {
            response["id"] = Value::from(id.clone());
        }
        let json = serde_json::to_vec(&response).map_err(|e| ApiError::bad_request(e.to_string()))?;
        if blob.is_empty() {
            return Ok((StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], json).into_response());
        }
        let len = json.len();
        let mut body = json;
        body.extend(blob);
        let mut r =
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/octet-stream")], body).into_response();
        if let Ok(v) = HeaderValue::from_str(&len.to_string()) {
            r.headers_mut().insert(HEADER_LENGTH, v);
        }
        Ok::<_, ApiError>(r)
    }
    .await;
    recorded("kserve", &model, &label_version, started, result)
}

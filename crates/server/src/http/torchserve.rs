//! The TorchServe-compatible inference API: `GET /ping`, `POST /predictions/{model}[/{version}]` (raw
//! text or image bytes, or JSON), `POST /explanations/{model}[/{version}]` (word occlusion for text
//! classifiers) and `OPTIONS /` (an OpenAPI description of the inference API).

use std::time::Instant;

use adscreen_runtime::handler::{Request as HandlerRequest, Response as HandlerResponse};
use adscreen_runtime::manifest::Task;
use adscreen_runtime::registry::LoadedModel;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, options, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{ApiError, AppState, ModelRef, read_body, recorded};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/ping", get(ping))
        .route("/", options(openapi))
        .route("/predictions/{model}", post(predict))
        .route("/predictions/{model}/{version}", post(predict))
        .route("/explanations/{model}", post(explain))
        .route("/explanations/{model}/{version}", post(explain))
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
}

async fn ping() -> Json<Health> {
    Json(Health { status: "Healthy" })
}

/// Reads a prediction body as the model's handler expects it: image bytes for image classifiers,
/// otherwise text (raw UTF-8, or a JSON string, or a JSON object with `data`, `text`, `input` or `body`).
fn handler_input(model: &LoadedModel, headers: &HeaderMap, body: &[u8]) -> Result<HandlerRequest, ApiError> {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if model.task == Task::ImageClassification {
        return Ok(HandlerRequest::Image(body.to_vec()));
    }
    if body.is_empty() {
        return Err(ApiError::bad_request("the request body is empty: send the text to classify"));
    }
    let text = if content_type.starts_with("application/json") {
        let v: Value = serde_json::from_slice(body)
            .map_err(|e| ApiError::bad_request(format!("invalid JSON body: {e}")))?;
        match v {
            Value::String(s) => s,
            Value::Object(o) => ["data", "text", "input", "body"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str).map(str::to_string))
                .ok_or_else(|| {
                    ApiError::bad_request("the JSON body needs a string field `data` (or `text`)")
                })?,
            _ => {
                return Err(ApiError::bad_request("the JSON body must be a string or an object with `data`"));
            }
        }
    } else {
        String::from_utf8(body.to_vec())
            .map_err(|e| ApiError::bad_request(format!("the body is not UTF-8 text: {e}")))?
    };
    Ok(HandlerRequest::Text(text))
}

fn answer(response: HandlerResponse) -> Response {
    match response {
        HandlerResponse::Labels(labels) => {
            let mut map = Map::new();
            for l in labels {
                map.insert(l.label, Value::from(l.score as f64));
            }
            Json(Value::Object(map)).into_response()
        }
        HandlerResponse::Embedding(e) => Json(e).into_response(),
        HandlerResponse::Tensors(t) => {
            let v: Map<String, Value> = t
                .into_iter()
                .map(|(n, t)| {
                    (n, serde_json::json!({"shape": t.shape(), "data": t.as_f32().map(|d| d.to_vec())}))
                })
                .collect();
            Json(Value::Object(v)).into_response()
        }
    }
}

async fn predict(
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
        let input = handler_input(&m, &headers, &body)?;
        let deadline = Instant::now() + state.limits.request_timeout;
        let out = m.handle(input, &state.limits.images, Some(deadline)).await?;
        Ok::<_, ApiError>(answer(out))
    }
    .await;
    recorded("predictions", &model, &label_version, started, result)
}

#[derive(Deserialize)]
struct ExplainQuery {
    /// The label to explain; default: the top one.
    label: Option<String>,
}

/// Occlusion explanations: each word's contribution to a label (`?label=`, default the top one) is how
/// much that label's score drops when the word is removed. All the occluded texts go through the
/// batcher together.
async fn explain(
    State(state): State<AppState>,
    Path(ModelRef { model, version }): Path<ModelRef>,
    Query(query): Query<ExplainQuery>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let started = Instant::now();
    let result = async {
        let m = state.registry.get(&model, version.as_deref())?;
        if m.task != Task::TextClassification {
            return Err(ApiError::bad_request("explanations are available for text classification models"));
        }
        let body = read_body(body, state.limits.max_body_bytes).await?;
        let HandlerRequest::Text(text) = handler_input(&m, &headers, &body)? else {
            return Err(ApiError::bad_request("send text"));
        };
        let deadline = Some(Instant::now() + state.limits.request_timeout);
        let HandlerResponse::Labels(base) =
            m.handle(HandlerRequest::Text(text.clone()), &state.limits.images, deadline).await?
        else {
            return Err(ApiError::bad_request("the model does not produce labels"));
        };
        let top = match &query.label {
            None => base.first(),
            Some(label) => {
                if !m.labels().contains(label) {
                    return Err(ApiError::bad_request(format!(
                        "label: {model} has no label {label:?}; its labels are {}",
                        m.labels().join(", ")
                    )));
                }
                base.iter().find(|x| x.label == *label)
            }
        }
        .cloned()
        .ok_or_else(|| ApiError::bad_request("the model produced no score for the label"))?;
        let words: Vec<(usize, usize, String)> = {
            let mut out = Vec::new();
            let mut start = None;
            let chars: Vec<char> = text.chars().collect();
            for (i, c) in chars.iter().enumerate().chain(std::iter::once((chars.len(), &' '))) {
                match (c.is_whitespace(), start) {
                    (false, None) => start = Some(i),
                    (true, Some(s)) => {
                        out.push((s, i, chars[s..i].iter().collect()));
                        start = None;
                    }
                    _ => {}
                }
            }
            out
        };
        const MAX_WORDS: usize = 128;
        let occluded: Vec<String> = words
            .iter()
            .take(MAX_WORDS)
            .map(|(s, e, _)| text.chars().take(*s).chain(text.chars().skip(*e)).collect())
            .collect();
        let futures =
            occluded.into_iter().map(|t| m.handle(HandlerRequest::Text(t), &state.limits.images, deadline));
        let mut attributions = Vec::new();
        for ((s, e, word), result) in words.iter().zip(futures) {
            let score = match result.await? {
                HandlerResponse::Labels(l) => {
                    l.iter().find(|x| x.label == top.label).map(|x| x.score).unwrap_or(0.0)
                }
                _ => 0.0,
            };
            attributions
                .push(serde_json::json!({"word": word, "span": [s, e], "attribution": top.score - score}));
        }
        Ok(Json(serde_json::json!({
            "label": top.label,
            "score": top.score,
            "method": "occlusion: score drop of the label when the word is removed",
            "truncated": words.len() > MAX_WORDS,
            "attributions": attributions,
        }))
        .into_response())
    }
    .await;
    recorded("explanations", &model, version.as_deref().unwrap_or(""), started, result)
}

/// `OPTIONS /`: the OpenAPI description of the inference API.
async fn openapi() -> Response {
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Kept as one document so clients and docs read the same thing.
const OPENAPI: &str = include_str!("openapi.json");

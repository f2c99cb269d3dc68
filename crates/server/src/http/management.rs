//! The TorchServe-compatible management API (its own listener, bearer token required): list,
//! describe, register, scale, set-default and unregister models.

use std::sync::Arc;

use axum::extract::{Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiError, AppState, ModelRef, request_id};
use crate::manager::{RegisterOptions, started};

pub fn management_router(state: AppState) -> Router {
    Router::new()
        .route("/models", get(list).post(register))
        .route("/models/{model}", get(describe).put(scale).delete(unregister))
        .route("/models/{model}/{version}", get(describe).put(scale).delete(unregister))
        .route("/models/{model}/{version}/set-default", put(set_default))
        .layer(axum::middleware::from_fn_with_state(state.clone(), require_token))
        .layer(axum::middleware::from_fn(request_id))
        .with_state(state)
}

/// Constant-time comparison, so the token cannot be guessed byte by byte from timings.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn require_token(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match presented {
        Some(t) if same(t.as_bytes(), state.token.as_bytes()) => next.run(req).await,
        Some(_) => ApiError::new(StatusCode::UNAUTHORIZED, "wrong management token").into_response(),
        None => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "the management API needs `Authorization: Bearer <token>`",
        )
        .into_response(),
    }
}

async fn list(State(state): State<AppState>) -> Json<Value> {
    let models: Vec<Value> = state
        .registry
        .list()
        .into_iter()
        .map(|s| {
            let url = state
                .registry
                .get(&s.name, Some(&s.default_version))
                .map(|m| state.manager.describe(m).url)
                .unwrap_or_default();
            json!({"modelName": s.name, "modelUrl": url})
        })
        .collect();
    Json(json!({"models": models}))
}

#[derive(Deserialize)]
struct RegisterQuery {
    url: Option<String>,
    #[serde(default)]
    initial_workers: Option<usize>,
    #[serde(default)]
    batch_size: Option<usize>,
    #[serde(default)]
    max_batch_delay: Option<f64>,
    #[serde(default)]
    model_name: Option<String>,
    #[serde(default)]
    synchronous: Option<bool>,
}

async fn register(
    State(state): State<AppState>,
    Query(q): Query<RegisterQuery>,
) -> Result<Response, ApiError> {
    let url = q.url.filter(|u| !u.is_empty()).ok_or_else(|| ApiError::bad_request("`url` is required"))?;
    let opts = RegisterOptions {
        initial_workers: q.initial_workers,
        batch_size: q.batch_size,
        max_batch_delay_ms: q.max_batch_delay,
    };
    let _ = (q.synchronous, q.model_name); // registration is always synchronous; the archive names the model
    let manager = state.manager.clone();
    let model = tokio::task::spawn_blocking(move || manager.register(&url, &opts)).await.map_err(|e| {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("registration task failed: {e}"))
    })??;
    Ok(Json(json!({
        "status": format!("Model \"{}\" Version: {} registered with {} initial workers", model.name, model.version, model.workers)
    }))
    .into_response())
}

fn describe_one(state: &AppState, m: Arc<adscreen_runtime::registry::LoadedModel>) -> Value {
    let d = state.manager.describe(m);
    let m = d.model;
    let workers: Vec<Value> = (0..m.workers)
        .map(|i| json!({"id": format!("{}-w{i}", m.name), "startTime": started(&m), "status": "READY", "pid": std::process::id(), "gpu": false}))
        .collect();
    let batch = m.batch_config();
    json!({
        "modelName": m.name,
        "modelVersion": m.version,
        "modelUrl": d.url,
        "runtime": m.backend.engine.as_str(),
        "precision": m.backend.precision.as_str(),
        "task": m.task,
        "minWorkers": m.workers,
        "maxWorkers": m.workers,
        "batchSize": batch.max_batch_size,
        "maxBatchDelay": batch.max_batch_delay.as_secs_f64() * 1000.0,
        "queueCapacity": batch.queue_capacity,
        "queueDepth": m.queue_depth(),
        "loadTimeMs": m.load_time.as_secs_f64() * 1000.0,
        "loadedAtStartup": d.loaded_at_startup,
        "isDefault": state.registry.get(&m.name, None).map(|x| x.version == m.version).unwrap_or(false),
        "workers": workers,
    })
}

async fn describe(
    State(state): State<AppState>,
    Path(ModelRef { model, version }): Path<ModelRef>,
) -> Result<Json<Value>, ApiError> {
    let (state, model, version) = (&state, model.as_str(), version.as_deref());
    if version == Some("all") {
        let summary = state.registry.list().into_iter().find(|s| s.name == model);
        let summary = summary.ok_or_else(|| {
            ApiError::new(StatusCode::NOT_FOUND, format!("model {model} is not registered"))
        })?;
        let all: Vec<Value> = summary
            .versions
            .iter()
            .filter_map(|v| state.registry.get(model, Some(v)).ok())
            .map(|m| describe_one(state, m))
            .collect();
        return Ok(Json(Value::from(all)));
    }
    let m = state.registry.get(model, version)?;
    Ok(Json(Value::from(vec![describe_one(state, m)])))
}

#[derive(Deserialize)]
struct ScaleQuery {
    min_worker: Option<usize>,
    #[serde(default)]
    max_worker: Option<usize>,
    #[serde(default)]
    synchronous: Option<bool>,
}

async fn scale(
    State(state): State<AppState>,
    Path(ModelRef { model, version }): Path<ModelRef>,
    Query(q): Query<ScaleQuery>,
) -> Result<Json<Value>, ApiError> {
    let workers =
        q.min_worker.or(q.max_worker).ok_or_else(|| ApiError::bad_request("`min_worker` is required"))?;
    let _ = q.synchronous; // scaling is always synchronous
    let manager = state.manager.clone();
    let (m, v) = (model.clone(), version.clone());
    let scaled =
        tokio::task::spawn_blocking(move || manager.scale(&m, v.as_deref(), workers)).await.map_err(
            |e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("scaling task failed: {e}")),
        )??;
    Ok(Json(
        json!({"status": format!("Workers scaled to {} for model: {}, version: {}", scaled.workers, scaled.name, scaled.version)}),
    ))
}

async fn unregister(
    State(state): State<AppState>,
    Path(ModelRef { model, version }): Path<ModelRef>,
) -> Result<Json<Value>, ApiError> {
    let manager = state.manager.clone();
    let (m, v) = (model.clone(), version.clone());
    let removed =
        tokio::task::spawn_blocking(move || manager.unregister(&m, v.as_deref())).await.map_err(|e| {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("unregister task failed: {e}"))
        })??;
    let versions: Vec<&str> = removed.iter().map(|m| m.version.as_str()).collect();
    Ok(Json(json!({"status": format!("Model \"{model}\" unregistered (versions {})", versions.join(", "))})))
}

async fn set_default(
    State(state): State<AppState>,
    Path((model, version)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    state.registry.set_default(&model, &version)?;
    Ok(Json(
        json!({"status": format!("Default version succesfully updated for model \"{model}\" to \"{version}\"")}),
    ))
}

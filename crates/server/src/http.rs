//! The HTTP APIs. Runtime errors become HTTP statuses in one place ([`ApiError`]); 5xx bodies never
//! carry internal error text (it is logged instead).

use std::sync::Arc;
use std::time::{Duration, Instant};

use adscreen_runtime::Error as RtError;
use adscreen_runtime::fetch::DEFAULT_ENCODER;
use adscreen_runtime::registry::Registry;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

/// Shared state of the HTTP handlers.
#[derive(Clone)]
pub struct AppState {
    pub registry: Arc<Registry>,
}

/// The inference API's routes.
pub fn inference_router(state: AppState) -> Router {
    Router::new().route("/ping", get(ping)).route("/v1/embed", post(embed)).with_state(state)
}

/// An error answered over HTTP: a status and a JSON body `{"error": ..., "code": ...}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    retry_after: Option<Duration>,
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::BAD_REQUEST, message: message.into(), retry_after: None }
    }
}

impl From<RtError> for ApiError {
    fn from(e: RtError) -> Self {
        let (status, retry_after) = match &e {
            RtError::InvalidInput(_) | RtError::Tokenizer(_) => (StatusCode::BAD_REQUEST, None),
            RtError::ModelNotFound(_) => (StatusCode::NOT_FOUND, None),
            RtError::Overloaded { retry_after, .. } => (StatusCode::TOO_MANY_REQUESTS, Some(*retry_after)),
            RtError::DeadlineExceeded => (StatusCode::GATEWAY_TIMEOUT, None),
            RtError::ShuttingDown(_) => (StatusCode::SERVICE_UNAVAILABLE, None),
            RtError::EngineUnavailable { .. }
            | RtError::Engine { .. }
            | RtError::ModelFile { .. }
            | RtError::Compile(_)
            | RtError::Fetch(_)
            | RtError::WorkerLost(_)
            | RtError::Io(_) => (StatusCode::INTERNAL_SERVER_ERROR, None),
        };
        let message = if status.is_server_error() {
            tracing::error!(error = %e, "request failed");
            match status {
                StatusCode::SERVICE_UNAVAILABLE => "the server is shutting down".to_string(),
                _ => "internal error; see the server log".to_string(),
            }
        } else {
            e.to_string()
        };
        ApiError { status, message, retry_after }
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: u16,
    error: &'a str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Json(ErrorBody { code: self.status.as_u16(), error: &self.message });
        let mut response = (self.status, body).into_response();
        if let Some(after) = self.retry_after {
            let secs = after.as_secs_f64().ceil().max(1.0) as u64;
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        response
    }
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
}

async fn ping() -> Json<Health> {
    Json(Health { status: "Healthy" })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmbedRequest {
    texts: Vec<String>,
    #[serde(default)]
    model: Option<String>,
}

#[derive(Serialize)]
struct EmbedResponse {
    model: String,
    embeddings: Vec<Vec<f32>>,
    timing_ms: f64,
}

async fn embed(
    State(state): State<AppState>,
    body: axum::body::Bytes,
) -> Result<Json<EmbedResponse>, ApiError> {
    let started = Instant::now();
    let req: EmbedRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("invalid JSON body: {e}")))?;
    if req.texts.is_empty() {
        return Err(ApiError::bad_request("`texts` must hold at least one text"));
    }
    let (name, version) =
        adscreen_runtime::registry::parse_model_ref(req.model.as_deref().unwrap_or(DEFAULT_ENCODER));
    let model = state.registry.get(name, version)?;
    let texts: Vec<&str> = req.texts.iter().map(String::as_str).collect();
    let embeddings = model.embed(&texts, None).await?;
    Ok(Json(EmbedResponse {
        model: format!("{}@{}", model.name, model.version),
        embeddings,
        timing_ms: started.elapsed().as_secs_f64() * 1000.0,
    }))
}

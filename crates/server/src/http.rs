//! The HTTP APIs. Runtime and screening errors become HTTP statuses in one place ([`ApiError`]); a 4xx
//! body names the problem (and the field, for request errors); 5xx bodies never carry internal error
//! text (it is logged instead).

use std::sync::Arc;
use std::time::{Duration, Instant};

use adscreen_runtime::Error as RtError;
use adscreen_runtime::fetch::DEFAULT_ENCODER;
use adscreen_runtime::registry::Registry;
use adscreen_screening::creative::{RequestError, parse_request};
use adscreen_screening::pipeline::{ScreenError, Screener, new_request_id};
use axum::body::{Body, Bytes};
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
    pub screener: Arc<Screener>,
    pub limits: HttpLimits,
}

/// Limits of the HTTP layer.
#[derive(Clone, Copy, Debug)]
pub struct HttpLimits {
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
    /// Longest a screening may take before it is answered with 504.
    pub request_timeout: Duration,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits { max_body_bytes: 16 << 20, request_timeout: Duration::from_secs(30) }
    }
}

/// The request id header, set on every response of the screening API.
pub const REQUEST_ID: &str = "x-request-id";

/// The inference API's routes.
pub fn inference_router(state: AppState) -> Router {
    Router::new()
        .route("/ping", get(ping))
        .route("/v1/screen", post(screen))
        .route("/v1/embed", post(embed))
        .with_state(state)
}

/// An error answered over HTTP: a status and a JSON body `{"code", "error", "field"?}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    field: Option<String>,
    retry_after: Option<Duration>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError { status, message: message.into(), field: None, retry_after: None }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    fn internal(e: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %e, "request failed");
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error; see the server log")
    }
}

impl From<RequestError> for ApiError {
    fn from(e: RequestError) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: e.to_string(),
            field: Some(e.field),
            retry_after: None,
        }
    }
}

impl From<RtError> for ApiError {
    fn from(e: RtError) -> Self {
        match &e {
            RtError::InvalidInput(_) | RtError::Tokenizer(_) => Self::bad_request(e.to_string()),
            RtError::ModelNotFound(_) => Self::new(StatusCode::NOT_FOUND, e.to_string()),
            RtError::Overloaded { retry_after, .. } => ApiError {
                retry_after: Some(*retry_after),
                ..Self::new(StatusCode::TOO_MANY_REQUESTS, e.to_string())
            },
            RtError::DeadlineExceeded => Self::new(StatusCode::GATEWAY_TIMEOUT, e.to_string()),
            RtError::ShuttingDown(_) => {
                Self::new(StatusCode::SERVICE_UNAVAILABLE, "the server is shutting down")
            }
            RtError::EngineUnavailable { .. }
            | RtError::Engine { .. }
            | RtError::ModelFile { .. }
            | RtError::Compile(_)
            | RtError::Fetch(_)
            | RtError::WorkerLost(_)
            | RtError::Io(_) => Self::internal(&e),
        }
    }
}

impl From<ScreenError> for ApiError {
    fn from(e: ScreenError) -> Self {
        match e {
            ScreenError::Request(r) => r.into(),
            ScreenError::UnknownProfile { .. } => {
                ApiError { field: Some("profile".into()), ..Self::bad_request(e.to_string()) }
            }
            ScreenError::Runtime(r) => r.into(),
            ScreenError::Store(s) => Self::internal(&s),
        }
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: u16,
    error: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Json(ErrorBody {
            code: self.status.as_u16(),
            error: &self.message,
            field: self.field.as_deref(),
        });
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

/// Reads a request body up to `limit` bytes; a larger one is a 413 with a JSON body.
pub async fn read_body(body: Body, limit: usize) -> Result<Bytes, ApiError> {
    axum::body::to_bytes(body, limit).await.map_err(|_| {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is over the limit of {limit} bytes"),
        )
    })
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
}

async fn ping() -> Json<Health> {
    Json(Health { status: "Healthy" })
}

async fn screen(State(state): State<AppState>, body: Body) -> Result<Response, ApiError> {
    let request_id = new_request_id();
    let result = async {
        let bytes = read_body(body, state.limits.max_body_bytes).await?;
        let request = parse_request(&bytes)?;
        let creative = request.validate(&state.screener.limits)?;
        let deadline = Instant::now() + state.limits.request_timeout;
        let request_json = String::from_utf8_lossy(&bytes);
        let decision =
            state.screener.screen(creative, &request_json, request_id.clone(), Some(deadline)).await?;
        Ok::<_, ApiError>(Json(decision).into_response())
    }
    .await;
    let mut response = result.unwrap_or_else(IntoResponse::into_response);
    if let Ok(v) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID, v);
    }
    tracing::info!(request_id = %request_id, status = response.status().as_u16(), "screen");
    Ok(response)
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

async fn embed(State(state): State<AppState>, body: Body) -> Result<Json<EmbedResponse>, ApiError> {
    let started = Instant::now();
    let body = read_body(body, state.limits.max_body_bytes).await?;
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

//! The HTTP APIs: inference (screening, TorchServe-compatible, KServe v2), management and metrics, each
//! on its own listener. Runtime, screening and management errors become HTTP statuses in one place
//! ([`ApiError`]); a 4xx body names the problem (and the field, for request errors); 5xx bodies never
//! carry internal error text (it is logged instead). Every response carries the request id.

mod kserve;
mod management;
mod screen;
mod torchserve;

pub use management::management_router;

use std::sync::Arc;
use std::time::{Duration, Instant};

use adscreen_runtime::Error as RtError;
use adscreen_runtime::imaging::ImageLimits;
use adscreen_runtime::registry::Registry;
use adscreen_screening::creative::RequestError;
use adscreen_screening::pipeline::{ScreenError, Screener, new_request_id};
use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde::Serialize;

use crate::manager::{ManageError, ModelManager};

/// Shared state of the HTTP handlers.
#[derive(Clone)]
pub struct AppState {
    pub registry: Arc<Registry>,
    pub screener: Arc<Screener>,
    pub manager: Arc<ModelManager>,
    pub limits: HttpLimits,
    /// The management API's bearer token.
    pub token: Arc<String>,
}

/// Limits of the HTTP layer.
#[derive(Clone, Copy, Debug)]
pub struct HttpLimits {
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
    /// Longest a request may take before it is answered with 504.
    pub request_timeout: Duration,
    /// Limits on decoded images.
    pub images: ImageLimits,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            max_body_bytes: 16 << 20,
            request_timeout: Duration::from_secs(30),
            images: ImageLimits::default(),
        }
    }
}

/// The request id header, set on every response of the screening API.
pub const REQUEST_ID: &str = "x-request-id";

/// The inference API's routes: screening, TorchServe-compatible and KServe v2.
pub fn inference_router(state: AppState) -> Router {
    Router::new()
        .merge(screen::routes())
        .merge(torchserve::routes())
        .merge(kserve::routes())
        .layer(axum::middleware::from_fn(request_id))
        .with_state(state)
}

/// The id of the request being served, set by the [`request_id`] middleware.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

/// Gives every request an id (the client's `x-request-id` when it is sane), logs the request with it,
/// returns it as a header, and records the request in the HTTP metrics.
pub async fn request_id(mut req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    use tracing::Instrument;
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))
        })
        .map(str::to_string)
        .unwrap_or_else(new_request_id);
    req.extensions_mut().insert(RequestId(id.clone()));
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().clone();
    let span = tracing::info_span!("request", request_id = %id, method = %method, route = %route);
    let started = Instant::now();
    let mut response = next.run(req).instrument(span.clone()).await;
    if let Ok(v) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, v);
    }
    let status = response.status().as_u16();
    let elapsed = started.elapsed().as_secs_f64();
    span.in_scope(|| tracing::info!(status, duration_ms = elapsed * 1000.0, "served"));
    metrics::counter!("adscreen_http_requests_total", "route" => route.clone(), "method" => method.to_string(), "status" => status.to_string())
        .increment(1);
    metrics::histogram!("adscreen_http_request_duration_seconds", "route" => route).record(elapsed);
    response
}

/// The `{model}` and optional `{version}` of a model route: one extractor serves both forms of a route.
#[derive(Debug, serde::Deserialize)]
pub struct ModelRef {
    pub model: String,
    #[serde(default)]
    pub version: Option<String>,
}

/// The response of a model request, counted in the per-model metrics.
pub fn recorded(
    api: &'static str,
    model: &str,
    version: &str,
    started: std::time::Instant,
    result: Result<Response, ApiError>,
) -> Response {
    let response = result.unwrap_or_else(IntoResponse::into_response);
    record_model(api, model, version, response.status().as_u16(), started.elapsed());
    response
}

/// Records one model request in the per-model metrics.
pub fn record_model(api: &'static str, model: &str, version: &str, status: u16, elapsed: Duration) {
    let labels = [("api", api.to_string()), ("model", model.to_string()), ("version", version.to_string())];
    metrics::counter!("adscreen_requests_received_total", &labels).increment(1);
    let mut with_status = labels.to_vec();
    with_status.push(("status", status.to_string()));
    metrics::counter!("adscreen_requests_total", &with_status).increment(1);
    metrics::histogram!("adscreen_request_duration_seconds", &labels).record(elapsed.as_secs_f64());
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

impl From<ManageError> for ApiError {
    fn from(e: ManageError) -> Self {
        match e {
            ManageError::BadRequest(m) => Self::bad_request(m),
            ManageError::Forbidden(m) => Self::new(StatusCode::FORBIDDEN, m),
            ManageError::NotFound(m) => Self::new(StatusCode::NOT_FOUND, m),
            ManageError::Conflict(m) => Self::new(StatusCode::CONFLICT, m),
            // The archive was accepted but the model did not load: say why (it is the caller's model).
            ManageError::LoadFailed(m) => Self::new(StatusCode::INTERNAL_SERVER_ERROR, m),
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

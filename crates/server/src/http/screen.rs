//! The screening API: `POST /v1/screen` (the decision JSON) and `POST /v1/embed`.

use std::time::Instant;

use adscreen_runtime::fetch::DEFAULT_ENCODER;
use adscreen_screening::creative::parse_request;
use adscreen_screening::textmodel::ENSEMBLE_ID;
use axum::body::Body;
use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::{ApiError, AppState, RequestId, read_body, record_model};

pub fn routes() -> Router<AppState> {
    Router::new().route("/v1/screen", post(screen)).route("/v1/embed", post(embed))
}

async fn screen(
    State(state): State<AppState>,
    Extension(RequestId(request_id)): Extension<RequestId>,
    body: Body,
) -> Result<Response, ApiError> {
    let started = Instant::now();
    let result = async {
        let bytes = read_body(body, state.limits.max_body_bytes).await?;
        let request = parse_request(&bytes)?;
        let creative = request.validate(&state.screener.limits)?;
        let deadline = Instant::now() + state.limits.request_timeout;
        let request_json = String::from_utf8_lossy(&bytes);
        let decision =
            state.screener.screen(creative, &request_json, request_id.clone(), Some(deadline)).await?;
        metrics::counter!(
            "adscreen_screen_decisions_total",
            "outcome" => decision.decision.outcome.as_str(),
            "profile" => decision.versions.policy_profile.clone()
        )
        .increment(1);
        Ok::<_, ApiError>(Json(decision).into_response())
    }
    .await;
    let response = result.unwrap_or_else(IntoResponse::into_response);
    record_model("screen", ENSEMBLE_ID, "", response.status().as_u16(), started.elapsed());
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

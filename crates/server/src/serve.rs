//! `adscreen serve`: load the default models and serve the HTTP APIs until SIGTERM or Ctrl-C.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use adscreen_runtime::home::Home;
use adscreen_runtime::registry::Registry;
use anyhow::Context;
use clap::Args;

use crate::cli::{EngineArgs, ensure_models};
use crate::http::{self, AppState, HttpLimits};
use crate::setup;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address of the inference API.
    #[arg(long, env = "ADSCREEN_INFERENCE_ADDR", default_value = "127.0.0.1:8080")]
    pub inference_addr: SocketAddr,
    /// The decision store (SQLite); default: decisions.db in the cache directory.
    #[arg(long, env = "ADSCREEN_STORE")]
    pub store: Option<std::path::PathBuf>,
    /// Largest request body in bytes; a larger one is answered 413.
    #[arg(long, env = "ADSCREEN_MAX_BODY_BYTES", default_value_t = 16 << 20)]
    pub max_body_bytes: usize,
    /// Seconds a screening may take before it is answered 504.
    #[arg(long, env = "ADSCREEN_REQUEST_TIMEOUT", default_value_t = 30.0)]
    pub request_timeout_secs: f64,
    /// Seconds to let in-flight requests finish after SIGTERM.
    #[arg(long, env = "ADSCREEN_SHUTDOWN_TIMEOUT", default_value_t = 30)]
    pub shutdown_timeout: u64,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub fn run(home: &Home, args: &ServeArgs) -> anyhow::Result<()> {
    ensure_models(home)?;
    let opts = args.engine.load_options()?;
    let registry = Arc::new(Registry::new());
    let store = args.store.clone().unwrap_or_else(|| setup::default_store(home));
    let screener = Arc::new(setup::screener(home, &registry, &opts, Some(store.clone()))?);
    tracing::info!(store = %store.display(), "decision store open");
    let limits = HttpLimits {
        max_body_bytes: args.max_body_bytes,
        request_timeout: Duration::from_secs_f64(args.request_timeout_secs),
    };
    let state = AppState { registry: registry.clone(), screener: screener.clone(), limits };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .thread_name("adscreen-http")
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.inference_addr)
            .await
            .with_context(|| format!("binding the inference API to {}", args.inference_addr))?;
        tracing::info!(addr = %args.inference_addr, "inference API listening");
        let app = http::inference_router(state);
        axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
        anyhow::Ok(())
    })?;
    // In-flight HTTP requests are done; let the workers finish anything queued, bounded by the timeout.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        registry.shutdown();
        let _ = tx.send(());
    });
    if rx.recv_timeout(Duration::from_secs(args.shutdown_timeout)).is_err() {
        tracing::warn!("workers did not stop within the shutdown timeout");
    }
    if let Some(store) = &screener.store {
        store.close();
    }
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "cannot listen for SIGTERM");
            let _ = ctrl_c.await;
            return;
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = term.recv() => {},
    }
    tracing::info!("shutting down: no new connections, finishing in-flight requests");
}

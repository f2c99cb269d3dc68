//! `adscreen serve`: load the default models (and any archives given), then serve the inference API,
//! the management API (bearer token) and the metrics API on loopback until SIGTERM or Ctrl-C; then stop
//! accepting, finish in-flight requests (bounded by a timeout) and exit 0.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use adscreen_runtime::archive::format::ArchiveLimits;
use adscreen_runtime::home::Home;
use adscreen_runtime::imaging::ImageLimits;
use adscreen_runtime::media::MediaLimits;
use adscreen_runtime::registry::Registry;
use anyhow::Context;
use clap::Args;

use crate::cli::{EngineArgs, ensure_models};
use crate::http::{self, AppState, HttpLimits};
use crate::manager::{ManagerConfig, ModelManager, RegisterOptions};
use crate::{metrics, setup, token};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address of the inference API.
    #[arg(long, env = "ADSCREEN_INFERENCE_ADDR", default_value = "127.0.0.1:8080")]
    pub inference_addr: SocketAddr,
    /// Address of the management API (bearer token required).
    #[arg(long, env = "ADSCREEN_MANAGEMENT_ADDR", default_value = "127.0.0.1:8081")]
    pub management_addr: SocketAddr,
    /// Address of the metrics API (Prometheus text format at /metrics).
    #[arg(long, env = "ADSCREEN_METRICS_ADDR", default_value = "127.0.0.1:8082")]
    pub metrics_addr: SocketAddr,
    /// The management token; by default one is generated into --management-key-file at first start.
    #[arg(long, env = "ADSCREEN_MANAGEMENT_TOKEN", hide_env_values = true)]
    pub management_token: Option<String>,
    /// Where the generated management token is kept (mode 0600); default: management.key in the cache.
    #[arg(long, env = "ADSCREEN_MANAGEMENT_KEY_FILE")]
    pub management_key_file: Option<PathBuf>,
    /// Directory the registered archives are unpacked into; default: model-store in the cache.
    #[arg(long, env = "ADSCREEN_MODEL_STORE")]
    pub model_store: Option<PathBuf>,
    /// Directories registration may read archives from (repeatable); default: archives in the cache.
    #[arg(long = "model-dir", env = "ADSCREEN_MODEL_DIRS", value_delimiter = ',')]
    pub model_dirs: Vec<PathBuf>,
    /// URL prefixes registration may fetch archives from (repeatable; plain http:// only).
    #[arg(long = "allow-url", env = "ADSCREEN_ALLOW_URLS", value_delimiter = ',')]
    pub allow_urls: Vec<String>,
    /// Archives to register at startup (repeatable).
    #[arg(long = "model", env = "ADSCREEN_MODELS", value_delimiter = ',')]
    pub models: Vec<PathBuf>,
    /// The decision store (SQLite); default: decisions.db in the cache directory.
    #[arg(long, env = "ADSCREEN_STORE")]
    pub store: Option<PathBuf>,
    /// Directories whose files screening requests may name as asset `path` (repeatable); by default
    /// none, and assets must be sent inline as data_base64.
    #[arg(long = "asset-dir", env = "ADSCREEN_ASSET_DIRS", value_delimiter = ',')]
    pub asset_dirs: Vec<PathBuf>,
    /// Do not load the image models (NSFW, objects, OCR); image assets are then not evaluated.
    #[arg(long, env = "ADSCREEN_NO_IMAGE_MODELS")]
    pub no_image_models: bool,
    /// Largest request body in bytes; a larger one is answered 413 (base64 makes images 4/3 larger).
    #[arg(long, env = "ADSCREEN_MAX_BODY_BYTES", default_value_t = 32 << 20)]
    pub max_body_bytes: usize,
    /// Largest image, in pixels (width x height); a larger one is refused from its header.
    #[arg(long, env = "ADSCREEN_MAX_IMAGE_PIXELS", default_value_t = 40_000_000)]
    pub max_image_pixels: u64,
    /// Largest allocation an image decoder may make, in bytes.
    #[arg(long, env = "ADSCREEN_MAX_DECODED_BYTES", default_value_t = 512 << 20)]
    pub max_decoded_bytes: u64,
    /// Longest animation, video or audio analysed, in seconds; a longer one is not evaluated.
    #[arg(long, env = "ADSCREEN_MAX_MEDIA_SECONDS", default_value_t = 300.0)]
    pub max_media_seconds: f64,
    /// Most frames decoded from one animation or video.
    #[arg(long, env = "ADSCREEN_MAX_FRAMES", default_value_t = 5_000)]
    pub max_frames: usize,
    /// Largest model archive (and its decompressed content), in bytes.
    #[arg(long, env = "ADSCREEN_MAX_ARCHIVE_BYTES", default_value_t = 4 << 30)]
    pub max_archive_bytes: u64,
    /// Seconds a request may take before it is answered 504.
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
    let prometheus = metrics::install()?;
    let token = token::management_token(
        args.management_token.as_deref(),
        &args.management_key_file.clone().unwrap_or_else(|| home.join("management.key")),
    )?;
    let registry = Arc::new(Registry::new());
    let store = args.store.clone().unwrap_or_else(|| setup::default_store(home));
    let image_limits = ImageLimits {
        max_pixels: args.max_image_pixels,
        max_alloc_bytes: args.max_decoded_bytes,
        ..ImageLimits::default()
    };
    let screener_options = setup::ScreenerOptions {
        no_image_models: args.no_image_models,
        image_limits,
        asset_roots: args.asset_dirs.clone(),
        media_limits: MediaLimits {
            max_seconds: args.max_media_seconds,
            max_frames: args.max_frames,
            max_pixels: args.max_image_pixels.min(MediaLimits::default().max_pixels),
            max_wall_seconds: args.request_timeout_secs.max(1.0),
            ..MediaLimits::default()
        },
    };
    let screener = Arc::new(setup::screener(home, &registry, &opts, Some(store.clone()), &screener_options)?);
    tracing::info!(store = %store.display(), "decision store open");
    let model_dirs =
        if args.model_dirs.is_empty() { vec![home.join("archives")] } else { args.model_dirs.clone() };
    for d in &model_dirs {
        std::fs::create_dir_all(d).with_context(|| format!("creating model directory {}", d.display()))?;
    }
    let limits = ArchiveLimits {
        max_archive_bytes: args.max_archive_bytes,
        max_total_bytes: args.max_archive_bytes,
        ..Default::default()
    };
    let manager = Arc::new(ModelManager::new(
        registry.clone(),
        home.clone(),
        ManagerConfig {
            store: args.model_store.clone().unwrap_or_else(|| home.join("model-store")),
            model_dirs,
            allowed_urls: args.allow_urls.clone(),
            limits,
            load: opts,
        },
    ));
    for m in registry.all() {
        manager.note_startup(&m.name, &m.version, "built-in");
        metrics::record_load(&m);
    }
    for archive in &args.models {
        let m = manager
            .register_startup(archive, &RegisterOptions::default())
            .with_context(|| format!("registering {} at startup", archive.display()))?;
        tracing::info!(model = %m.name, version = %m.version, "registered at startup");
    }
    let limits = HttpLimits {
        max_body_bytes: args.max_body_bytes,
        request_timeout: Duration::from_secs_f64(args.request_timeout_secs),
        images: image_limits,
    };
    let state = AppState {
        registry: registry.clone(),
        screener: screener.clone(),
        manager,
        limits,
        token: Arc::new(token),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .thread_name("adscreen-http")
        .build()?;
    let home_dir = home.root().to_path_buf();
    runtime.block_on(async move {
        let bind = |addr: SocketAddr, what: &'static str| async move {
            tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("binding the {what} API to {addr}"))
        };
        let inference = bind(args.inference_addr, "inference").await?;
        let management = bind(args.management_addr, "management").await?;
        let metrics_listener = bind(args.metrics_addr, "metrics").await?;
        // The bound addresses: a port of 0 asks the system for a free one.
        let bound = |l: &tokio::net::TcpListener| l.local_addr().map(|a| a.to_string()).unwrap_or_default();
        tracing::info!(
            inference = %bound(&inference),
            management = %bound(&management),
            metrics = %bound(&metrics_listener),
            "listening"
        );
        metrics::spawn_upkeep(prometheus.clone());
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
            let _ = rx.wait_for(|s| *s).await;
        };
        let servers = tokio::spawn({
            let state = state.clone();
            let rx = stop_rx.clone();
            async move {
                let a = axum::serve(inference, http::inference_router(state.clone()))
                    .with_graceful_shutdown(stopped(rx.clone()));
                let b = axum::serve(management, http::management_router(state))
                    .with_graceful_shutdown(stopped(rx.clone()));
                let c = axum::serve(
                    metrics_listener,
                    metrics::router(metrics::MetricsState { handle: prometheus, home: home_dir }),
                )
                .with_graceful_shutdown(stopped(rx));
                let (a, b, c) = tokio::join!(a, b, c);
                a.and(b).and(c)
            }
        });
        shutdown_signal().await;
        let _ = stop_tx.send(true);
        match tokio::time::timeout(Duration::from_secs(args.shutdown_timeout), servers).await {
            Ok(joined) => joined??,
            Err(_) => tracing::warn!("in-flight requests did not finish within the shutdown timeout"),
        }
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

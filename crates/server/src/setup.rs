//! Loading the default models into a registry and assembling the screener, shared by `serve`,
//! `screen` and the tests.

use std::path::PathBuf;
use std::sync::Arc;

use adscreen_runtime::fetch::{
    DEFAULT_ENCODER, NSFW_MODEL, OBJECTS_MODEL, POLICY_MODEL, RECIPES, TOXIC_MODEL,
};
use adscreen_runtime::home::Home;
use adscreen_runtime::imaging::ImageLimits;
use adscreen_runtime::ocr::{Ocr, OcrOptions};
use adscreen_runtime::registry::{LoadOptions, LoadedModel, Registry, pick_variant};
use adscreen_screening::creative::RequestLimits;
use adscreen_screening::image::{ImageModels, ObjectMapping};
use adscreen_screening::pipeline::{Screener, TextEnsemble};
use adscreen_screening::policy::Profiles;
use adscreen_screening::rules::minors::MinorsLexicon;
use adscreen_screening::store::DecisionStore;
use anyhow::{Context, anyhow};
use serde::{Deserialize, Serialize};

/// The decision store's default location.
pub fn default_store(home: &Home) -> PathBuf {
    home.join("decisions.db")
}

/// File in a model directory holding the serving configuration `adscreen bench sweep` recommended.
pub const TUNED_FILE: &str = "serving.json";

/// A tuned serving configuration: what the sweep chose, and what it measured.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TunedServing {
    pub max_batch_size: usize,
    pub max_batch_delay_ms: f64,
    pub workers: usize,
    pub threads: usize,
    /// The latency target it was chosen for, and the load it was measured under.
    pub p99_target_ms: f64,
    pub concurrency: usize,
    pub throughput_rps: f64,
    pub p99_ms: f64,
    pub precision: String,
}

impl TunedServing {
    /// `opts` with this configuration's workers, threads and batching.
    pub fn apply(&self, opts: &LoadOptions) -> LoadOptions {
        let mut o = opts.clone();
        o.workers = self.workers.clamp(1, 256);
        o.backend.threads = self.threads.clamp(1, 1024);
        o.batch.max_batch_size = self.max_batch_size.clamp(1, 4096);
        o.batch.max_batch_delay =
            std::time::Duration::from_secs_f64(self.max_batch_delay_ms.clamp(0.0, 10_000.0) / 1000.0);
        o
    }
}

/// Loads one default model by name into the registry.
pub fn load_default(
    home: &Home,
    registry: &Registry,
    name: &str,
    opts: &LoadOptions,
) -> anyhow::Result<Arc<LoadedModel>> {
    let recipe =
        RECIPES.iter().find(|r| r.model == name).with_context(|| format!("no default model {name}"))?;
    let dir = home.model_dir(recipe.model, recipe.version);
    let tuned_path = dir.join(TUNED_FILE);
    let tuned = if opts.use_tuned && tuned_path.is_file() {
        let t: TunedServing = serde_json::from_slice(&std::fs::read(&tuned_path)?)
            .with_context(|| format!("reading {}", tuned_path.display()))?;
        tracing::info!(model = %recipe.model, config = ?t, "using the tuned serving configuration");
        Some(t.apply(opts))
    } else {
        None
    };
    let opts = tuned.as_ref().unwrap_or(opts);
    // A precision variant from `adscreen compile`, when one is asked for or (auto) has passed its gate.
    let dir = match pick_variant(&dir, opts.backend.precision)
        .with_context(|| format!("choosing the precision of {}@{}", recipe.model, recipe.version))?
    {
        Some((variant, record)) => {
            tracing::info!(
                model = %recipe.model,
                precision = %record.precision,
                seq_per_s = record.sequences_per_second,
                "serving the compiled precision variant"
            );
            variant
        }
        None => dir,
    };
    let model = LoadedModel::load_dir(home, &dir, opts)
        .with_context(|| format!("loading {}@{}", recipe.model, recipe.version))?;
    tracing::info!(
        model = %format!("{}@{}", model.name, model.version),
        engine = %model.backend.engine,
        precision = %model.backend.precision,
        workers = model.workers,
        load_ms = model.load_time.as_millis() as u64,
        "model loaded"
    );
    Ok(registry.insert(model, true)?)
}

/// Which models the screener loads besides the text ensemble, and what it may read.
#[derive(Clone, Debug, Default)]
pub struct ScreenerOptions {
    /// Skip the image models (image assets are then reported as not evaluated).
    pub no_image_models: bool,
    pub image_limits: ImageLimits,
    /// Directories assets may name files in.
    pub asset_roots: Vec<PathBuf>,
    pub media_limits: adscreen_runtime::media::MediaLimits,
}

/// Loads the NSFW and object classifiers and the three OCR models into the registry.
pub fn image_models(
    home: &Home,
    registry: &Registry,
    opts: &LoadOptions,
    limits: ImageLimits,
) -> anyhow::Result<ImageModels> {
    let mapping = ObjectMapping::builtin().map_err(|e| anyhow!(e))?;
    let nsfw = load_default(home, registry, NSFW_MODEL, opts)?;
    let objects = load_default(home, registry, OBJECTS_MODEL, opts)?;
    if mapping.model != objects.name {
        anyhow::bail!("models/image-objects.toml maps classes of {}, not of {}", mapping.model, objects.name);
    }
    let started = std::time::Instant::now();
    let ocr = Ocr::load_installed(home, opts, OcrOptions::default()).context("loading the OCR models")?;
    for m in ocr.models() {
        registry.insert_shared(m.clone(), true)?;
    }
    tracing::info!(models = ?ocr.versions(), load_ms = started.elapsed().as_millis() as u64, "OCR loaded");
    Ok(ImageModels { nsfw: Some(nsfw), objects: Some(objects), ocr: Some(Arc::new(ocr)), mapping, limits })
}

/// Loads the text ensemble, the encoder and the image models, opens the store, and builds the screener.
pub fn screener(
    home: &Home,
    registry: &Registry,
    opts: &LoadOptions,
    store: Option<PathBuf>,
    options: &ScreenerOptions,
) -> anyhow::Result<Screener> {
    load_default(home, registry, DEFAULT_ENCODER, opts)?;
    let policy = load_default(home, registry, POLICY_MODEL, opts)?;
    let toxic = load_default(home, registry, TOXIC_MODEL, opts)?;
    let text = TextEnsemble::new(policy, Some(toxic)).map_err(|e| anyhow!(e))?;
    let images = if options.no_image_models {
        None
    } else {
        Some(Arc::new(image_models(home, registry, opts, options.image_limits)?))
    };
    let store = match store {
        Some(path) => Some(Arc::new(
            DecisionStore::open(&path)
                .with_context(|| format!("opening the decision store {}", path.display()))?,
        )),
        None => None,
    };
    Ok(Screener {
        profiles: Profiles::builtin()?,
        text: Some(text),
        store,
        limits: RequestLimits::default(),
        minors: MinorsLexicon::default(),
        images,
        asset_roots: options.asset_roots.clone(),
        media_limits: options.media_limits,
    })
}

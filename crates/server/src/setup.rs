//! Loading the default models into a registry and assembling the screener, shared by `serve`,
//! `screen` and the tests.

use std::path::PathBuf;
use std::sync::Arc;

use adscreen_runtime::fetch::{DEFAULT_ENCODER, POLICY_MODEL, RECIPES, TOXIC_MODEL};
use adscreen_runtime::home::Home;
use adscreen_runtime::registry::{LoadOptions, LoadedModel, Registry};
use adscreen_screening::creative::RequestLimits;
use adscreen_screening::pipeline::{Screener, TextEnsemble};
use adscreen_screening::policy::Profiles;
use adscreen_screening::rules::minors::MinorsLexicon;
use adscreen_screening::store::DecisionStore;
use anyhow::{Context, anyhow};

/// The decision store's default location.
pub fn default_store(home: &Home) -> PathBuf {
    home.join("decisions.db")
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
    let model = LoadedModel::load_dir(home, &home.model_dir(recipe.model, recipe.version), opts)
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

/// Loads the text ensemble and the encoder, opens the store, and builds the screener.
pub fn screener(
    home: &Home,
    registry: &Registry,
    opts: &LoadOptions,
    store: Option<PathBuf>,
) -> anyhow::Result<Screener> {
    load_default(home, registry, DEFAULT_ENCODER, opts)?;
    let policy = load_default(home, registry, POLICY_MODEL, opts)?;
    let toxic = load_default(home, registry, TOXIC_MODEL, opts)?;
    let text = TextEnsemble::new(policy, Some(toxic)).map_err(|e| anyhow!(e))?;
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
    })
}

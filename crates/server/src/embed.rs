//! `adscreen embed`: the whole path (fetch, tokenizer, compiled graph, registry, batcher, engine) for a
//! few texts, printed as numbers.

use std::io::Write;

use adscreen_runtime::fetch::{DEFAULT_ENCODER, RECIPES};
use adscreen_runtime::home::Home;
use adscreen_runtime::registry::{LoadedModel, Registry};
use anyhow::{Context, bail};
use clap::Args;

use crate::cli::{EngineArgs, ensure_models};

#[derive(Debug, Args)]
pub struct EmbedArgs {
    /// Print one JSON array of floats per text (one line each).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
    /// Texts to embed.
    #[arg(required = true)]
    pub texts: Vec<String>,
}

pub fn run(home: &Home, args: &EmbedArgs) -> anyhow::Result<()> {
    if args.texts.iter().any(|t| t.trim().is_empty()) {
        bail!("empty text: every TEXT must contain something to embed");
    }
    ensure_models(home)?;
    let opts = args.engine.load_options()?;
    let recipe = RECIPES.iter().find(|r| r.model == DEFAULT_ENCODER).context("no default encoder recipe")?;
    let dir = home.model_dir(recipe.model, recipe.version);
    let registry = Registry::new();
    let model = LoadedModel::load_dir(home, &dir, &opts).context("loading the text encoder")?;
    let info = model.backend.clone();
    registry.insert(model, true)?;
    let model = registry.get(DEFAULT_ENCODER, None)?;
    let texts: Vec<&str> = args.texts.iter().map(String::as_str).collect();
    let embeddings = model.embed_blocking(&texts)?;
    let mut out = std::io::stdout().lock();
    for (text, e) in texts.iter().zip(&embeddings) {
        if args.json {
            writeln!(out, "{}", serde_json::to_string(e)?)?;
        } else {
            let head: Vec<String> = e.iter().take(6).map(|x| format!("{x:+.4}")).collect();
            writeln!(out, "{text:?}: [{} ...] ({} dims)", head.join(", "), e.len())?;
        }
    }
    if !args.json {
        writeln!(
            out,
            "model {}@{} on {} ({}, {} threads)",
            model.name, model.version, info.engine, info.precision, info.threads
        )?;
    }
    registry.shutdown();
    Ok(())
}

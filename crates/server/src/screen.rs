//! `adscreen screen`: screen ads from files (a JSON file, a JSONL file, or a directory of them) with the
//! same pipeline as the server, print a table or the decision JSON, and record every decision.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use adscreen_runtime::home::Home;
use adscreen_runtime::registry::Registry;
use adscreen_screening::creative::{AssetKind, AssetSource, Creative, RequestLimits, parse_request};
use adscreen_screening::decision::{Decision, Finding};
use adscreen_screening::pipeline::{new_request_id, read_under_roots};
use anyhow::{Context, bail};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::{EngineArgs, ensure_models};
use crate::setup;

#[derive(Debug, Args)]
pub struct ScreenArgs {
    /// JSON files (one ad each), JSONL files (one ad per line) or directories of them.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Print the full decision JSON, one object per line, instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Policy profile for ads that do not name one.
    #[arg(long)]
    pub profile: Option<String>,
    /// Do not record the decisions in the store.
    #[arg(long)]
    pub no_store: bool,
    /// The decision store (SQLite); default: decisions.db in the cache directory.
    #[arg(long, env = "ADSCREEN_STORE")]
    pub store: Option<PathBuf>,
    /// Do not load the image models; image assets are then reported as not evaluated.
    #[arg(long)]
    pub no_image_models: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// One ad read from a file, with where it came from.
struct Input {
    origin: String,
    creative: Creative,
    json: String,
}

fn files(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in inputs {
        let meta = std::fs::metadata(p).with_context(|| format!("{}: cannot read", p.display()))?;
        if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("{}: cannot list", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| matches!(f.extension().and_then(|e| e.to_str()), Some("json" | "jsonl")))
                .collect();
            entries.sort();
            if entries.is_empty() {
                bail!("{}: no .json or .jsonl files", p.display());
            }
            out.extend(entries);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn read_inputs(
    paths: &[PathBuf],
    limits: &RequestLimits,
    profile: Option<&str>,
) -> anyhow::Result<Vec<Input>> {
    let mut out = Vec::new();
    for path in paths {
        let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        let jsonl = path.extension().and_then(|e| e.to_str()) == Some("jsonl");
        let chunks: Vec<(usize, &[u8])> = if jsonl {
            bytes
                .split(|b| *b == b'\n')
                .enumerate()
                .filter(|(_, l)| l.iter().any(|b| !b.is_ascii_whitespace()))
                .map(|(i, l)| (i + 1, l))
                .collect()
        } else {
            vec![(1, bytes.as_slice())]
        };
        for (line, chunk) in chunks {
            let origin = format!("{}:{line}", path.display());
            let mut request = parse_request(chunk).map_err(|e| anyhow::anyhow!("{origin}: {e}"))?;
            if request.profile.is_none() {
                request.profile = profile.map(str::to_string);
            }
            let json = serde_json::to_string(&request)?;
            let mut creative = request.validate(limits).map_err(|e| anyhow::anyhow!("{origin}: {e}"))?;
            // Asset paths are relative to (and must stay under) the input file's directory; read now,
            // so that a bad path stops the run before anything is screened.
            let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            for (i, asset) in creative.assets.iter_mut().enumerate() {
                if let AssetSource::Path(p) = &asset.source {
                    let bytes = read_under_roots(p, &[dir.to_path_buf()], limits.max_asset_bytes)
                        .map_err(|e| anyhow::anyhow!("{origin}: assets[{i}].path: {e}"))?;
                    asset.source = AssetSource::Inline(bytes);
                }
            }
            out.push(Input { origin, creative, json });
        }
    }
    if out.is_empty() {
        bail!("no ads in {}", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
    }
    Ok(out)
}

fn summary(f: &Finding) -> String {
    match (&f.score, &f.measurement) {
        (Some(s), _) => format!("{} {:.2}", f.category, s),
        (None, Some(m)) => format!("{} ({} {:.4}, limit {})", f.category, m.metric, m.value, m.limit),
        (None, None) => f.category.clone(),
    }
}

pub fn run(home: &Home, args: &ScreenArgs) -> anyhow::Result<()> {
    let limits = RequestLimits::default();
    // Read and check every input before screening anything.
    let inputs = read_inputs(&files(&args.inputs)?, &limits, args.profile.as_deref())?;
    ensure_models(home)?;
    let opts = args.engine.load_options()?;
    let registry = Registry::new();
    let store_path =
        (!args.no_store).then(|| args.store.clone().unwrap_or_else(|| setup::default_store(home)));
    let needs_images = inputs.iter().any(|i| i.creative.assets.iter().any(|a| a.kind != AssetKind::Audio));
    let options = setup::ScreenerOptions {
        no_image_models: args.no_image_models || !needs_images,
        ..Default::default()
    };
    let screener = setup::screener(home, &registry, &opts, store_path.clone(), &options)?;
    if let Some(p) = args.profile.as_deref()
        && screener.profiles.get(p).is_none()
    {
        bail!(
            "unknown profile {p:?}; known profiles: {}",
            screener.profiles.names().collect::<Vec<_>>().join(", ")
        );
    }
    let started = Instant::now();
    let bar = if inputs.len() > 1 { ProgressBar::new(inputs.len() as u64) } else { ProgressBar::hidden() };
    bar.set_style(
        ProgressStyle::with_template("{spinner:.green} screening [{bar:30}] {pos}/{len} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut decisions: Vec<(String, Decision)> = Vec::with_capacity(inputs.len());
    for input in inputs {
        let d = screener
            .screen_blocking(input.creative, &input.json, new_request_id())
            .map_err(|e| anyhow::anyhow!("{}: {e}", input.origin))?;
        bar.inc(1);
        decisions.push((input.origin, d));
    }
    bar.finish_and_clear();
    let mut out = std::io::stdout().lock();
    if args.json {
        for (_, d) in &decisions {
            writeln!(out, "{}", serde_json::to_string(d)?)?;
        }
    } else {
        writeln!(out, "{:<8} {:<24} {:>7}  top findings", "outcome", "ad", "ms")?;
        for (origin, d) in &decisions {
            let who = d.creative_id.clone().unwrap_or_else(|| origin.clone());
            let top: Vec<String> = d.findings.iter().take(3).map(summary).collect();
            let top = if top.is_empty() { "-".to_string() } else { top.join(", ") };
            writeln!(
                out,
                "{:<8} {:<24} {:>7.1}  {top}",
                d.decision.outcome.as_str(),
                who,
                d.timing_ms.total
            )?;
        }
        let count = |o: &str| decisions.iter().filter(|(_, d)| d.decision.outcome.as_str() == o).count();
        writeln!(
            out,
            "\n{} ads: {} approve, {} review, {} reject in {:.2}s{}",
            decisions.len(),
            count("approve"),
            count("review"),
            count("reject"),
            started.elapsed().as_secs_f64(),
            store_path.map(|p| format!("; decisions recorded in {}", p.display())).unwrap_or_default()
        )?;
    }
    if let Some(store) = &screener.store {
        store.close();
    }
    registry.shutdown();
    Ok(())
}

/// Used by tests: the files an input list expands to.
#[allow(dead_code)]
pub fn expand(inputs: &[&Path]) -> anyhow::Result<Vec<PathBuf>> {
    files(&inputs.iter().map(|p| p.to_path_buf()).collect::<Vec<_>>())
}

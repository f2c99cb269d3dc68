//! Command-line interface: one clap struct per subcommand, each field documented (it is the `--help`),
//! validated into the runtime's settings before anything starts.

use std::path::PathBuf;
use std::time::Duration;

use adscreen_runtime::backend::{BackendOptions, EngineKind, Precision};
use adscreen_runtime::batcher::BatchConfig;
use adscreen_runtime::fetch::{self, FetchOptions};
use adscreen_runtime::home::Home;
use adscreen_runtime::registry::LoadOptions;
use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "adscreen",
    version,
    about = "Screen ad creatives against content policy, and serve the models that do it"
)]
pub struct Cli {
    /// Cache directory for engines and models (default: ~/.cache/adscreen).
    #[arg(long, env = "ADSCREEN_HOME", global = true)]
    pub home: Option<PathBuf>,
    #[command(flatten)]
    pub log: LogArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Log format on stderr.
    #[arg(long, env = "ADSCREEN_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"], global = true)]
    pub log_format: String,
    /// Log filter, e.g. `info` or `adscreen=debug`.
    #[arg(long, env = "ADSCREEN_LOG", default_value = "info", global = true)]
    pub log: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the server with the default models (fetching them on first run).
    Serve(Box<crate::serve::ServeArgs>),
    /// Screen ads from JSON/JSONL files or directories, printing a table or the decision JSON.
    Screen(crate::screen::ScreenArgs),
    /// Read the decision store.
    #[command(subcommand)]
    Decisions(crate::decisions::DecisionsCommand),
    /// Print sentence embeddings of texts: a debugging door into fetch, tokenizer, graph, batcher and engine.
    Embed(crate::embed::EmbedArgs),
    /// Fetch, compile and list models.
    #[command(subcommand)]
    Models(crate::models::ModelsCommand),
    /// Load generator: drive a running server over HTTP, or a model in process.
    #[command(subcommand)]
    Bench(crate::bench::BenchCommand),
    /// Pack, inspect and verify model archives.
    #[command(subcommand)]
    Archive(crate::archive::ArchiveCommand),
    /// Precision variants (fp32, bf16, int8) of a text model, each behind an accuracy gate against FP32.
    Compile(crate::compile::CompileArgs),
    /// Train models on the labeled corpus.
    #[command(subcommand)]
    Train(crate::train::TrainCommand),
}

/// Engine, threading and batching options shared by every command that loads models.
#[derive(Debug, Args, Clone)]
pub struct EngineArgs {
    /// Inference engine.
    #[arg(long, env = "ADSCREEN_ENGINE", default_value = "openvino")]
    pub engine: EngineKind,
    /// Inference precision: auto is BF16 where the CPU has AMX, FP32 elsewhere.
    #[arg(long, env = "ADSCREEN_PRECISION", default_value = "auto")]
    pub precision: Precision,
    /// Worker threads per model, each with its own engine instance [default: 1, or the model's tuned
    /// configuration from `adscreen bench sweep` when no batching option is given].
    #[arg(long, env = "ADSCREEN_WORKERS")]
    pub workers: Option<usize>,
    /// Engine threads per worker (default: the number of cores divided by the workers).
    #[arg(long, env = "ADSCREEN_THREADS")]
    pub threads: Option<usize>,
    /// Largest batch a worker computes at once [default: 32, or the tuned configuration].
    #[arg(long, env = "ADSCREEN_MAX_BATCH_SIZE")]
    pub max_batch_size: Option<usize>,
    /// Longest a queued request waits for company (milliseconds, from its arrival) once a worker is
    /// free [default: 5, or the tuned configuration].
    #[arg(long, env = "ADSCREEN_MAX_BATCH_DELAY_MS")]
    pub max_batch_delay_ms: Option<f64>,
    /// Requests that may wait per model; one more is refused with 429.
    #[arg(long, env = "ADSCREEN_QUEUE_CAPACITY", default_value_t = 1024)]
    pub queue_capacity: usize,
}

impl EngineArgs {
    /// Validates the options into the runtime's load settings.
    pub fn load_options(&self) -> anyhow::Result<LoadOptions> {
        let workers = self.workers.unwrap_or(1);
        let max_batch_size = self.max_batch_size.unwrap_or(32);
        let max_batch_delay_ms = self.max_batch_delay_ms.unwrap_or(5.0);
        if workers == 0 || workers > 256 {
            bail!("--workers must be between 1 and 256, got {workers}");
        }
        if max_batch_size == 0 || max_batch_size > 4096 {
            bail!("--max-batch-size must be between 1 and 4096, got {max_batch_size}");
        }
        if !(0.0..=10_000.0).contains(&max_batch_delay_ms) {
            bail!("--max-batch-delay-ms must be between 0 and 10000, got {max_batch_delay_ms}");
        }
        if self.queue_capacity == 0 {
            bail!("--queue-capacity must be at least 1");
        }
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let threads = self.threads.unwrap_or_else(|| (cores / workers).max(1));
        if threads == 0 || threads > 1024 {
            bail!("--threads must be between 1 and 1024, got {threads}");
        }
        Ok(LoadOptions {
            backend: BackendOptions { engine: self.engine, precision: self.precision, threads },
            workers,
            use_tuned: self.workers.is_none()
                && self.threads.is_none()
                && self.max_batch_size.is_none()
                && self.max_batch_delay_ms.is_none(),
            batch: BatchConfig {
                max_batch_size,
                max_batch_delay: Duration::from_secs_f64(max_batch_delay_ms / 1000.0),
                queue_capacity: self.queue_capacity,
                mixed_shapes: true,
            },
        })
    }
}

pub fn home(cli_home: &Option<PathBuf>) -> Home {
    cli_home.clone().map(Home::at).unwrap_or_else(Home::from_env)
}

/// Runs the fetch when the cache lacks anything, as `serve`, `screen` and `embed` do on first run.
pub fn ensure_models(home: &Home) -> anyhow::Result<()> {
    if fetch::is_complete(home)? {
        return Ok(());
    }
    eprintln!("First run: fetching engines and models into {}", home.root().display());
    let report = fetch::ensure(home, &FetchOptions::default()).context("fetching models")?;
    for d in &report.downloaded {
        eprintln!("  downloaded {d}");
    }
    for c in &report.compiled {
        eprintln!("  compiled {c}");
    }
    Ok(())
}

pub fn init_logging(args: &LogArgs) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_new(&args.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if args.log_format == "json" {
        builder.json().with_current_span(true).init();
    } else {
        builder.compact().init();
    }
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let home = home(&cli.home);
    match cli.command {
        Command::Serve(args) => crate::serve::run(&home, &args),
        Command::Embed(args) => crate::embed::run(&home, &args),
        Command::Screen(args) => crate::screen::run(&home, &args),
        Command::Decisions(cmd) => crate::decisions::run(&home, cmd),
        Command::Models(cmd) => crate::models::run(&home, cmd),
        Command::Train(cmd) => crate::train::run(&home, cmd),
        Command::Compile(args) => crate::compile::run(&home, &args),
        Command::Archive(cmd) => crate::archive::run(cmd),
        Command::Bench(cmd) => crate::bench::run(&home, cmd),
    }
}

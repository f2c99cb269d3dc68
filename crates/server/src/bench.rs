//! `adscreen bench`: a load generator. `bench http` drives a running server over HTTP at a fixed
//! concurrency (closed loop) or a fixed arrival rate (open loop, so queueing shows), with the same ad
//! texts every time; `bench inprocess` sends the same texts through a model's batcher in this process,
//! so the HTTP layer's cost can be read off the difference. Both report throughput, latency
//! percentiles and errors; `bench http` also reads the server's RSS from its metrics endpoint.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use adscreen_runtime::home::Home;
use adscreen_runtime::registry::{LoadedModel, Registry};
use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::cli::{EngineArgs, ensure_models};
use crate::setup;

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Load a running server over HTTP.
    Http(HttpArgs),
    /// Send the same load through a model's batcher in this process (no HTTP).
    Inprocess(InprocessArgs),
    /// Sweep batch size, batch delay and workers in process, recommend the fastest configuration that
    /// meets a p99 target, and (with --write) make it the model's serving configuration.
    Sweep(SweepArgs),
}

#[derive(Debug, Args)]
pub struct SweepArgs {
    /// Model to tune (a default model name).
    #[arg(long, default_value = adscreen_runtime::fetch::POLICY_MODEL)]
    pub model: String,
    #[arg(long, value_delimiter = ',', default_value = "8,16,32,64")]
    pub batch_sizes: Vec<usize>,
    #[arg(long, value_delimiter = ',', default_value = "0,2,5,10")]
    pub delays_ms: Vec<f64>,
    #[arg(long, value_delimiter = ',', default_value = "1,2")]
    pub workers: Vec<usize>,
    /// Connections (closed loop) each configuration is measured under.
    #[arg(long, default_value_t = 64)]
    pub concurrency: usize,
    /// The latency target: the recommendation is the highest throughput with p99 at or under it.
    #[arg(long, default_value_t = 100.0)]
    pub p99_target_ms: f64,
    /// Write the recommendation into the model's directory (serving.json), where serve reads it.
    #[arg(long)]
    pub write: bool,
    /// With --write: write it here instead of the model's directory.
    #[arg(long)]
    pub serving_file: Option<PathBuf>,
    #[command(flatten)]
    pub load: LoadArgs,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Debug, Args, Clone)]
pub struct LoadArgs {
    /// Concurrency levels to run, one after the other (closed loop).
    #[arg(long, value_delimiter = ',', default_value = "1,8,32,64")]
    pub concurrency: Vec<usize>,
    /// Arrival rates in requests per second (open loop); replaces --concurrency when given.
    #[arg(long, value_delimiter = ',')]
    pub rate: Vec<f64>,
    /// Seconds per level.
    #[arg(long, default_value_t = 10.0)]
    pub duration: f64,
    /// Seconds of warm-up before each level (not measured).
    #[arg(long, default_value_t = 1.0)]
    pub warmup: f64,
    /// Texts to send, one per line (default: built-in short ad texts).
    #[arg(long)]
    pub texts: Option<PathBuf>,
    /// Print one JSON object per level instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct HttpArgs {
    /// Target URL, e.g. http://127.0.0.1:8080/predictions/ad-text-policy (the text is the raw body).
    #[arg(long)]
    pub url: String,
    /// Metrics URL to read the server's RSS from (default: the target host on port 8082).
    #[arg(long)]
    pub metrics_url: Option<String>,
    /// Request body format: raw text, a TorchServe JSON object, or a screening request.
    #[arg(long, value_parser = ["text", "json", "screen"], default_value = "text")]
    pub body: String,
    #[command(flatten)]
    pub load: LoadArgs,
}

#[derive(Debug, Args)]
pub struct InprocessArgs {
    /// Model to load (a default model name).
    #[arg(long, default_value = adscreen_runtime::fetch::POLICY_MODEL)]
    pub model: String,
    #[command(flatten)]
    pub load: LoadArgs,
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// Short ad texts of typical length, used when no file is given.
pub const DEFAULT_TEXTS: &[&str] = &[
    "Summer sale: 40% off all sandals this weekend only",
    "Refinance your home loan at a fixed 5.9% APR today",
    "Killer deals on laptops and 4K TVs, free shipping",
    "Lose weight fast with our miracle tea, no exercise needed",
    "Fresh flowers delivered same day across the city",
    "Spin the wheel and win big at our online casino tonight",
    "Book a table at our new Italian restaurant downtown",
    "Congratulations! You have won a free iPhone, claim it now",
    "Learn Python online with certified instructors, start free",
    "Craft beer tasting every Friday at the downtown taproom",
    "Descubre las ofertas de verano en toda la tienda",
    "Get a free quote for solar panels and cut your bills",
    "Project management for small teams, free for 10 users",
    "Premium noise-cancelling headphones, 30-hour battery",
    "Adopt a rescue dog this weekend at the city shelter",
    "Stock trading app with zero commission, sign up now",
];

/// Results of one load level.
#[derive(Debug, Serialize)]
pub struct LevelReport {
    pub mode: String,
    pub level: f64,
    pub requests: usize,
    pub errors: usize,
    pub throughput_rps: f64,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub p999_ms: f64,
    pub mean_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_rss_mb: Option<f64>,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let idx = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn report(mode: &str, level: f64, mut lat_ms: Vec<f64>, errors: usize, elapsed: f64) -> LevelReport {
    lat_ms.sort_by(|a, b| a.total_cmp(b));
    let n = lat_ms.len();
    LevelReport {
        mode: mode.into(),
        level,
        requests: n,
        errors,
        throughput_rps: n as f64 / elapsed,
        p50_ms: percentile(&lat_ms, 50.0),
        p90_ms: percentile(&lat_ms, 90.0),
        p99_ms: percentile(&lat_ms, 99.0),
        p999_ms: percentile(&lat_ms, 99.9),
        mean_ms: if n == 0 { f64::NAN } else { lat_ms.iter().sum::<f64>() / n as f64 },
        server_rss_mb: None,
    }
}

fn print(reports: &[LevelReport], json: bool) -> anyhow::Result<()> {
    if json {
        for r in reports {
            println!("{}", serde_json::to_string(r)?);
        }
        return Ok(());
    }
    println!(
        "{:<12} {:>7} {:>9} {:>7} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "mode", "level", "requests", "errors", "req/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "RSS MB"
    );
    for r in reports {
        println!(
            "{:<12} {:>7} {:>9} {:>7} {:>10.1} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9}",
            r.mode,
            r.level,
            r.requests,
            r.errors,
            r.throughput_rps,
            r.p50_ms,
            r.p90_ms,
            r.p99_ms,
            r.p999_ms,
            r.server_rss_mb.map(|m| format!("{m:.0}")).unwrap_or_else(|| "-".into())
        );
    }
    Ok(())
}

fn texts(load: &LoadArgs) -> anyhow::Result<Arc<Vec<String>>> {
    let t: Vec<String> = match &load.texts {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("reading {}", p.display()))?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        None => DEFAULT_TEXTS.iter().map(|s| s.to_string()).collect(),
    };
    if t.is_empty() {
        bail!("no texts to send");
    }
    Ok(Arc::new(t))
}

/// A parsed `http://host:port/path` URL.
struct Target {
    addr: SocketAddr,
    host: String,
    path: String,
}

fn parse_url(url: &str) -> anyhow::Result<Target> {
    let rest = url.strip_prefix("http://").context("only http:// URLs are supported")?;
    let (host, path) = rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap_or((rest, "/".into()));
    let addr = std::net::ToSocketAddrs::to_socket_addrs(host)
        .with_context(|| format!("resolving {host}"))?
        .next()
        .context("no address")?;
    Ok(Target { addr, host: host.to_string(), path })
}

/// One keep-alive HTTP/1.1 connection.
struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    async fn open(addr: SocketAddr) -> std::io::Result<Conn> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(Conn { stream, buf: Vec::with_capacity(8192) })
    }

    /// Sends one request and reads the whole response; returns the status.
    async fn request(&mut self, head: &str, body: &[u8]) -> std::io::Result<u16> {
        self.stream.write_all(head.as_bytes()).await?;
        self.stream.write_all(body).await?;
        self.buf.clear();
        loop {
            if let Some(end) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let header = String::from_utf8_lossy(&self.buf[..end]).to_string();
                let status: u16 = header.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
                let len: usize = header
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.trim()
                            .eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse().ok())
                            .flatten()
                    })
                    .unwrap_or(0);
                while self.buf.len() < end + 4 + len {
                    let mut chunk = [0u8; 16384];
                    let n = self.stream.read(&mut chunk).await?;
                    if n == 0 {
                        return Err(std::io::Error::other("connection closed mid-response"));
                    }
                    self.buf.extend_from_slice(&chunk[..n]);
                }
                return Ok(status);
            }
            let mut chunk = [0u8; 16384];
            let n = self.stream.read(&mut chunk).await?;
            if n == 0 {
                return Err(std::io::Error::other("connection closed"));
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }
}

fn body_for(kind: &str, text: &str) -> (Vec<u8>, &'static str) {
    match kind {
        "json" => (serde_json::json!({"data": text}).to_string().into_bytes(), "application/json"),
        // A line that is already a screening request (a JSON object) is sent as it is.
        "screen" if text.trim_start().starts_with('{') => (text.as_bytes().to_vec(), "application/json"),
        "screen" => (serde_json::json!({"headline": text}).to_string().into_bytes(), "application/json"),
        _ => (text.as_bytes().to_vec(), "text/plain"),
    }
}

async fn rss_mb(url: &Option<String>, target: &Target) -> Option<f64> {
    let url = url.clone().unwrap_or_else(|| format!("http://{}:8082/metrics", target.addr.ip()));
    let t = parse_url(&url).ok()?;
    let mut c = Conn::open(t.addr).await.ok()?;
    let head = format!("GET {} HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\n\r\n", t.path, t.host);
    c.request(&head, b"").await.ok()?;
    let text = String::from_utf8_lossy(&c.buf);
    let peak = text.lines().find(|l| l.starts_with("adscreen_process_peak_resident_memory_bytes "));
    let now = text.lines().find(|l| l.starts_with("adscreen_process_resident_memory_bytes "));
    peak.or(now)?.split_whitespace().nth(1)?.parse::<f64>().ok().map(|b| b / 1e6)
}

async fn http_level(
    target: Arc<Target>,
    texts: Arc<Vec<String>>,
    kind: &str,
    concurrency: usize,
    rate: Option<f64>,
    duration: f64,
    warmup: f64,
) -> LevelReport {
    let kind: &'static str = match kind {
        "json" => "json",
        "screen" => "screen",
        _ => "text",
    };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Result<f64, ()>>();
    let start = Instant::now();
    let measure_from = start + Duration::from_secs_f64(warmup);
    let stop = measure_from + Duration::from_secs_f64(duration);
    let one = move |conn: &mut Option<Conn>, i: usize, target: &Target| {
        let text = &texts[i % texts.len()];
        let (body, ctype) = body_for(kind, text);
        let head = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
            target.path,
            target.host,
            body.len()
        );
        let conn_taken = conn.take();
        let addr = target.addr;
        async move {
            let mut c = match conn_taken {
                Some(c) => c,
                None => Conn::open(addr).await.map_err(|_| ())?,
            };
            let t = Instant::now();
            let status = c.request(&head, &body).await.map_err(|_| ())?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            if status == 200 { Ok((ms, c)) } else { Err(()) }
        }
    };
    match rate {
        None => {
            let mut tasks = Vec::new();
            for w in 0..concurrency {
                let tx = tx.clone();
                let target = target.clone();
                let one = one.clone();
                tasks.push(tokio::spawn(async move {
                    let mut conn: Option<Conn> = None;
                    let mut i = w;
                    while Instant::now() < stop {
                        let begun = Instant::now();
                        match one(&mut conn, i, &target).await {
                            Ok((ms, c)) => {
                                conn = Some(c);
                                if begun >= measure_from {
                                    let _ = tx.send(Ok(ms));
                                }
                            }
                            Err(()) => {
                                if begun >= measure_from {
                                    let _ = tx.send(Err(()));
                                }
                            }
                        }
                        i += concurrency;
                    }
                }));
            }
            drop(tx);
            for t in tasks {
                let _ = t.await;
            }
        }
        Some(r) => {
            // Open loop: a request every 1/r seconds whether or not earlier ones have finished.
            let interval = Duration::from_secs_f64(1.0 / r.max(0.001));
            let mut next = Instant::now();
            let mut i = 0usize;
            let mut tasks = Vec::new();
            while next < stop {
                tokio::time::sleep_until(next.into()).await;
                let tx = tx.clone();
                let target = target.clone();
                let one = one.clone();
                let scheduled = next;
                tasks.push(tokio::spawn(async move {
                    let mut conn = None;
                    let res = one(&mut conn, i, &target).await;
                    if scheduled >= measure_from {
                        // Latency from the scheduled arrival, so queueing in the client counts too.
                        let _ = tx.send(res.map(|_| scheduled.elapsed().as_secs_f64() * 1000.0));
                    }
                }));
                i += 1;
                next += interval;
            }
            drop(tx);
            for t in tasks {
                let _ = t.await;
            }
        }
    }
    let mut lat = Vec::new();
    let mut errors = 0;
    while let Some(r) = rx.recv().await {
        match r {
            Ok(ms) => lat.push(ms),
            Err(()) => errors += 1,
        }
    }
    let elapsed = duration;
    let (mode, level) = match rate {
        Some(r) => ("open-loop", r),
        None => ("closed-loop", concurrency as f64),
    };
    report(mode, level, lat, errors, elapsed)
}

/// One closed-loop level through a model's batcher in this process.
async fn inprocess_level(
    model: &Arc<LoadedModel>,
    texts: &Arc<Vec<String>>,
    c: usize,
    duration: f64,
    warmup: f64,
) -> LevelReport {
    let start = Instant::now();
    let measure_from = start + Duration::from_secs_f64(warmup);
    let stop = measure_from + Duration::from_secs_f64(duration);
    let mut tasks = Vec::new();
    for w in 0..c {
        let model = model.clone();
        let texts = texts.clone();
        tasks.push(tokio::spawn(async move {
            let mut out = (Vec::new(), 0usize);
            let mut i = w;
            while Instant::now() < stop {
                let t = Instant::now();
                let ok = model.infer_texts(&[texts[i % texts.len()].as_str()], None).await.is_ok();
                if t >= measure_from {
                    if ok {
                        out.0.push(t.elapsed().as_secs_f64() * 1000.0);
                    } else {
                        out.1 += 1;
                    }
                }
                i += c;
            }
            out
        }));
    }
    let mut lat = Vec::new();
    let mut errors = 0;
    for t in tasks {
        if let Ok((l, e)) = t.await {
            lat.extend(l);
            errors += e;
        }
    }
    report("in-process", c as f64, lat, errors, duration)
}

/// `bench sweep`: every combination of batch size, batch delay and workers at one concurrency, in
/// process; recommends the highest throughput whose p99 meets the target and writes it as the model's
/// serving configuration.
fn sweep(home: &Home, args: &SweepArgs) -> anyhow::Result<()> {
    ensure_models(home)?;
    let recipe = adscreen_runtime::fetch::RECIPES
        .iter()
        .find(|r| r.model == args.model)
        .with_context(|| format!("{} is not a default model", args.model))?;
    let texts = texts(&args.load)?;
    let base = args.engine.load_options()?;
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let mut rows: Vec<(setup::TunedServing, LevelReport)> = Vec::new();
    let combos: Vec<(usize, f64, usize)> = args
        .workers
        .iter()
        .flat_map(|&w| {
            args.batch_sizes.iter().flat_map(move |&b| args.delays_ms.iter().map(move |&d| (b, d, w)))
        })
        .collect();
    let bar = crate::train::bar(combos.len(), "sweeping batch size x delay x workers");
    for (b, d, w) in combos {
        let mut opts = base.clone();
        opts.use_tuned = false;
        opts.workers = w;
        opts.backend.threads = (cores / w).max(1);
        opts.batch.max_batch_size = b;
        opts.batch.max_batch_delay = Duration::from_secs_f64(d / 1000.0);
        let registry = Registry::new();
        // Quiet while loading: one "model loaded" line per configuration would bury the progress bar.
        let model = tracing::dispatcher::with_default(&tracing::Dispatch::none(), || {
            setup::load_default(home, &registry, &args.model, &opts)
        })?;
        let rep = rt.block_on(inprocess_level(
            &model,
            &texts,
            args.concurrency,
            args.load.duration,
            args.load.warmup,
        ));
        let precision = model.backend.precision.to_string();
        registry.shutdown();
        drop(model);
        rows.push((
            setup::TunedServing {
                max_batch_size: b,
                max_batch_delay_ms: d,
                workers: w,
                threads: opts.backend.threads,
                p99_target_ms: args.p99_target_ms,
                concurrency: args.concurrency,
                throughput_rps: rep.throughput_rps,
                p99_ms: rep.p99_ms,
                precision,
            },
            rep,
        ));
        bar.inc(1);
    }
    bar.finish_and_clear();
    println!(
        "{:>6} {:>9} {:>8} {:>8} {:>9} {:>8} {:>8} {:>7}",
        "batch", "delay ms", "workers", "threads", "req/s", "p50 ms", "p99 ms", "errors"
    );
    for (t, r) in &rows {
        println!(
            "{:>6} {:>9.1} {:>8} {:>8} {:>9.1} {:>8.1} {:>8.1} {:>7}",
            t.max_batch_size,
            t.max_batch_delay_ms,
            t.workers,
            t.threads,
            r.throughput_rps,
            r.p50_ms,
            r.p99_ms,
            r.errors
        );
    }
    let best = rows
        .iter()
        .filter(|(t, r)| r.errors == 0 && t.p99_ms <= args.p99_target_ms)
        .max_by(|a, b| a.0.throughput_rps.total_cmp(&b.0.throughput_rps));
    let Some((best, _)) = best else {
        bail!(
            "no configuration met p99 <= {} ms at {} connections; try a lower concurrency or a looser target",
            args.p99_target_ms,
            args.concurrency
        );
    };
    println!(
        "\nrecommended for p99 <= {} ms at {} connections: batch {}, delay {} ms, {} worker(s) x {} thread(s): {:.1} req/s, p99 {:.1} ms",
        args.p99_target_ms,
        args.concurrency,
        best.max_batch_size,
        best.max_batch_delay_ms,
        best.workers,
        best.threads,
        best.throughput_rps,
        best.p99_ms
    );
    if args.write {
        let path = match &args.serving_file {
            Some(p) => p.clone(),
            None => home.model_dir(recipe.model, recipe.version).join(setup::TUNED_FILE),
        };
        let tmp = path.with_extension("json.partial");
        std::fs::write(&tmp, serde_json::to_vec_pretty(best)?)?;
        std::fs::rename(&tmp, &path)?;
        println!("written to {} (used by serve when no batching option is given)", path.display());
    }
    Ok(())
}

pub fn run(home: &Home, cmd: BenchCommand) -> anyhow::Result<()> {
    match cmd {
        BenchCommand::Http(args) => {
            let target = Arc::new(parse_url(&args.url)?);
            let texts = texts(&args.load)?;
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
            let reports = rt.block_on(async {
                let mut reports = Vec::new();
                let levels: Vec<(usize, Option<f64>)> = if args.load.rate.is_empty() {
                    args.load.concurrency.iter().map(|&c| (c, None)).collect()
                } else {
                    args.load.rate.iter().map(|&r| (0, Some(r))).collect()
                };
                for (c, r) in levels {
                    eprintln!(
                        "running {} for {:.0}s ...",
                        r.map(|r| format!("{r} req/s")).unwrap_or(format!("{c} connections")),
                        args.load.duration
                    );
                    let mut rep = http_level(
                        target.clone(),
                        texts.clone(),
                        &args.body,
                        c.max(1),
                        r,
                        args.load.duration,
                        args.load.warmup,
                    )
                    .await;
                    rep.server_rss_mb = rss_mb(&args.metrics_url, &target).await;
                    reports.push(rep);
                }
                reports
            });
            print(&reports, args.load.json)
        }
        BenchCommand::Sweep(args) => sweep(home, &args),
        BenchCommand::Inprocess(args) => {
            ensure_models(home)?;
            let opts = args.engine.load_options()?;
            let registry = Registry::new();
            let model = setup::load_default(home, &registry, &args.model, &opts)?;
            let texts = texts(&args.load)?;
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
            let mut reports = Vec::new();
            for &c in &args.load.concurrency {
                reports.push(rt.block_on(inprocess_level(
                    &model,
                    &texts,
                    c,
                    args.load.duration,
                    args.load.warmup,
                )));
            }
            registry.shutdown();
            print(&reports, args.load.json)
        }
    }
}

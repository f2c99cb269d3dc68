//! Prometheus metrics: the exporter, its histogram buckets, the process collector and the metrics
//! API's router. Metrics are recorded where events happen (the batcher, the HTTP handlers) through the
//! `metrics` facade; every name starts with `adscreen_`.

use std::path::PathBuf;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Latency buckets in seconds, from 100 microseconds to 30 seconds.
const LATENCY_BUCKETS: &[f64] = &[
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
    30.0,
];
/// Batch-size buckets.
const BATCH_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];

/// Installs the process-wide recorder and returns the handle that renders it.
pub fn install() -> anyhow::Result<PrometheusHandle> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), LATENCY_BUCKETS)?
        .set_buckets_for_metric(Matcher::Full("adscreen_batch_size".into()), BATCH_BUCKETS)?
        .install_recorder()?;
    Ok(handle)
}

/// State of the metrics listener.
#[derive(Clone)]
pub struct MetricsState {
    pub handle: PrometheusHandle,
    /// The cache directory, whose file system's free space is reported.
    pub home: PathBuf,
}

pub fn router(state: MetricsState) -> Router {
    Router::new().route("/metrics", get(render)).with_state(state)
}

async fn render(State(state): State<MetricsState>) -> impl IntoResponse {
    collect_process(&state.home);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], state.handle.render())
}

/// Runs the exporter's upkeep (histogram maintenance) in the background.
pub fn spawn_upkeep(handle: PrometheusHandle) {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            handle.run_upkeep();
        }
    });
}

fn proc_field(text: &str, key: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

/// Reads CPU, memory, file descriptors and disk figures of this process from /proc.
pub fn collect_process(home: &std::path::Path) {
    // Linux reports CPU time in clock ticks of USER_HZ, which is 100 on every mainstream kernel.
    const TICKS_PER_SECOND: f64 = 100.0;
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        // Fields after the command name, which is parenthesised and may contain spaces.
        if let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) {
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
            // utime and stime are fields 14 and 15 of the line, 11 and 12 after the name.
            metrics::gauge!("adscreen_process_cpu_seconds_total")
                .set((ticks(11) + ticks(12)) / TICKS_PER_SECOND);
            metrics::gauge!("adscreen_process_threads").set(ticks(17));
        }
    }
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(kb) = proc_field(&status, "VmRSS:") {
            metrics::gauge!("adscreen_process_resident_memory_bytes").set(kb * 1024.0);
        }
        if let Some(kb) = proc_field(&status, "VmHWM:") {
            metrics::gauge!("adscreen_process_peak_resident_memory_bytes").set(kb * 1024.0);
        }
        if let Some(kb) = proc_field(&status, "VmSize:") {
            metrics::gauge!("adscreen_process_virtual_memory_bytes").set(kb * 1024.0);
        }
    }
    if let Ok(io) = std::fs::read_to_string("/proc/self/io") {
        if let Some(b) = proc_field(&io, "read_bytes:") {
            metrics::gauge!("adscreen_process_disk_read_bytes_total").set(b);
        }
        if let Some(b) = proc_field(&io, "write_bytes:") {
            metrics::gauge!("adscreen_process_disk_written_bytes_total").set(b);
        }
    }
    if let Ok(fds) = std::fs::read_dir("/proc/self/fd") {
        metrics::gauge!("adscreen_process_open_fds").set(fds.count() as f64);
    }
    if let Ok(free) = fs4::available_space(home) {
        metrics::gauge!("adscreen_disk_free_bytes").set(free as f64);
    }
}

/// Records a model's load time.
pub fn record_load(m: &adscreen_runtime::registry::LoadedModel) {
    metrics::gauge!("adscreen_model_load_duration_seconds", "model" => m.name.clone(), "version" => m.version.clone())
        .set(m.load_time.as_secs_f64());
}

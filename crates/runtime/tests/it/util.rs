use std::path::PathBuf;

use adscreen_runtime::backend::{BackendOptions, EngineKind, Precision};
use adscreen_runtime::batcher::BatchConfig;
use adscreen_runtime::home::Home;
use adscreen_runtime::registry::LoadOptions;

/// The cache the test command fetched into; the engines must be there.
pub fn home() -> Home {
    let home = Home::from_env();
    if let Err(e) = home.openvino_library().and_then(|_| home.onnxruntime_library()) {
        panic!(
            "{e}\nThese tests need the engine libraries: run `cargo run --release -- models fetch` (the README's test command does)."
        );
    }
    home
}

/// Every engine/precision combination the runtime supports on CPU.
pub fn engines() -> Vec<(EngineKind, Precision)> {
    vec![
        (EngineKind::OpenVino, Precision::Fp32),
        (EngineKind::OpenVino, Precision::Bf16),
        (EngineKind::OnnxRuntime, Precision::Fp32),
    ]
}

pub fn load_options(engine: EngineKind, precision: Precision, workers: usize) -> LoadOptions {
    LoadOptions {
        use_tuned: false,
        backend: BackendOptions { engine, precision, threads: 1 },
        workers,
        batch: BatchConfig::default(),
    }
}

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

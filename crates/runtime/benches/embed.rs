//! Throughput of the text-embedding path (tokenizer, registry, batcher, backend thread) against the
//! engine alone on the same compiled graph and shapes, in sequences per second, at batch 1/8/32 and
//! sequence lengths 16/64/128, for OpenVINO (FP32 and BF16) and ONNX Runtime (FP32).
//!
//! Needs the real all-MiniLM-L6-v2 in the cache (`adscreen models fetch`). Run with
//! `cargo bench -p adscreen-runtime --bench embed`.

use std::time::Duration;

use adscreen_runtime::Tensor;
use adscreen_runtime::backend::{self, BackendOptions, EngineKind, Precision};
use adscreen_runtime::batcher::BatchConfig;
use adscreen_runtime::compiler::bert::{ATTENTION_MASK, INPUT_IDS};
use adscreen_runtime::fetch::{DEFAULT_ENCODER, RECIPES};
use adscreen_runtime::home::Home;
use adscreen_runtime::registry::{LoadOptions, LoadedModel};
use adscreen_runtime::text::TextTokenizer;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Words that are one WordPiece token each, so a text of n words has n + 2 tokens.
const WORDS: &[&str] = &[
    "great", "deals", "on", "new", "shoes", "shop", "today", "free", "shipping", "for", "all", "orders",
    "this", "week", "only", "at", "our", "store",
];

fn text_of_tokens(tok: &TextTokenizer, tokens: usize, salt: usize) -> String {
    let words: Vec<&str> = (0..tokens - 2).map(|i| WORDS[(i * 7 + salt) % WORDS.len()]).collect();
    let text = words.join(" ");
    assert_eq!(tok.encode(&text).unwrap().ids.len(), tokens, "{text}");
    text
}

fn bench(c: &mut Criterion) {
    let home = Home::from_env();
    let recipe = RECIPES.iter().find(|r| r.model == DEFAULT_ENCODER).unwrap();
    let dir = home.model_dir(recipe.model, recipe.version);
    let onnx = std::fs::read(dir.join("model.onnx")).expect("run `adscreen models fetch` first");
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let configs = [
        (EngineKind::OpenVino, Precision::Fp32),
        (EngineKind::OpenVino, Precision::Bf16),
        (EngineKind::OnnxRuntime, Precision::Fp32),
    ];
    for (engine, precision) in configs {
        let opts = BackendOptions { engine, precision, threads };
        let mut engine_alone = backend::load(&home, &onnx, &opts, 1).unwrap().remove(0);
        let mut group = c.benchmark_group(format!("embed/{engine}-{precision}"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(800))
            .measurement_time(Duration::from_secs(4));
        for batch in [1usize, 8, 32] {
            let load = LoadOptions {
                use_tuned: false,
                backend: opts.clone(),
                workers: 1,
                batch: BatchConfig {
                    max_batch_size: batch,
                    max_batch_delay: Duration::from_millis(5),
                    queue_capacity: 4096,
                    mixed_shapes: true,
                },
            };
            let model = LoadedModel::load_dir(&home, &dir, &load).unwrap();
            let tok = model.tokenizer().unwrap().clone();
            for seq in [16usize, 64, 128] {
                let texts: Vec<String> = (0..batch * 8).map(|i| text_of_tokens(&tok, seq, i)).collect();
                let ids: Vec<i64> = texts[..batch].iter().flat_map(|t| tok.encode(t).unwrap().ids).collect();
                let ids = Tensor::i64(vec![batch, seq], ids).unwrap();
                let mask = Tensor::i64(vec![batch, seq], vec![1; batch * seq]).unwrap();
                group.throughput(Throughput::Elements(batch as u64));
                group.bench_function(BenchmarkId::new("engine", format!("b{batch}_L{seq}")), |b| {
                    b.iter(|| engine_alone.run(&[(INPUT_IDS, &ids), (ATTENTION_MASK, &mask)]).unwrap());
                });
                // Eight batches' worth of requests in flight, so the worker always has a full batch waiting.
                let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
                group.throughput(Throughput::Elements(refs.len() as u64));
                group.bench_function(BenchmarkId::new("path", format!("b{batch}_L{seq}")), |b| {
                    b.iter(|| model.embed_blocking(&refs).unwrap());
                });
            }
            model.shutdown();
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

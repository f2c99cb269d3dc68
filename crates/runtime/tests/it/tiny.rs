//! The compiler and both engines on a tiny random BERT the test builds itself (no network, no real model).

use adscreen_runtime::backend::{self, BackendOptions, EngineKind, Precision};
use adscreen_runtime::compiler::bert::{self, BertGraphOptions};
use adscreen_runtime::registry::{LoadedModel, Task};
use adscreen_runtime::testkit::{cosine, naive_sentence_embedding, write_tiny_sentence_encoder};
use adscreen_runtime::text::TextTokenizer;
use adscreen_runtime::{Error, Tensor, onnx};

use crate::util::{engines, home, load_options};

const TEXTS: &[&str] = &[
    "Buy now: free shoes!",
    "killer deals on all new summer collection today only",
    "a",
    "Win a prize, click here.",
    "fresh flowers store sale 50% off $9",
    "shop the store",
];

struct Tiny {
    _dir: tempfile::TempDir,
    out: std::path::PathBuf,
    config: bert::BertConfig,
    weights: adscreen_runtime::archive::Weights,
}

fn compiled_tiny(seed: u64) -> Tiny {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    let out = dir.path().join("out");
    let (config, weights) = write_tiny_sentence_encoder(&src, seed).unwrap();
    let manifest = bert::compile_sentence_encoder(&src, &out, "tiny", "1", "test").unwrap();
    assert_eq!(manifest.tokenizer.as_ref().unwrap().max_length, 24);
    assert_eq!(manifest.extra["pooling"], "mean");
    assert_eq!(manifest.extra["normalize"], true);
    Tiny { _dir: dir, out, config, weights }
}

#[test]
fn compiled_tiny_bert_matches_a_naive_forward_pass_on_every_engine() {
    let home = home();
    let tiny = compiled_tiny(11);
    let tok = TextTokenizer::load(&tiny.out.join("tokenizer.json"), 24).unwrap();
    for (engine, precision) in engines() {
        let model = LoadedModel::load_dir(&home, &tiny.out, &load_options(engine, precision, 1)).unwrap();
        assert_eq!(model.backend.engine, engine);
        assert_eq!(model.backend.precision, precision, "{engine} did not run at {precision}");
        let got = model.embed_blocking(TEXTS).unwrap();
        let floor = if precision == Precision::Bf16 { 0.999 } else { 0.99999 };
        for (text, e) in TEXTS.iter().zip(&got) {
            let ids = tok.encode(text).unwrap().ids;
            let want = naive_sentence_embedding(&tiny.config, &tiny.weights, &ids);
            let c = cosine(e, &want);
            assert!(c >= floor, "{engine}/{precision} {text:?}: cosine {c} < {floor}");
        }
        model.shutdown();
    }
}

/// `layer_means` holds, per layer but the last, what an encoder cut after that layer would embed.
#[test]
fn layer_means_are_the_embeddings_of_the_encoder_cut_after_each_layer() {
    let home = home();
    let tiny = compiled_tiny(5);
    let tok = TextTokenizer::load(&tiny.out.join("tokenizer.json"), 24).unwrap();
    let got = adscreen_runtime::registry::infer_fixed_batches(
        &home,
        &tiny.out,
        TEXTS,
        &[bert::LAYER_MEANS],
        4,
        1,
        |_| {},
    )
    .unwrap();
    let cut = bert::BertConfig { num_hidden_layers: 1, ..tiny.config.clone() };
    for (text, means) in TEXTS.iter().zip(&got) {
        assert_eq!(means.len(), tiny.config.hidden_size, "one block: the tiny model has two layers");
        let ids = tok.encode(text).unwrap().ids;
        let want = naive_sentence_embedding(&cut, &tiny.weights, &ids);
        let c = cosine(means, &want);
        assert!(c >= 0.99999, "{text:?}: cosine {c}");
        // And not the full model's embedding.
        let full = naive_sentence_embedding(&tiny.config, &tiny.weights, &ids);
        assert!(cosine(means, &full) < 0.999, "{text:?}");
    }
}

/// A head compiled onto the encoder reads the sentence embedding and the named layer's block, and gives
/// the probabilities its own forward pass gives on those features.
#[test]
fn a_head_on_a_layers_mean_reads_that_layer() {
    use adscreen_runtime::compiler::bert::{HeadInput, HeadSpec};
    use adscreen_runtime::train::{Examples, TrainConfig, train_classifier};
    let home = home();
    let tiny = compiled_tiny(8);
    let src = tiny.out.parent().unwrap().join("src");
    let h = tiny.config.hidden_size;
    let outputs = [bert::SENTENCE_EMBEDDING, bert::LAYER_MEANS];
    let features =
        adscreen_runtime::registry::infer_fixed_batches(&home, &tiny.out, TEXTS, &outputs, 4, 1, |_| {})
            .unwrap();
    assert!(features.iter().all(|f| f.len() == 2 * h));
    let labels: Vec<Vec<f32>> =
        (0..TEXTS.len()).map(|i| vec![(i % 2) as f32, (i % 3 == 0) as i32 as f32]).collect();
    let ex = Examples { dense: &features, sparse: None, labels: &labels, weights: None };
    let cfg = TrainConfig { hidden: 5, max_epochs: 3, ..Default::default() };
    let (head, _) = train_classifier(ex, ex, None, &cfg).unwrap();
    let names = vec!["a".to_string(), "b".to_string()];
    let spec = |input| HeadSpec {
        head: &head,
        labels: &names,
        ngrams: None,
        input,
        extra: &serde_json::Value::Null,
    };
    let out = tiny.out.parent().unwrap().join("cls");
    bert::compile_sentence_model(&src, &out, "tiny-cls", "1", "test", Some(spec(HeadInput::LayerMean(1))))
        .unwrap();
    let probs = adscreen_runtime::registry::infer_fixed_batches(
        &home,
        &out,
        TEXTS,
        &[bert::PROBABILITIES],
        4,
        1,
        |_| {},
    )
    .unwrap();
    for ((text, p), f) in TEXTS.iter().zip(&probs).zip(&features) {
        for (got, want) in p.iter().zip(head.forward(f, &[])) {
            assert!((got - want).abs() < 1e-5, "{text:?}: {got} vs {want}");
        }
    }
    // A layer the encoder does not have before its last, or a head of another width, is refused.
    let e = bert::compile_sentence_model(
        &src,
        &out,
        "tiny-cls",
        "1",
        "test",
        Some(spec(HeadInput::LayerMean(2))),
    )
    .unwrap_err();
    assert!(e.to_string().contains("layers before the last are 1 to 1"), "{e}");
    assert!(
        bert::compile_sentence_model(&src, &out, "tiny-cls", "1", "test", Some(spec(HeadInput::Sentence)))
            .is_err()
    );
}

#[test]
fn engines_agree_with_each_other_on_the_same_graph() {
    let home = home();
    let tiny = compiled_tiny(12);
    let ov = LoadedModel::load_dir(&home, &tiny.out, &load_options(EngineKind::OpenVino, Precision::Fp32, 1))
        .unwrap();
    let ort =
        LoadedModel::load_dir(&home, &tiny.out, &load_options(EngineKind::OnnxRuntime, Precision::Fp32, 1))
            .unwrap();
    let a = ov.embed_blocking(TEXTS).unwrap();
    let b = ort.embed_blocking(TEXTS).unwrap();
    for (x, y) in a.iter().zip(&b) {
        assert!(cosine(x, y) >= 0.9999, "cosine {}", cosine(x, y));
    }
}

#[test]
fn a_padded_batch_gives_the_same_embeddings_as_single_requests() {
    let home = home();
    let tiny = compiled_tiny(13);
    let onnx_bytes = std::fs::read(tiny.out.join("model.onnx")).unwrap();
    let tok = TextTokenizer::load(&tiny.out.join("tokenizer.json"), 24).unwrap();
    for (engine, precision) in engines().into_iter().filter(|(_, p)| *p == Precision::Fp32) {
        let opts = BackendOptions { engine, precision, threads: 1 };
        let mut backend = backend::load(&home, &onnx_bytes, &opts, 1).unwrap().remove(0);
        // One batch of every text, padded with zeros to the longest.
        let singles: Vec<_> = TEXTS.iter().map(|t| tok.encode_tensors(t).unwrap()).collect();
        let ids: Vec<&Tensor> = singles.iter().map(|s| &s[0].1).collect();
        let masks: Vec<&Tensor> = singles.iter().map(|s| &s[1].1).collect();
        let ids = Tensor::stack_padded(&ids).unwrap();
        let masks = Tensor::stack_padded(&masks).unwrap();
        let batch = backend.run(&[(bert::INPUT_IDS, &ids), (bert::ATTENTION_MASK, &masks)]).unwrap();
        let rows = batch[0].1.split_rows(&vec![1; TEXTS.len()]).unwrap();
        for (single, row) in singles.iter().zip(&rows) {
            let refs: Vec<(&str, &Tensor)> = single.iter().map(|(n, t)| (n.as_str(), t)).collect();
            let alone = backend.run(&refs).unwrap();
            let c = cosine(alone[0].1.as_f32().unwrap(), row.as_f32().unwrap());
            assert!(c >= 0.99999, "{engine}: padded row differs from the single run: cosine {c}");
        }
    }
}

#[test]
fn the_tokenizer_truncates_at_the_model_maximum_and_never_pads() {
    let tiny = compiled_tiny(14);
    // The shipped tokenizer.json pads to 16 and truncates at 8; the model's maximum is 24.
    let tok = TextTokenizer::load(&tiny.out.join("tokenizer.json"), 24).unwrap();
    let short = tok.encode("buy now").unwrap();
    assert_eq!(short.ids, vec![2, 5, 6, 3], "[CLS] buy now [SEP], no padding");
    let long = tok.encode(&"sale ".repeat(100)).unwrap();
    assert_eq!(long.ids.len(), 24);
    assert_eq!(long.ids.last(), Some(&3), "truncation keeps the final [SEP]");
}

#[test]
fn graph_inputs_and_outputs_have_dynamic_batch_and_sequence_axes() {
    let home = home();
    let tiny = compiled_tiny(15);
    let model = onnx::decode(&std::fs::read(tiny.out.join("model.onnx")).unwrap()).unwrap();
    let graph = model.graph.unwrap();
    let names: Vec<_> = graph.input.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec![bert::INPUT_IDS, bert::ATTENTION_MASK]);
    assert_eq!(graph.output[0].name, bert::SENTENCE_EMBEDDING);
    for (engine, precision) in engines() {
        let backend = backend::load(
            &home,
            &onnx::encode(&bert::compile(&tiny.config, &tiny.weights, BertGraphOptions::default()).unwrap()),
            &BackendOptions { engine, precision, threads: 1 },
            1,
        )
        .unwrap();
        let info = backend[0].info();
        assert_eq!(info.inputs[0].shape, vec![None, None], "{engine}");
        assert_eq!(info.outputs[0].shape, vec![None, Some(32)], "{engine}");
    }
}

#[test]
fn a_malformed_input_is_an_error_not_a_crash() {
    let home = home();
    let tiny = compiled_tiny(16);
    for (engine, precision) in engines() {
        let model = LoadedModel::load_dir(&home, &tiny.out, &load_options(engine, precision, 1)).unwrap();
        let wrong_type = vec![
            (bert::INPUT_IDS.to_string(), Tensor::f32(vec![1, 2], vec![1.0, 2.0]).unwrap()),
            (bert::ATTENTION_MASK.to_string(), Tensor::i64(vec![1, 2], vec![1, 1]).unwrap()),
        ];
        let err = model.submit(wrong_type, None).unwrap().wait_blocking().unwrap_err();
        assert!(err.to_string().contains("input_ids"), "{engine}: {err}");
        let missing = vec![(bert::INPUT_IDS.to_string(), Tensor::i64(vec![1, 2], vec![2, 3]).unwrap())];
        assert!(model.submit(missing, None).unwrap().wait_blocking().is_err());
        // The worker is still alive and correct afterwards.
        assert_eq!(model.embed_blocking(&["buy now"]).unwrap()[0].len(), 32);
        assert_eq!(model.task, Task::TextEmbedding);
    }
}

#[test]
fn an_unreadable_graph_is_an_engine_error() {
    let home = home();
    for (engine, precision) in engines() {
        let err =
            backend::load(&home, b"not an onnx model", &BackendOptions { engine, precision, threads: 1 }, 1)
                .err()
                .expect("garbage must not load");
        assert!(matches!(err, Error::Engine { .. }), "{engine}: {err}");
    }
}

#[test]
fn auto_precision_keeps_bf16_only_behind_the_accuracy_gate() {
    use adscreen_runtime::registry::BF16_GATE_MIN_COSINE;
    let home = home();
    let tiny = compiled_tiny(17);
    let model =
        LoadedModel::load_dir(&home, &tiny.out, &load_options(EngineKind::OpenVino, Precision::Auto, 1))
            .unwrap();
    if backend::cpu_has_native_bf16() {
        let gate = model.precision_gate.expect("auto chose BF16, so the gate must have run");
        let kept_bf16 = model.backend.precision == Precision::Bf16;
        let holds = gate <= 1.0 - BF16_GATE_MIN_COSINE;
        assert_eq!(kept_bf16, holds, "gap {gate}, precision {}", model.backend.precision);
    } else {
        assert_eq!(model.backend.precision, Precision::Fp32);
        assert!(model.precision_gate.is_none());
    }
}

#[test]
fn an_int8_variant_stays_close_to_fp32_on_both_engines_and_is_served_only_when_it_passed() {
    use adscreen_runtime::compiler::quantize::{self, Range};
    use adscreen_runtime::manifest::{ModelManifest, PrecisionRecord};
    use adscreen_runtime::registry::{VARIANTS_DIR, infer_outputs, pick_variant};

    let home = home();
    let tiny = compiled_tiny(18);
    let fp32 = onnx::decode(&std::fs::read(tiny.out.join("model.onnx")).unwrap()).unwrap();
    let targets = quantize::targets(&fp32);
    assert_eq!(targets.len(), 6 * tiny.config.num_hidden_layers, "Q, K, V, output, and two FFN layers each");

    // Ranges measured over the test texts on the FP32 engine.
    let (probed, names) = quantize::with_probes(&fp32, &targets).unwrap();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let opts = BackendOptions { engine: EngineKind::OpenVino, precision: Precision::Fp32, threads: 1 };
    let seen =
        infer_outputs(&home, &tiny.out, &onnx::encode(&probed), &opts, TEXTS, &names, 4, |_| {}).unwrap();
    let mut ranges = vec![Range::EMPTY; targets.len()];
    for per_text in &seen {
        for (r, v) in ranges.iter_mut().zip(per_text) {
            assert!(!v.is_empty(), "every activation is exposed");
            r.observe(v);
        }
    }
    let int8 = onnx::encode(&quantize::quantize(&fp32, &targets, &ranges, &Default::default()).unwrap());

    let run = |engine, graph: &[u8]| {
        let opts = BackendOptions { engine, precision: Precision::Fp32, threads: 1 };
        infer_outputs(&home, &tiny.out, graph, &opts, TEXTS, &[bert::SENTENCE_EMBEDDING], 4, |_| {})
            .unwrap()
            .into_iter()
            .map(|mut o| o.remove(0))
            .collect::<Vec<_>>()
    };
    let reference = run(EngineKind::OpenVino, &onnx::encode(&fp32));
    let ov = run(EngineKind::OpenVino, &int8);
    let ort = run(EngineKind::OnnxRuntime, &int8);
    for ((r, a), b) in reference.iter().zip(&ov).zip(&ort) {
        assert!(cosine(r, a) >= 0.99, "OpenVINO INT8 vs FP32: cosine {}", cosine(r, a));
        assert!(cosine(a, b) >= 0.995, "the engines agree on the INT8 graph: cosine {}", cosine(a, b));
        assert!(cosine(r, a) < 1.0 - 1e-9, "the INT8 graph really computes something different");
    }

    // As `adscreen compile` writes it: served by auto and int8 when it passed, refused otherwise.
    let write = |passed: bool| {
        let dir = tiny.out.join(VARIANTS_DIR).join("int8");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(tiny.out.join("tokenizer.json"), dir.join("tokenizer.json")).unwrap();
        std::fs::write(dir.join("model.onnx"), &int8).unwrap();
        let mut m: ModelManifest =
            serde_json::from_slice(&std::fs::read(tiny.out.join("manifest.json")).unwrap()).unwrap();
        m.precision = Some(PrecisionRecord {
            precision: "int8".into(),
            engine_precision: "fp32".into(),
            passed,
            gate: serde_json::json!({}),
            calibration_sha256: "test".into(),
            calibration_texts: TEXTS.len(),
            kept_in_float: vec![],
            sequences_per_second: 1.0,
        });
        std::fs::write(dir.join("manifest.json"), serde_json::to_vec(&m).unwrap()).unwrap();
        dir
    };
    let dir = write(true);
    let (picked, record) = pick_variant(&tiny.out, Precision::Auto).unwrap().expect("the passed variant");
    assert_eq!((picked.as_path(), record.precision.as_str()), (dir.as_path(), "int8"));
    assert!(pick_variant(&tiny.out, Precision::Fp32).unwrap().is_none());
    let model =
        LoadedModel::load_dir(&home, &picked, &load_options(EngineKind::OpenVino, Precision::Auto, 1))
            .unwrap();
    assert_eq!(model.backend.precision, Precision::Int8);
    let served = model.embed_blocking(TEXTS).unwrap();
    for (a, b) in served.iter().zip(&ov) {
        assert!(cosine(a, b) >= 0.99999);
    }
    model.shutdown();
    write(false);
    assert!(pick_variant(&tiny.out, Precision::Auto).unwrap().is_none(), "a refused variant is never served");
    let err = pick_variant(&tiny.out, Precision::Int8).unwrap_err();
    assert!(err.to_string().contains("failed the accuracy gate"), "{err}");
}

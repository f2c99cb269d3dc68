//! The performance tooling end to end on the real encoder: `adscreen compile` writes precision
//! variants behind the accuracy gate (and refuses what fails it), `adscreen bench sweep` recommends a
//! serving configuration. Both work on copies, never on the shared cache the other tests serve from.

use serde_json::Value;

use crate::util::bin;

/// 48 train and 24 validation ads of the corpus.
fn small_corpus(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/ads.jsonl")).unwrap();
    let of = |split: &str, n: usize| -> Vec<&str> {
        corpus.lines().filter(|l| l.contains(&format!("\"split\": \"{split}\""))).step_by(7).take(n).collect()
    };
    let mut lines = of("train", 48);
    lines.extend(of("validation", 24));
    assert_eq!(lines.len(), 72, "the corpus has both splits");
    let path = dir.join("small.jsonl");
    std::fs::write(&path, lines.join("\n")).unwrap();
    path
}

fn cached_encoder() -> std::path::PathBuf {
    adscreen_runtime::home::Home::from_env().model_dir("all-minilm-l6-v2", "1")
}

#[test]
fn compile_writes_gated_precision_variants_and_refuses_what_fails_the_gate() {
    let dir = tempfile::tempdir().unwrap();
    let data = small_corpus(dir.path());
    let model = dir.path().join("encoder");
    std::fs::create_dir(&model).unwrap();
    for f in ["manifest.json", "model.onnx", "tokenizer.json", "config.json"] {
        std::fs::copy(cached_encoder().join(f), model.join(f)).unwrap();
    }
    let compile = |extra: &[&str]| {
        let o = bin()
            .args(["--log", "warn", "compile"])
            .arg(&model)
            .arg("--data")
            .arg(&data)
            .args(["--calibration-texts", "32", "--threads", "1"])
            .args(extra)
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout).to_string();
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert!(o.status.success(), "{out}\n{err}");
        (out, err)
    };
    // A loose gate: INT8 passes with every layer quantized.
    let (out, err) = compile(&["--precision", "fp32,int8", "--min-cosine", "0.9"]);
    assert!(err.contains("24 validation texts"), "{err}");
    assert!(err.contains("all 36 dense layers quantized: gate passed"), "{err}");
    let variant = |p: &str| -> Value {
        serde_json::from_slice(&std::fs::read(model.join("variants").join(p).join("manifest.json")).unwrap())
            .unwrap()
    };
    for p in ["fp32", "int8"] {
        let m = variant(p);
        assert_eq!(m["precision"]["precision"], p, "{out}");
        assert_eq!(m["precision"]["passed"], true);
        assert_eq!(m["precision"]["calibration_texts"], 32);
        assert_eq!(m["precision"]["calibration_sha256"].as_str().unwrap().len(), 64);
        let figures = &m["precision"]["gate"]["figures"];
        assert!(figures["min_cosine"].as_f64().unwrap() >= 0.9, "{figures}");
        assert!(figures["sequences_per_second"].as_f64().unwrap() > 0.0);
    }
    let fp32_cos = variant("fp32")["precision"]["gate"]["figures"]["min_cosine"].as_f64().unwrap();
    assert!((fp32_cos - 1.0).abs() < 1e-9, "FP32 against itself: {fp32_cos}");
    let int8_graph = std::fs::read(model.join("variants/int8/model.onnx")).unwrap();
    // The dense layers' weights are stored in INT8 (the word embeddings, about half the file, stay FP32).
    let fp32_len = std::fs::read(model.join("model.onnx")).unwrap().len();
    assert!(int8_graph.len() * 4 < fp32_len * 3, "INT8 weights: {} vs {fp32_len} bytes", int8_graph.len());

    // An impossible gate: the fallback searches, then refuses; the earlier INT8 variant is withdrawn.
    let (out, err) = compile(&["--precision", "int8", "--min-cosine", "0.99999999"]);
    assert!(err.contains("searching for the sensitive layers"), "{err}");
    assert!(out.contains("REFUSED"), "{out}");
    assert!(!model.join("variants/int8").exists(), "a refused variant is not left to be served");
    let report: Value =
        serde_json::from_slice(&std::fs::read(model.join("variants/int8.refused.json")).unwrap()).unwrap();
    assert_eq!(report["precision"]["passed"], false);
    assert!(!report["precision"]["kept_in_float"].as_array().unwrap().is_empty(), "{report}");

    // Bad requests are errors with a message.
    let o = bin().args(["compile", "no-such-model"]).output().unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("neither a default model"));
    let o = bin().args(["compile"]).arg(&model).args(["--precision", "fp8"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("fp32, bf16 and int8"));
}

#[test]
fn the_sweep_recommends_a_configuration_and_writes_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("serving.json");
    let o = bin()
        .args(["--log", "warn", "bench", "sweep", "--model", "all-minilm-l6-v2"])
        .args(["--batch-sizes", "1,16", "--delays-ms", "0,2", "--workers", "1"])
        .args(["--concurrency", "8", "--duration", "0.5", "--warmup", "0.2", "--p99-target-ms", "5000"])
        .arg("--write")
        .arg("--serving-file")
        .arg(&file)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(out.lines().filter(|l| l.trim_start().starts_with(['1', '6'])).count(), 4, "{out}");
    assert!(out.contains("recommended for p99 <= 5000 ms at 8 connections"), "{out}");
    let tuned: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!([1, 16].contains(&tuned["max_batch_size"].as_u64().unwrap()), "{tuned}");
    assert!(tuned["throughput_rps"].as_f64().unwrap() > 0.0);
    assert!(tuned["p99_ms"].as_f64().unwrap() <= 5000.0);

    // A target nothing meets is an error that says so.
    let o = bin()
        .args(["--log", "warn", "bench", "sweep", "--model", "all-minilm-l6-v2"])
        .args(["--batch-sizes", "4", "--delays-ms", "0", "--workers", "1"])
        .args(["--concurrency", "4", "--duration", "0.3", "--warmup", "0.1", "--p99-target-ms", "0.001"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no configuration met"));
}

#[test]
fn compile_turns_a_model_archive_into_variant_archives_that_record_their_gate() {
    let dir = tempfile::tempdir().unwrap();
    let data = small_corpus(dir.path());
    let src = dir.path().join("src");
    std::fs::create_dir(&src).unwrap();
    for f in ["model.onnx", "tokenizer.json"] {
        std::fs::copy(cached_encoder().join(f), src.join(f)).unwrap();
    }
    let manifest = serde_json::json!({
        "format": "adscreen-archive/1", "name": "enc", "version": "3", "handler": "text-embedding",
        "model": "model.onnx", "output": "sentence_embedding",
        "tokenizer": {"kind": "wordpiece", "file": "tokenizer.json", "max_length": 128},
    });
    std::fs::write(src.join("manifest.json"), manifest.to_string()).unwrap();
    let archive = dir.path().join("enc-3.adsm");
    let o = bin().args(["archive", "pack"]).arg(&src).arg("--out").arg(&archive).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let out = dir.path().join("variants");
    let o = bin()
        .args(["--log", "warn", "compile"])
        .arg(&archive)
        .arg("--data")
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .args(["--precision", "int8", "--min-cosine", "0.9", "--calibration-texts", "16", "--threads", "1"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    let variant = out.join("enc-3-int8.adsm");
    assert!(stdout.contains(&variant.display().to_string()), "{stdout}");
    let o = bin().args(["archive", "inspect"]).arg(&variant).output().unwrap();
    let inspected: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|_| {
        panic!("inspect prints the manifest: {}", String::from_utf8_lossy(&o.stdout));
    });
    assert_eq!(inspected["version"], "3-int8");
    assert_eq!(inspected["precision"]["precision"], "int8");
    assert_eq!(inspected["precision"]["passed"], true);
    assert_eq!(inspected["precision"]["calibration_texts"], 16);
    assert!(inspected["precision"]["gate"]["figures"]["min_cosine"].as_f64().unwrap() >= 0.9);
    let o = bin().args(["archive", "verify"]).arg(&variant).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

use crate::util::bin;

#[test]
fn embed_json_prints_one_384_float_array_per_text_on_both_engines() {
    let mut outputs = Vec::new();
    for engine in ["openvino", "onnxruntime"] {
        let out = bin()
            .args(["embed", "--json", "--engine", engine, "Killer deals on shoes", "Fresh flowers today"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let lines: Vec<Vec<f32>> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        for e in &lines {
            assert_eq!(e.len(), 384);
            let norm: f32 = e.iter().map(|x| x * x).sum::<f32>().sqrt();
            assert!((norm - 1.0).abs() < 1e-3, "embeddings are L2-normalised, got norm {norm}");
        }
        outputs.push(lines);
    }
    for (a, b) in outputs[0].iter().zip(&outputs[1]) {
        let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
        assert!(dot >= 0.9999, "engines disagree: cosine {dot}");
    }
}

#[test]
fn a_second_fetch_finds_everything_present_and_does_nothing() {
    let out = bin().args(["models", "fetch", "--quiet"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("nothing to do"), "{stdout}");
}

#[test]
fn fetch_without_pip_is_a_clear_error_and_installs_nothing() {
    let home = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["models", "fetch", "--quiet"])
        .env("ADSCREEN_HOME", home.path())
        .env("ADSCREEN_PYTHON", "/nonexistent/python3")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("pip is not available"), "{stderr}");
    assert!(!home.path().join("lib/openvino").exists());
}

#[test]
fn bad_options_are_refused_with_a_message() {
    let out = bin().args(["embed", "--workers", "0", "hello"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--workers"));
    let out = bin().args(["embed", "--engine", "tensorflow", "hello"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown engine"));
}

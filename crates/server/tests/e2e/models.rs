//! The model server end to end: archives, the management API, KServe v2 and TorchServe inference,
//! limits, overload, metrics and shutdown.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use adscreen_runtime::archive::format;
use adscreen_runtime::testkit::{linear_expected, linear_model, slow_model, tensor_archive_dir};
use serde_json::{Value, json};

use crate::util::{Server, TOKEN, http, http_with};

/// Packs a tensor model archive into the server's model directory; returns its file name.
fn put_archive(server: &Server, name: &str, version: &str, onnx: &[u8], batching: &str) -> String {
    let src = server.dir.path().join(format!("src-{name}-{version}"));
    tensor_archive_dir(&src, name, version, onnx, batching).unwrap();
    let file = format!("{name}-{version}.adsm");
    format::pack(&src, &server.models_dir().join(&file), "2026-11-28T00:00:00Z").unwrap();
    file
}

fn json(r: &crate::util::Response) -> Value {
    serde_json::from_slice(&r.2).unwrap_or(Value::Null)
}

fn infer_linear(server: &Server, path: &str, x: [f32; 4]) -> (u16, Value) {
    let body = json!({"id": "r1", "inputs": [{"name": "x", "shape": [1, 4], "datatype": "FP32", "data": [[x[0], x[1], x[2], x[3]]]}]});
    let r = http(server.addr, "POST", path, body.to_string().as_bytes()).unwrap();
    (r.0, json(&r))
}

#[test]
fn register_infer_scale_set_default_unregister_over_http() {
    let server = Server::start(&[]);
    let v1 = put_archive(&server, "linear", "1", &linear_model(), r#"{"max_batch_size": 8}"#);
    let v2 = put_archive(&server, "linear", "2", &slow_model(4, 1), r#"{"max_batch_size": 8}"#);

    // The management API wants the token.
    let r = http(server.mgmt, "GET", "/models", b"").unwrap();
    assert_eq!(r.0, 401);
    assert!(json(&r)["error"].as_str().unwrap().contains("Bearer"));
    let r = http_with(server.mgmt, "GET", "/models", &[("Authorization", "Bearer wrong")], b"").unwrap();
    assert_eq!(r.0, 401);

    let r = server.manage("POST", &format!("/models?url={v1}&initial_workers=1"));
    assert_eq!(r.0, 200, "{}", json(&r));
    assert!(json(&r)["status"].as_str().unwrap().contains("registered with 1 initial workers"));
    let (status, out) = infer_linear(&server, "/v2/models/linear/infer", [1.0, 2.0, 3.0, 4.0]);
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["id"], "r1");
    assert_eq!(out["model_version"], "1");
    let want = linear_expected(&[1.0, 2.0, 3.0, 4.0]);
    let got: Vec<f64> =
        out["outputs"][0]["data"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert_eq!(out["outputs"][0]["shape"], json!([1, 3]));
    for (g, w) in got.iter().zip(want) {
        assert!((g - w as f64).abs() < 1e-4, "{got:?} vs {want:?}");
    }

    // Scale to two workers: still answers, and describe says so.
    let r = server.manage("PUT", "/models/linear?min_worker=2");
    assert_eq!(r.0, 200, "{}", json(&r));
    let d = json(&server.manage("GET", "/models/linear"));
    assert_eq!(d[0]["minWorkers"], 2);
    assert_eq!(d[0]["workers"].as_array().unwrap().len(), 2);
    assert_eq!(infer_linear(&server, "/v2/models/linear/infer", [0.0; 4]).0, 200);

    // A second version does not take over until it is made the default.
    assert_eq!(server.manage("POST", &format!("/models?url={v2}")).0, 200);
    let (_, out) = infer_linear(&server, "/v2/models/linear/infer", [1.0; 4]);
    assert_eq!(out["model_version"], "1");
    let (status, out) = http(
        server.addr,
        "POST",
        "/v2/models/linear/versions/2/infer",
        json!({"inputs": [{"name": "x", "shape": [1, 4], "datatype": "FP32", "data": [1, 1, 1, 1]}]})
            .to_string()
            .as_bytes(),
    )
    .map(|r| (r.0, json(&r)))
    .unwrap();
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["outputs"][0]["shape"], json!([1, 4]));
    assert_eq!(server.manage("PUT", "/models/linear/2/set-default").0, 200);
    let meta = json(&http(server.addr, "GET", "/v2/models/linear", b"").unwrap());
    assert_eq!(meta["versions"], json!(["1", "2"]));
    let (_, out) = infer_linear(&server, "/v2/models/linear/infer", [1.0; 4]);
    assert_eq!(out["model_version"], "2");
    let all = json(&server.manage("GET", "/models/linear/all"));
    assert_eq!(all.as_array().unwrap().len(), 2);

    // Unregister one version, then the rest.
    assert_eq!(server.manage("DELETE", "/models/linear/2").0, 200);
    let (_, out) = infer_linear(&server, "/v2/models/linear/infer", [1.0; 4]);
    assert_eq!(out["model_version"], "1");
    assert_eq!(server.manage("DELETE", "/models/linear").0, 200);
    assert_eq!(infer_linear(&server, "/v2/models/linear/infer", [1.0; 4]).0, 404);
    assert!(
        !server.store_dir().join("linear").join("1").exists(),
        "unregistering removes the unpacked files"
    );
    // The built-in models (three text models, the two image classifiers, the three OCR models) were
    // never disturbed.
    let list = json(&server.manage("GET", "/models"));
    assert_eq!(list["models"].as_array().unwrap().len(), 8, "{list}");
}

/// Writes a raw zip with a manifest listing `listed` (name, bytes) and the given members.
fn raw_archive(path: &Path, members: &[(&str, &[u8])], listed: &[(&str, &[u8])], symlink: bool) {
    use sha2::Digest;
    let members_json: Vec<String> = listed
        .iter()
        .map(|(n, b)| {
            format!(
                r#""{n}": {{"sha256": "{}", "size": {}}}"#,
                adscreen_runtime::fetch::hex(&sha2::Sha256::digest(b)),
                b.len()
            )
        })
        .collect();
    let manifest = format!(
        r#"{{"format": "adscreen-archive/1", "name": "bad", "version": "1", "handler": "tensor", "model": "model.onnx", "members": {{{}}}}}"#,
        members_json.join(",")
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("MANIFEST.json", opts).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    for (n, b) in members {
        zip.start_file(*n, opts).unwrap();
        zip.write_all(b).unwrap();
    }
    if symlink {
        zip.add_symlink("link.onnx", "/etc/passwd", opts).unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn archives_that_break_the_rules_are_refused_and_nothing_is_written_outside_the_store() {
    let server = Server::start(&["--max-archive-bytes", "4000000"]);
    let onnx = linear_model();
    let bomb = vec![0u8; 64 << 20];
    type Members<'a> = Vec<(&'a str, &'a [u8])>;
    let cases: Vec<(&str, Members, Members, bool, &str)> = vec![
        (
            "traversal.adsm",
            vec![("model.onnx", &onnx), ("../../evil.txt", b"x")],
            vec![("model.onnx", &onnx)],
            false,
            "unsafe path",
        ),
        ("symlink.adsm", vec![("model.onnx", &onnx)], vec![("model.onnx", &onnx)], true, "link"),
        ("bomb.adsm", vec![("model.onnx", &bomb)], vec![("model.onnx", &bomb)], false, "limit"),
        (
            "checksum.adsm",
            vec![("model.onnx", b"tampered!")],
            vec![("model.onnx", b"original!")],
            false,
            "sha256",
        ),
    ];
    for (file, members, listed, symlink, want) in cases {
        raw_archive(&server.models_dir().join(file), &members, &listed, symlink);
        let r = server.manage("POST", &format!("/models?url={file}"));
        assert_eq!(r.0, 400, "{file}: {}", json(&r));
        let msg = json(&r)["error"].as_str().unwrap().to_string();
        assert!(msg.contains(want), "{file}: expected {want:?} in {msg}");
    }
    assert!(!server.dir.path().join("evil.txt").exists());
    assert!(!server.models_dir().parent().unwrap().parent().unwrap().join("evil.txt").exists());
    let store_entries: Vec<_> = std::fs::read_dir(server.store_dir())
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    assert!(store_entries.iter().all(|e| e != "bad"), "nothing was installed: {store_entries:?}");

    // Outside the model directories, and unlisted URLs, are refused before anything is read or fetched.
    let outside = tempfile::NamedTempFile::with_suffix(".adsm").unwrap();
    let r = server.manage("POST", &format!("/models?url={}", outside.path().display()));
    assert_eq!(r.0, 403, "{}", json(&r));
    let r = server.manage("POST", "/models?url=http://198.51.100.7/model.adsm");
    assert_eq!(r.0, 403, "{}", json(&r));
    assert!(json(&r)["error"].as_str().unwrap().contains("allow-list"));
}

#[test]
fn over_limit_bodies_get_413_and_a_full_queue_gets_429_at_once() {
    let server = Server::start(&["--max-body-bytes", "32768"]);
    let big = vec![b'a'; 65536];
    let r = http(server.addr, "POST", "/predictions/ad-text-policy", &big).unwrap();
    assert_eq!(r.0, 413);
    assert!(json(&r)["error"].as_str().unwrap().contains("32768"));
    let r = http(server.addr, "POST", "/v1/screen", &big).unwrap();
    assert_eq!(r.0, 413);
    let slow = put_archive(
        &server,
        "slow",
        "1",
        &slow_model(1024, 60),
        r#"{"max_batch_size": 1, "workers": 1, "queue_capacity": 1}"#,
    );
    assert_eq!(server.manage("POST", &format!("/models?url={slow}")).0, 200);
    let body = json!({"inputs": [{"name": "x", "shape": [1, 1024], "datatype": "FP32", "data": vec![0.5f32; 1024]}]}).to_string();
    let addr = server.addr;
    let threads: Vec<_> = (0..12)
        .map(|_| {
            let body = body.clone();
            std::thread::spawn(move || {
                let t = Instant::now();
                let r = http(addr, "POST", "/v2/models/slow/infer", body.as_bytes()).unwrap();
                let retry = r.1.iter().find(|(k, _)| k == "retry-after").map(|(_, v)| v.clone());
                (r.0, retry, t.elapsed())
            })
        })
        .collect();
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let refused: Vec<_> = results.iter().filter(|(s, _, _)| *s == 429).collect();
    let served = results.iter().filter(|(s, _, _)| *s == 200).count();
    assert!(!refused.is_empty() && served >= 1, "{results:?}");
    assert_eq!(refused.len() + served, 12, "{results:?}");
    for (_, retry, _) in &refused {
        assert!(
            retry.as_deref().is_some_and(|v| v.parse::<u64>().is_ok()),
            "429 needs Retry-After: {retry:?}"
        );
    }
}

#[test]
fn sigterm_with_requests_in_flight_loses_none() {
    let mut server = Server::start(&[]);
    let slow = put_archive(
        &server,
        "slow",
        "1",
        &slow_model(2048, 300),
        r#"{"max_batch_size": 1, "workers": 1, "queue_capacity": 64}"#,
    );
    assert_eq!(server.manage("POST", &format!("/models?url={slow}")).0, 200);
    let body = json!({"inputs": [{"name": "x", "shape": [1, 2048], "datatype": "FP32", "data": vec![0.5f32; 2048]}]}).to_string();
    let addr = server.addr;
    let t0 = Instant::now();
    let threads: Vec<_> = (0..12)
        .map(|_| {
            let body = body.clone();
            std::thread::spawn(move || {
                let r = http(addr, "POST", "/v2/models/slow/infer", body.as_bytes()).map(|r| r.0);
                (r, Instant::now())
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    let pid = server.child.id().to_string();
    let sent = Instant::now();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(
        results.iter().all(|(s, _)| matches!(s, Ok(200))),
        "every in-flight request completes: {results:?}"
    );
    let after = results.iter().filter(|(_, done)| *done > sent).count();
    let offsets: Vec<_> = results.iter().map(|(_, done)| done.duration_since(t0)).collect();
    assert!(
        after >= 2,
        "the test must have requests in flight at SIGTERM; {after} finished after it ({offsets:?})"
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            assert!(status.success(), "exit status {status}");
            break;
        }
        assert!(Instant::now() < deadline, "did not exit after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn torchserve_predictions_explanations_and_openapi() {
    let server = Server::start(&[]);
    let r = http_with(
        server.addr,
        "POST",
        "/predictions/ad-text-policy",
        &[("Content-Type", "text/plain")],
        b"Win real money at our online casino, 200% deposit bonus",
    )
    .unwrap();
    assert_eq!(r.0, 200, "{}", String::from_utf8_lossy(&r.2));
    let labels = json(&r);
    assert!(labels["regulated.gambling"].as_f64().unwrap() > 0.5, "{labels}");
    let r = http(
        server.addr,
        "POST",
        "/predictions/ad-text-policy",
        br#"{"data": "Fresh flowers delivered today"}"#,
    )
    .unwrap();
    assert_eq!(r.0, 200);
    assert!(json(&r)["regulated.gambling"].as_f64().unwrap() < 0.5);
    let r = http(server.addr, "POST", "/predictions/all-minilm-l6-v2", br#"{"data": "hello"}"#).unwrap();
    assert_eq!(json(&r).as_array().unwrap().len(), 384);
    let explain = |query: &str| {
        http_with(
            server.addr,
            "POST",
            &format!("/explanations/ad-text-policy{query}"),
            &[("Content-Type", "text/plain")],
            b"Join the casino tonight",
        )
        .unwrap()
    };
    // By default the top label is explained: here the ad-level output, which the whole ad drives.
    let e = json(&explain(""));
    assert_eq!(e["label"], "any_violation", "{e}");
    assert_eq!(e["attributions"].as_array().unwrap().len(), 4, "{e}");
    // A label named in the query, and a label the model lacks.
    let r = explain("?label=nope");
    assert_eq!(r.0, 400);
    assert!(json(&r)["error"].as_str().unwrap().contains("no label \"nope\""), "{}", json(&r));
    let e = json(&explain("?label=regulated.gambling"));
    assert_eq!(e["label"], "regulated.gambling", "{e}");
    let top = e["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .max_by(|a, b| a["attribution"].as_f64().unwrap().total_cmp(&b["attribution"].as_f64().unwrap()))
        .unwrap();
    assert_eq!(top["word"], "casino", "{e}");
    let r = http(server.addr, "OPTIONS", "/", b"").unwrap();
    assert_eq!(r.0, 200);
    assert_eq!(json(&r)["openapi"], "3.0.3");
    assert_eq!(http(server.addr, "POST", "/predictions/nope", b"x").unwrap().0, 404);
    assert_eq!(http(server.addr, "POST", "/predictions/ad-text-policy", b"").unwrap().0, 400);
}

#[test]
fn metrics_report_histograms_counts_and_the_process() {
    let server = Server::start(&[]);
    for _ in 0..3 {
        let r = http(server.addr, "POST", "/v1/screen", br#"{"headline": "Fresh flowers today"}"#).unwrap();
        assert_eq!(r.0, 200);
    }
    let r = http(server.metrics, "GET", "/metrics", b"").unwrap();
    assert_eq!(r.0, 200);
    let text = String::from_utf8(r.2).unwrap();
    for name in [
        "adscreen_requests_total{",
        "adscreen_request_duration_seconds_bucket{",
        "adscreen_queue_duration_seconds_bucket{",
        "adscreen_inference_duration_seconds_bucket{",
        "adscreen_batch_size_bucket{",
        "adscreen_queue_depth{",
        "adscreen_workers{",
        "adscreen_model_load_duration_seconds{",
        "adscreen_screen_decisions_total{",
        "adscreen_process_cpu_seconds_total",
        "adscreen_process_resident_memory_bytes",
        "adscreen_disk_free_bytes",
    ] {
        assert!(text.contains(name), "missing {name} in\n{text}");
    }
    assert!(
        text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).all(|l| l.starts_with("adscreen_")),
        "every metric starts with adscreen_"
    );
    // The metrics listener is not the inference one.
    assert_eq!(http(server.addr, "GET", "/metrics", b"").unwrap().0, 404);
}

/// The official KServe v2 Python client (tritonclient[http], installed by scripts/test) against a model
/// served by adscreen.
#[test]
fn the_official_kserve_client_gets_metadata_readiness_and_inference() {
    let home = adscreen_runtime::home::Home::from_env();
    let python = std::env::var("ADSCREEN_TEST_PYTHON")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| home.join("tools/test-venv/bin/python"));
    assert!(python.exists(), "{} is missing: scripts/test creates it (tritonclient[http])", python.display());
    let server = Server::start(&[]);
    let file = put_archive(&server, "linear", "1", &linear_model(), "{}");
    assert_eq!(server.manage("POST", &format!("/models?url={file}")).0, 200);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/kserve_client.py");
    let out = std::process::Command::new(python).arg(script).arg(server.addr.to_string()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("kserve client: all checks passed"), "{stdout}");
    let _ = TOKEN;
}

//! `adscreen train text` end to end on a slice of the corpus: it trains, reports per-category and
//! ad-level figures on the test split, writes a loadable head, and is deterministic for a seed.

use crate::util::bin;

fn slice_of_corpus(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/ads.jsonl")).unwrap();
    // Every 6th ad keeps all three splits and most categories; every 2nd ad in a language the glossary
    // reads gives validation enough glossed ads for their own operating point.
    let glossed =
        ["\"lang\": \"es\"", "\"lang\": \"fr\"", "\"lang\": \"de\"", "\"lang\": \"it\"", "\"lang\": \"pt\""];
    let slice: Vec<&str> = corpus
        .lines()
        .enumerate()
        .filter(|(i, l)| i % 6 == 0 || (i % 2 == 0 && glossed.iter().any(|g| l.contains(g))))
        .map(|(_, l)| l)
        .collect();
    let path = dir.join("slice.jsonl");
    std::fs::write(&path, slice.join("\n")).unwrap();
    path
}

#[test]
fn training_is_deterministic_and_reports_on_the_test_split() {
    let dir = tempfile::tempdir().unwrap();
    let data = slice_of_corpus(dir.path());
    let run = |out: &str, heads: &str, epochs: &str, extra: &[&std::ffi::OsStr]| {
        let out_dir = dir.path().join(out);
        let o = bin()
            .args([
                "--log",
                "warn",
                "train",
                "text",
                "--no-install",
                "--max-epochs",
                epochs,
                "--seed",
                "11",
                "--version",
                "t",
                "--heads",
                heads,
            ])
            .arg("--data")
            .arg(&data)
            .arg("--out")
            .arg(&out_dir)
            .args(extra)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let head = std::fs::read(out_dir.join("head.safetensors")).unwrap();
        (
            String::from_utf8(o.stdout).unwrap(),
            adscreen_runtime::fetch::hex(&<sha2::Sha256 as sha2::Digest>::digest(&head)),
            out_dir,
        )
    };
    let (report, head_a, out_a) = run("a", "1", "15", &[]);
    assert!(report.contains("per-category results on the test split"), "{report}");
    assert!(
        report.contains("violating recall (not approved)") && report.contains("compliant approve rate"),
        "{report}"
    );
    assert!(report.contains("regulated.gambling"), "{report}");
    // The same run with two external evaluation files and the validation misses written out.
    let eval_dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/eval"));
    let (english, other) =
        (eval_dir.join("english_challenge.jsonl"), eval_dir.join("multilingual_challenge.jsonl"));
    let misses = dir.path().join("misses.jsonl");
    let args = ["--eval".as_ref(), english.as_os_str(), "--eval".as_ref(), other.as_os_str()];
    let (report_b, head_b, out_b) =
        run("b", "1", "15", &[&args[..], &["--misses".as_ref(), misses.as_os_str()]].concat());
    assert_eq!(head_a, head_b, "same data, same seed: the same weights, bit for bit (--eval does not train)");
    assert_eq!(report_b.matches("(--eval): outcome accuracy").count(), 2, "{report_b}");
    assert!(report.contains("per language") && report.contains("\nde "), "{report}");
    let with_eval: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_b.join("manifest.json")).unwrap()).unwrap();
    let reports = with_eval["extra"]["metrics"]["eval"].as_array().unwrap();
    assert_eq!(reports.len(), 2);
    for (r, (file, languages)) in reports.iter().zip([(&english, 1), (&other, 5)]) {
        let ads = std::fs::read_to_string(file).unwrap().lines().count() as u64;
        assert_eq!(r["overall"]["ads"], ads, "{r}");
        assert_eq!(r["by_language"].as_object().unwrap().len(), languages, "{r}");
    }
    // Only validation ads are written as misses, each with what was expected and what was decided.
    let slice = std::fs::read_to_string(&data).unwrap();
    let validation: std::collections::HashSet<String> = slice
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|a| a["split"] == "validation")
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    let missed = std::fs::read_to_string(&misses).unwrap();
    assert!(missed.lines().count() > 0);
    for l in missed.lines() {
        let m: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(validation.contains(m["id"].as_str().unwrap()), "{m}");
        assert_ne!(m["expected"], m["decided"], "{m}");
    }
    // Two seeds averaged into one head twice as wide, recorded in the manifest.
    let (_, head_c, out_c) = run("c", "2", "4", &[]);
    assert_ne!(head_a, head_c);
    let two: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_c.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(two["extra"]["training"]["heads"], 2);
    assert_eq!(two["extra"]["training"]["reports"].as_array().unwrap().len(), 2);
    let weights = std::fs::read(out_c.join("head.safetensors")).unwrap();
    let header_len = u64::from_le_bytes(weights[..8].try_into().unwrap()) as usize;
    let header: serde_json::Value = serde_json::from_slice(&weights[8..8 + header_len]).unwrap();
    // Each seed trains a category head and an ad-level head; the second pair is served only when an
    // operating point uses the ad-level output.
    let uses_ad_level = |ensemble: &serde_json::Value| {
        ensemble["ad_level"].is_object() || ensemble["glossed"]["ad_level"].is_object()
    };
    let ad_level = uses_ad_level(&two["extra"]["ensemble"]);
    assert_eq!(header["head.0.weight"]["shape"][1], if ad_level { 1024 } else { 512 }, "{header}");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_a.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["version"], "t");
    let thresholds = manifest["extra"]["ensemble"]["thresholds"].as_object().unwrap();
    assert!(thresholds.len() >= 15);
    // The served outputs: the categories, then the ad-level output when the ensemble uses it.
    let outputs: Vec<&str> =
        manifest["labels"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    // Whether an operating point uses the ad-level output depends on the data; when one does, the
    // output is served after the categories.
    let ensemble = &manifest["extra"]["ensemble"];
    let used = uses_ad_level(ensemble);
    for ad_level in
        [&ensemble["ad_level"], &ensemble["glossed"]["ad_level"]].into_iter().filter(|a| a.is_object())
    {
        assert_eq!(ad_level["label"], "any_violation", "{ensemble}");
        assert!((0.0..1.0).contains(&ad_level["threshold"].as_f64().unwrap()), "{ad_level}");
    }
    assert_eq!(outputs.len(), thresholds.len() + used as usize, "{outputs:?} {ensemble}");
    assert_eq!(outputs.last() == Some(&"any_violation"), used);
    assert!(outputs[..thresholds.len()].iter().all(|c| thresholds.contains_key(*c)), "{outputs:?}");
    // The glossed ads' operating point, when chosen, covers the same categories and differs from the
    // other ads' one.
    if let Some(glossed) = ensemble.get("glossed") {
        let own = glossed["thresholds"].as_object().unwrap();
        assert_eq!(own.keys().collect::<Vec<_>>(), thresholds.keys().collect::<Vec<_>>());
        assert!(own != thresholds || glossed["ad_level"] != ensemble["ad_level"], "{ensemble}");
    }
    // Without the ad-level output and with one operating point: the categories only, one point.
    let (report_d, _, out_d) =
        run("d", "1", "4", &["--no-ad-level".as_ref(), "--one-operating-point".as_ref()]);
    let plain: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_d.join("manifest.json")).unwrap()).unwrap();
    assert!(plain["extra"]["ensemble"].get("ad_level").is_none(), "{}", plain["extra"]["ensemble"]);
    assert!(plain["extra"]["ensemble"].get("glossed").is_none(), "{}", plain["extra"]["ensemble"]);
    assert!(report_d.contains("per-category results"), "{report_d}");
    assert!(!plain["labels"].as_array().unwrap().iter().any(|l| l == "any_violation"));
    assert!(manifest["extra"]["metrics"]["test_models_only"]["violating_recall"].as_f64().unwrap() > 0.3);
    // By default the served heads are refit on train + validation for the chosen epochs, after every
    // choice on validation; without the refit, the same choices (and the same validation figures,
    // measured before it) with heads trained on train alone.
    let (_, head_e, out_e) = run("e", "1", "15", &["--no-refit".as_ref()]);
    let first_fit: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_e.join("manifest.json")).unwrap()).unwrap();
    assert_ne!(head_e, head_a);
    assert_eq!(first_fit["extra"]["ensemble"], manifest["extra"]["ensemble"]);
    assert_eq!(first_fit["labels"], manifest["labels"]);
    let metrics = |m: &serde_json::Value| m["extra"]["metrics"]["validation_models_only"].clone();
    assert_eq!(metrics(&first_fit), metrics(&manifest));
    // By default the choices are made on five folds, validation first: each scored by heads trained on
    // the other four, the validation fold's being the first fit's; the refit trains each head for the
    // median of its folds' chosen epochs.
    let training = &manifest["extra"]["training"];
    assert_eq!(training["cross_fit"]["folds"], 5, "{training}");
    let folds = training["cross_fit"]["epochs"].as_array().unwrap();
    assert_eq!(folds.len(), 5, "{training}");
    assert_eq!(folds[0][0][0], training["report"]["best_epoch"], "{training}");
    let mut epochs: Vec<u64> = folds.iter().map(|f| f[0][0].as_u64().unwrap()).collect();
    epochs.sort_unstable();
    assert!(epochs.iter().all(|&e| (1..=15).contains(&e)), "{epochs:?}");
    assert_eq!(training["refit"][0]["epochs"], epochs[2], "{training}");
    assert!(training["refit"][0]["validation_loss"].is_null(), "{training}");
    assert!(first_fit["extra"]["training"].get("refit").is_none());
    assert_ne!(
        std::fs::read(out_e.join("ngram.safetensors")).unwrap(),
        std::fs::read(out_a.join("ngram.safetensors")).unwrap(),
        "the refit's n-gram document frequencies are counted on train + validation"
    );
    // With one fold, every choice is made on validation alone and the refit keeps the first fit's
    // epochs; the first fit is the same.
    let (report_f, _, out_f) = run("f", "1", "15", &["--cross-fit".as_ref(), "1".as_ref()]);
    assert!(report_f.contains("per-category results"), "{report_f}");
    let one: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_f.join("manifest.json")).unwrap()).unwrap();
    let training_one = &one["extra"]["training"];
    assert!(training_one.get("cross_fit").is_none(), "{training_one}");
    assert_eq!(training_one["report"], training["report"], "the same first fit");
    assert_eq!(training_one["refit"][0]["epochs"], training["report"]["best_epoch"], "{training_one}");
    for bad in ["0", "21", "x"] {
        let o = bin().args(["train", "text", "--no-install", "--cross-fit", bad]).output().unwrap();
        assert!(!o.status.success());
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("--cross-fit"),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // A bad corpus line is named.
    std::fs::write(
        dir.path().join("bad.jsonl"),
        "{\"id\": \"x\", \"labels\": [\"not.a.code\"], \"split\": \"train\"}\n",
    )
    .unwrap();
    let o = bin()
        .args(["train", "text", "--no-install", "--data"])
        .arg(dir.path().join("bad.jsonl"))
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("line 1"), "{}", String::from_utf8_lossy(&o.stderr));
}

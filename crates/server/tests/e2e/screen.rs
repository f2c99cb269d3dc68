//! The screening API and CLI end to end, on the real models.

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{Server, bin, http};

fn post_screen(server: &Server, body: &[u8]) -> (u16, Value, Option<String>) {
    let (status, headers, body) = http(server.addr, "POST", "/v1/screen", body).unwrap();
    let id = headers.iter().find(|(k, _)| k == "x-request-id").map(|(_, v)| v.clone());
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null), id)
}

#[test]
fn the_server_screens_the_example_ads_records_every_decision_and_refuses_bad_input() {
    let server = Server::start(&[]);
    let store = server.dir.path().join("decisions.db");
    let examples =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/ads.jsonl")).unwrap();
    let mut ids = Vec::new();
    for line in examples.lines() {
        let (status, d, header_id) = post_screen(&server, line.as_bytes());
        assert_eq!(status, 200, "{d}");
        for field in [
            "request_id",
            "creative_id",
            "decision",
            "findings",
            "scores",
            "coverage",
            "versions",
            "timing_ms",
        ] {
            assert!(d.get(field).is_some(), "missing {field}: {d}");
        }
        assert_eq!(header_id.as_deref(), d["request_id"].as_str());
        assert_eq!(d["versions"]["taxonomy"], "v1");
        assert!(d["scores"].as_object().unwrap().len() >= 21, "every evaluated category is scored");
        // The policy head's ad-level output is reported with its raw scores, and is not a category.
        assert!(d["scores_by_detector"]["ad-text-policy"]["any_violation"].is_f64(), "{d}");
        assert!(d["scores"].get("any_violation").is_none(), "{d}");
        for f in d["findings"].as_array().unwrap() {
            assert!(
                f["detector"]["id"].is_string()
                    && f["effect"].is_string()
                    && !f["evidence"].as_array().unwrap().is_empty(),
                "{f}"
            );
        }
        ids.push((
            d["creative_id"].as_str().unwrap().to_string(),
            d["request_id"].as_str().unwrap().to_string(),
            d["decision"]["outcome"].as_str().unwrap().to_string(),
        ));
    }
    let outcome = |c: &str| ids.iter().find(|(id, _, _)| id == c).unwrap().2.clone();
    assert_eq!(outcome("ex-08-flowers"), "approve");
    assert_eq!(outcome("ex-12-saas"), "approve");
    assert_eq!(outcome("ex-04-pills"), "reject");
    assert_eq!(outcome("ex-10-caps"), "reject");
    assert_ne!(outcome("ex-07-prize"), "approve");

    // Bad input: each a 4xx naming the field; the server keeps serving.
    let cases: Vec<(Vec<u8>, u16, &str)> = vec![
        (b"{}".to_vec(), 400, "body"),
        (format!(r#"{{"headline": "{}"}}"#, "a".repeat(1 << 20)).into_bytes(), 400, "headline"),
        (b"{\"headline\": \"caf\xe9\"}".to_vec(), 400, "body"),
        (br#"{"headline": 42}"#.to_vec(), 400, "headline"),
        (br#"{"headline": "ok", "color": "red"}"#.to_vec(), 400, "color"),
        (br#"{"headline": "ok", "profile": "nowhere"}"#.to_vec(), 400, "profile"),
        (b"not json".to_vec(), 400, "body"),
    ];
    for (body, want, field) in cases {
        let (status, err, _) = post_screen(&server, &body);
        assert_eq!(status, want, "{err}");
        assert_eq!(err["field"], field, "{err}");
        assert!(err["error"].as_str().unwrap().len() > 5, "{err}");
    }
    let (status, _, _) = post_screen(&server, br#"{"headline": "Fresh flowers delivered today"}"#);
    assert_eq!(status, 200, "still serving after bad input");

    // Every decision is in the store, with the request that produced it.
    for (_, request_id, outcome) in &ids {
        let out = bin()
            .args(["decisions", "show", request_id, "--store", store.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let stored: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(&stored["outcome"], outcome);
        assert!(stored["request"]["headline"].is_string());
    }
}

#[test]
fn a_violation_past_the_models_window_is_still_found() {
    let server = Server::start(&[]);
    // About 700 tokens of ordinary copy, then the violation at the very end.
    let filler =
        "Our store offers comfortable shoes, warm jackets and friendly service for the whole family. "
            .repeat(45);
    let ad = serde_json::json!({"headline": "Spring collection", "body": format!("{filler} Buy viagra and cialis without a prescription, discreet shipping.")});
    let (status, d, _) = post_screen(&server, ad.to_string().as_bytes());
    assert_eq!(status, 200, "{d}");
    assert_ne!(d["decision"]["outcome"], "approve", "{}", d["scores"]);
    let pharma = d["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["category"] == "regulated.pharma")
        .expect("pharma finding");
    let span = pharma["evidence"][0]["span"].as_array().unwrap();
    assert!(span[0].as_u64().unwrap() > 3000, "the evidence points into the end of the body: {span:?}");
}

/// Obfuscated spellings that the text models miss as written ("W_h_i_s_k_e_y" alone scored nothing
/// before) are read the way a person reads them: the model finding names the right category, and its
/// evidence spans the text as written, not the de-obfuscated reading.
/// The decisions of `adscreen screen --json` for ads given as (creative id, headline, body).
fn screen_with_cli<'a>(ads: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Vec<Value> {
    let mut file = tempfile::NamedTempFile::with_suffix(".jsonl").unwrap();
    for (id, headline, body) in ads {
        writeln!(file, "{}", serde_json::json!({"creative_id": id, "headline": headline, "body": body}))
            .unwrap();
    }
    let out = bin().args(["screen", "--json", "--no-store"]).arg(file.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn the_text_models_read_obfuscated_spellings_as_words() {
    let cases = [
        ("obf-whisky", "W_h_i_s_k_e_y", "Order today.", "regulated.alcohol"),
        ("obf-viagra", "V.I.A.G.R.A", "Cheap.", "regulated.pharma"),
        ("obf-beer", "Tonight: b0urb0n and b33r", "Doors at 8.", "regulated.alcohol"),
        ("obf-poker", "The best p o k e r room", "Join tonight.", "regulated.gambling"),
    ];
    let decisions = screen_with_cli(cases.iter().map(|(id, headline, body, _)| (*id, *headline, *body)));
    assert_eq!(decisions.len(), cases.len());
    for (d, (id, headline, _, category)) in decisions.iter().zip(cases) {
        assert_eq!(d["creative_id"], id);
        let finding = d["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["source"] == "model" && f["category"] == category)
            .unwrap_or_else(|| panic!("{id}: no model finding for {category}: {}", d["findings"]));
        let on_headline = finding["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["asset"] == "headline")
            .unwrap_or_else(|| panic!("{id}: no headline evidence: {finding}"));
        let span = on_headline["span"].as_array().unwrap();
        assert_eq!(span[1].as_u64().unwrap() as usize, headline.chars().count(), "{id}: {on_headline}");
        assert_eq!(on_headline["text"], headline, "{id}: evidence quotes the text as written");
    }
}

#[test]
fn the_text_models_read_ads_in_other_languages_through_the_glossary() {
    // (id, headline, body, category the models must find; None: approved with no model finding).
    let cases = [
        (
            "es-gambling",
            "Apuestas deportivas sin límites",
            "Bono de 200 € en tu primer depósito.",
            Some("regulated.gambling"),
        ),
        (
            "fr-weapons",
            "Pistolets et munitions sans permis",
            "Livraison discrète partout en France.",
            Some("regulated.weapons"),
        ),
        (
            "de-pharma",
            "Schlaftabletten ohne Rezept",
            "Diskreter Versand, keine Fragen.",
            Some("regulated.pharma"),
        ),
        (
            "it-tobacco",
            "Sigarette elettroniche all'ingrosso",
            "Liquidi alla nicotina, spedizione in 24 ore.",
            Some("regulated.tobacco"),
        ),
        (
            "pt-alcohol",
            "Vodka e cerveja com entrega",
            "Bebidas geladas na sua porta em 30 minutos.",
            Some("regulated.alcohol"),
        ),
        ("es-benign", "Zapatillas de running para mujer", "Envío gratis en pedidos desde 40 €.", None),
        (
            "de-benign",
            "Frische Brötchen jeden Morgen",
            "Unsere Bäckerei am Marktplatz öffnet um 6 Uhr.",
            None,
        ),
    ];
    let decisions = screen_with_cli(cases.iter().map(|(id, headline, body, _)| (*id, *headline, *body)));
    assert_eq!(decisions.len(), cases.len());
    for (d, (id, headline, _, category)) in decisions.iter().zip(cases) {
        assert_eq!(d["creative_id"], id);
        let models: Vec<&Value> =
            d["findings"].as_array().unwrap().iter().filter(|f| f["source"] == "model").collect();
        let Some(category) = category else {
            assert_eq!(d["decision"]["outcome"], "approve", "{id}: {d}");
            assert!(models.is_empty(), "{id}: {models:?}");
            continue;
        };
        assert_ne!(d["decision"]["outcome"], "approve", "{id}: {d}");
        let finding = models
            .iter()
            .find(|f| f["category"] == category)
            .unwrap_or_else(|| panic!("{id}: no model finding for {category}: {}", d["findings"]));
        // Evidence quotes the ad as written, not its English gloss.
        assert!(
            finding["evidence"].as_array().unwrap().iter().any(|e| e["text"] == headline),
            "{id}: {finding}"
        );
    }
}

#[test]
fn regression_cases_keep_their_outcomes() {
    let cases =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/regression.jsonl"))
            .unwrap();
    let mut file = tempfile::NamedTempFile::with_suffix(".jsonl").unwrap();
    let mut expect = Vec::new();
    for line in cases.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        writeln!(file, "{}", v["ad"]).unwrap();
        expect.push((
            v["ad"]["creative_id"].as_str().unwrap().to_string(),
            v["expect"].as_str().unwrap().to_string(),
        ));
    }
    let out = bin().args(["screen", "--json", "--no-store"]).arg(file.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let decisions: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(decisions.len(), expect.len());
    let mut wrong = Vec::new();
    for (d, (id, want)) in decisions.iter().zip(&expect) {
        assert_eq!(d["creative_id"], id.as_str());
        let got = d["decision"]["outcome"].as_str().unwrap();
        let ok = if want == "approve" { got == "approve" } else { got != "approve" };
        if !ok {
            wrong.push(format!(
                "{id}: {got} ({:?})",
                d["findings"].as_array().unwrap().iter().map(|f| f["category"].clone()).collect::<Vec<_>>()
            ));
        }
    }
    assert!(wrong.is_empty(), "regressions: {wrong:#?}");
}

#[test]
fn screen_cli_names_the_file_and_line_of_bad_input_and_screens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ads.jsonl");
    std::fs::write(&file, "{\"headline\": \"Fresh flowers\"}\n\n{\"headline\": 5}\n").unwrap();
    let store = dir.path().join("d.db");
    let out = bin().args(["screen", "--store", store.to_str().unwrap()]).arg(&file).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("ads.jsonl:3") && stderr.contains("headline"), "{stderr}");
    assert!(!store.exists(), "nothing was screened or recorded");
    let out = bin().args(["screen", "/nonexistent/ads.jsonl"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/ads.jsonl"));
}

#[test]
fn screen_cli_reads_a_directory_prints_a_table_and_records_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let ads = dir.path().join("ads");
    std::fs::create_dir(&ads).unwrap();
    std::fs::write(
        ads.join("a.json"),
        r#"{"creative_id": "one", "headline": "Fresh flowers delivered today"}"#,
    )
    .unwrap();
    std::fs::write(ads.join("b.jsonl"), "{\"creative_id\": \"two\", \"headline\": \"BUY NOW!!! FREE\"}\n")
        .unwrap();
    let store = dir.path().join("d.db");
    let started = Instant::now();
    let out = bin().args(["screen", "--store", store.to_str().unwrap()]).arg(&ads).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(started.elapsed() < Duration::from_secs(120));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("one") && table.contains("two") && table.contains("reject"), "{table}");
    let out =
        bin().args(["decisions", "list", "--json", "--store", store.to_str().unwrap()]).output().unwrap();
    let rows: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 2);
}

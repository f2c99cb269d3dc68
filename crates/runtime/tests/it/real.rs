//! The real all-MiniLM-L6-v2 from the cache against reference embeddings computed independently with
//! NumPy in float64 (scripts/reference/minilm_numpy.py, committed in tests/fixtures).

use adscreen_runtime::fetch::{DEFAULT_ENCODER, RECIPES};
use adscreen_runtime::registry::LoadedModel;
use adscreen_runtime::testkit::cosine;
use serde::Deserialize;

use crate::util::{engines, fixture, home, load_options};

#[derive(Deserialize)]
struct Reference {
    sentences: Vec<RefSentence>,
}

#[derive(Deserialize)]
struct RefSentence {
    text: String,
    ids: Vec<i64>,
    embedding: Vec<f32>,
}

fn reference() -> Reference {
    serde_json::from_slice(&std::fs::read(fixture("minilm_reference.json")).unwrap()).unwrap()
}

fn model_dir() -> std::path::PathBuf {
    let r = RECIPES.iter().find(|r| r.model == DEFAULT_ENCODER).unwrap();
    home().model_dir(r.model, r.version)
}

#[test]
fn minilm_matches_the_independent_reference_on_every_engine_and_precision() {
    let home = home();
    let reference = reference();
    assert!(reference.sentences.len() >= 10);
    let texts: Vec<&str> = reference.sentences.iter().map(|s| s.text.as_str()).collect();
    for (engine, precision) in engines() {
        let model =
            LoadedModel::load_encoder(&home, &model_dir(), &load_options(engine, precision, 2)).unwrap();
        assert_eq!(model.backend.precision, precision);
        let got = model.embed_blocking(&texts).unwrap();
        let mut worst = f64::MAX;
        for (r, e) in reference.sentences.iter().zip(&got) {
            assert_eq!(e.len(), 384);
            let c = cosine(e, &r.embedding);
            worst = worst.min(c);
            assert!(c >= 0.9999, "{engine}/{precision} {:?}: cosine {c}", r.text);
        }
        eprintln!("{engine}/{precision}: minimum cosine to the reference {worst:.7}");
        model.shutdown();
    }
}

#[test]
fn minilm_tokenisation_matches_the_reference_ids() {
    let home = home();
    let model = LoadedModel::load_encoder(
        &home,
        &model_dir(),
        &load_options(Default::default(), Default::default(), 1),
    )
    .unwrap();
    let tok = model.tokenizer().unwrap();
    for r in reference().sentences {
        assert_eq!(tok.encode(&r.text).unwrap().ids, r.ids, "{:?}", r.text);
    }
    // The packaged tokenizer.json truncates at 128 and pads to 128; the model's own limit is 256.
    assert_eq!(tok.max_length(), 256);
    assert_eq!(tok.encode(&"great deals ".repeat(200)).unwrap().ids.len(), 256);
    assert_eq!(tok.encode("hello").unwrap().ids.len(), 3);
}

#[test]
fn auto_precision_on_minilm_reports_its_gate() {
    let home = home();
    let model = LoadedModel::load_encoder(
        &home,
        &model_dir(),
        &load_options(Default::default(), Default::default(), 1),
    )
    .unwrap();
    if adscreen_runtime::backend::cpu_has_native_bf16() {
        let gate = model.precision_gate.unwrap();
        eprintln!("auto precision: {} (BF16 vs FP32 minimum cosine {gate:.7})", model.backend.precision);
        assert!(gate >= 0.9999, "BF16 MiniLM should hold to FP32: {gate}");
        assert_eq!(model.backend.precision, adscreen_runtime::backend::Precision::Bf16);
    }
}

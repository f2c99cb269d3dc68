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
        let model = LoadedModel::load_dir(&home, &model_dir(), &load_options(engine, precision, 2)).unwrap();
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
    let model =
        LoadedModel::load_dir(&home, &model_dir(), &load_options(Default::default(), Default::default(), 1))
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
    let model =
        LoadedModel::load_dir(&home, &model_dir(), &load_options(Default::default(), Default::default(), 1))
            .unwrap();
    if adscreen_runtime::backend::cpu_has_native_bf16() {
        let gate = model.precision_gate.unwrap();
        eprintln!(
            "auto precision: {} (BF16 vs FP32: 1 - minimum cosine = {gate:.2e})",
            model.backend.precision
        );
        assert!(gate <= 1e-4, "BF16 MiniLM should hold to FP32: 1 - cosine = {gate}");
        assert_eq!(model.backend.precision, adscreen_runtime::backend::Precision::Bf16);
    }
}

#[derive(Deserialize)]
struct ToxicReference {
    labels: Vec<String>,
    sentences: Vec<ToxicSentence>,
}

#[derive(Deserialize)]
struct ToxicSentence {
    text: String,
    ids: Vec<i64>,
    scores: Vec<f32>,
}

/// The compiled BiLSTM against `ToxicCommentClassifier().classify()` run with TensorFlow 2.19 / Keras
/// 3.15 (scripts/reference/toxic_keras.py, committed in tests/fixtures/toxic_reference.json).
#[test]
fn toxic_bilstm_reproduces_the_keras_reference_within_1e_4() {
    use adscreen_runtime::backend::{EngineKind, Precision};
    use adscreen_runtime::fetch::{RECIPES, TOXIC_MODEL};
    use adscreen_runtime::text::KerasTokenizer;
    let home = home();
    let reference: ToxicReference =
        serde_json::from_slice(&std::fs::read(fixture("toxic_reference.json")).unwrap()).unwrap();
    let r = RECIPES.iter().find(|r| r.model == TOXIC_MODEL).unwrap();
    let dir = home.model_dir(r.model, r.version);
    let keras = KerasTokenizer::load(&dir.join("tokenizer.json")).unwrap();
    for s in &reference.sentences {
        let ids: Vec<i64> = keras.words(&s.text).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, s.ids, "{:?}", s.text);
    }
    assert!(
        reference.sentences.iter().any(|s| s.ids.len() > 100),
        "the fixtures include a text past the window"
    );
    let texts: Vec<&str> = reference.sentences.iter().map(|s| s.text.as_str()).collect();
    for engine in [EngineKind::OpenVino, EngineKind::OnnxRuntime] {
        let model = LoadedModel::load_dir(&home, &dir, &load_options(engine, Precision::Fp32, 1)).unwrap();
        assert_eq!(model.labels(), reference.labels.as_slice());
        let got = model.infer_texts_blocking(&texts).unwrap();
        let mut worst = 0f32;
        for (s, g) in reference.sentences.iter().zip(&got) {
            for (a, b) in s.scores.iter().zip(g) {
                worst = worst.max((a - b).abs());
            }
        }
        eprintln!("{engine}: largest difference to the Keras reference {worst:.2e}");
        assert!(worst <= 1e-4, "{engine}: {worst}");
    }
}

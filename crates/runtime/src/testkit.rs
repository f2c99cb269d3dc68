//! Tiny models for tests and benchmarks, built without the network: a random-weight BERT written as a
//! sentence-transformers directory (config, safetensors, a small WordPiece tokenizer), and a naive
//! reference forward pass in `f64` that shares no code with the graph compiler.

use std::collections::HashMap;
use std::path::Path;

use crate::Result;
use crate::archive::Weights;
use crate::compiler::BertConfig;

/// Words of the tiny tokenizer's vocabulary (after the special tokens).
const WORDS: &[&str] = &[
    "buy",
    "now",
    "free",
    "shoes",
    "sale",
    "off",
    "the",
    "a",
    "new",
    "summer",
    "collection",
    "shop",
    "win",
    "prize",
    "click",
    "here",
    "deal",
    "deals",
    "killer",
    "on",
    "all",
    "today",
    "only",
    "store",
    "fresh",
    "flowers",
    "##s",
    "##ing",
    "##ed",
    "!",
    ".",
    ",",
    "%",
    "$",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "9",
];

/// The tiny model's configuration.
pub fn tiny_config() -> BertConfig {
    BertConfig {
        vocab_size: 5 + WORDS.len(),
        hidden_size: 32,
        num_hidden_layers: 2,
        num_attention_heads: 4,
        intermediate_size: 64,
        hidden_act: "gelu".into(),
        max_position_embeddings: 40,
        type_vocab_size: 2,
        layer_norm_eps: 1e-12,
    }
}

/// A deterministic pseudo-random generator (SplitMix64), so weights depend only on the seed.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> f32 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
    }
}

/// Random weights for `config`, in Hugging Face BERT naming.
pub fn tiny_weights(config: &BertConfig, seed: u64) -> Weights {
    let mut rng = SplitMix(seed);
    let mut t: HashMap<String, (Vec<usize>, Vec<f32>)> = HashMap::new();
    let mut add = |name: String, shape: Vec<usize>, scale: f32, offset: f32| {
        let n = shape.iter().product();
        let data = (0..n).map(|_| offset + scale * rng.next()).collect();
        t.insert(name, (shape, data));
    };
    let h = config.hidden_size;
    add("embeddings.word_embeddings.weight".into(), vec![config.vocab_size, h], 0.5, 0.0);
    add("embeddings.position_embeddings.weight".into(), vec![config.max_position_embeddings, h], 0.5, 0.0);
    add("embeddings.token_type_embeddings.weight".into(), vec![config.type_vocab_size, h], 0.5, 0.0);
    add("embeddings.LayerNorm.weight".into(), vec![h], 0.2, 1.0);
    add("embeddings.LayerNorm.bias".into(), vec![h], 0.1, 0.0);
    for l in 0..config.num_hidden_layers {
        let p = format!("encoder.layer.{l}");
        for name in
            ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"]
        {
            add(format!("{p}.{name}.weight"), vec![h, h], 0.3, 0.0);
            add(format!("{p}.{name}.bias"), vec![h], 0.1, 0.0);
        }
        add(format!("{p}.intermediate.dense.weight"), vec![config.intermediate_size, h], 0.3, 0.0);
        add(format!("{p}.intermediate.dense.bias"), vec![config.intermediate_size], 0.1, 0.0);
        add(format!("{p}.output.dense.weight"), vec![h, config.intermediate_size], 0.3, 0.0);
        add(format!("{p}.output.dense.bias"), vec![h], 0.1, 0.0);
        for ln in ["attention.output.LayerNorm", "output.LayerNorm"] {
            add(format!("{p}.{ln}.weight"), vec![h], 0.2, 1.0);
            add(format!("{p}.{ln}.bias"), vec![h], 0.1, 0.0);
        }
    }
    Weights::from_tensors(t)
}

/// A BERT WordPiece `tokenizer.json` over the tiny vocabulary (ids: 0 PAD, 1 UNK, 2 CLS, 3 SEP, 4 MASK),
/// with fixed padding and truncation switched on, as shipped checkpoints often have them.
pub fn tiny_tokenizer_json() -> String {
    let specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
    let mut vocab = serde_json::Map::new();
    for (i, w) in specials.iter().chain(WORDS).enumerate() {
        vocab.insert(w.to_string(), i.into());
    }
    let added: Vec<_> = specials
        .iter()
        .enumerate()
        .map(|(i, s)| {
            serde_json::json!({"id": i, "special": true, "content": s, "single_word": false,
                "lstrip": false, "rstrip": false, "normalized": false})
        })
        .collect();
    serde_json::json!({
        "version": "1.0",
        "truncation": {"max_length": 8, "strategy": "LongestFirst", "stride": 0},
        "padding": {"strategy": {"Fixed": 16}, "direction": "Right", "pad_to_multiple_of": null,
                    "pad_id": 0, "pad_type_id": 0, "pad_token": "[PAD]"},
        "added_tokens": added,
        "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
                       "strip_accents": null, "lowercase": true},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {"[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]},
                               "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": true},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab}
    })
    .to_string()
}

/// Writes a tiny sentence-transformers directory (mean pooling, normalised, max 24 tokens) to `dir`.
pub fn write_tiny_sentence_encoder(dir: &Path, seed: u64) -> Result<(BertConfig, Weights)> {
    let config = tiny_config();
    let weights = tiny_weights(&config, seed);
    std::fs::create_dir_all(dir.join("1_Pooling"))?;
    std::fs::write(dir.join("config.json"), serde_json::to_vec_pretty(&config).unwrap_or_default())?;
    std::fs::write(dir.join("model.safetensors"), weights.to_safetensors()?)?;
    std::fs::write(dir.join("tokenizer.json"), tiny_tokenizer_json())?;
    std::fs::write(
        dir.join("sentence_bert_config.json"),
        r#"{"max_seq_length": 24, "do_lower_case": false}"#,
    )?;
    std::fs::write(
        dir.join("1_Pooling/config.json"),
        r#"{"word_embedding_dimension": 32, "pooling_mode_mean_tokens": true}"#,
    )?;
    std::fs::write(
        dir.join("modules.json"),
        r#"[{"idx":0,"name":"0","path":"","type":"sentence_transformers.models.Transformer"},
            {"idx":1,"name":"1","path":"1_Pooling","type":"sentence_transformers.models.Pooling"},
            {"idx":2,"name":"2","path":"2_Normalize","type":"sentence_transformers.models.Normalize"}]"#,
    )?;
    Ok((config, weights))
}

/// The sentence embedding of one unpadded token sequence: BERT forward, mean pooling, L2 normalisation,
/// computed naively in `f64`.
pub fn naive_sentence_embedding(config: &BertConfig, w: &Weights, ids: &[i64]) -> Vec<f32> {
    let h = config.hidden_size;
    let n = ids.len();
    let nh = config.num_attention_heads;
    let dh = h / nh;
    let eps = config.layer_norm_eps;
    let get = |name: &str| -> Vec<f64> {
        w.get(name, &["", "bert."]).map(|(_, d)| d.iter().map(|&v| v as f64).collect()).unwrap_or_default()
    };
    let word = get("embeddings.word_embeddings.weight");
    let pos = get("embeddings.position_embeddings.weight");
    let tt = get("embeddings.token_type_embeddings.weight");
    let mut x: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..h).map(|j| word[ids[i] as usize * h + j] + pos[i * h + j] + tt[j]).collect())
        .collect();
    let ln = |x: &mut Vec<Vec<f64>>, prefix: &str| {
        let g = get(&format!("{prefix}.weight"));
        let b = get(&format!("{prefix}.bias"));
        for row in x.iter_mut() {
            let mean = row.iter().sum::<f64>() / h as f64;
            let var = row.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / h as f64;
            for (j, v) in row.iter_mut().enumerate() {
                *v = (*v - mean) / (var + eps).sqrt() * g[j] + b[j];
            }
        }
    };
    // y = x W^T + b with W of shape [out, in].
    let linear = |x: &[Vec<f64>], prefix: &str, out: usize| -> Vec<Vec<f64>> {
        let wt = get(&format!("{prefix}.weight"));
        let b = get(&format!("{prefix}.bias"));
        let inp = x[0].len();
        x.iter()
            .map(|row| {
                (0..out).map(|o| b[o] + (0..inp).map(|i| row[i] * wt[o * inp + i]).sum::<f64>()).collect()
            })
            .collect()
    };
    ln(&mut x, "embeddings.LayerNorm");
    for l in 0..config.num_hidden_layers {
        let p = format!("encoder.layer.{l}");
        let q = linear(&x, &format!("{p}.attention.self.query"), h);
        let k = linear(&x, &format!("{p}.attention.self.key"), h);
        let v = linear(&x, &format!("{p}.attention.self.value"), h);
        let mut ctx = vec![vec![0.0; h]; n];
        for head in 0..nh {
            let off = head * dh;
            for i in 0..n {
                let scores: Vec<f64> = (0..n)
                    .map(|j| (0..dh).map(|d| q[i][off + d] * k[j][off + d]).sum::<f64>() / (dh as f64).sqrt())
                    .collect();
                let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
                let z: f64 = exps.iter().sum();
                for d in 0..dh {
                    ctx[i][off + d] = (0..n).map(|j| exps[j] / z * v[j][off + d]).sum();
                }
            }
        }
        let a = linear(&ctx, &format!("{p}.attention.output.dense"), h);
        x = x.iter().zip(&a).map(|(r, s)| r.iter().zip(s).map(|(u, v)| u + v).collect()).collect();
        ln(&mut x, &format!("{p}.attention.output.LayerNorm"));
        let inter = linear(&x, &format!("{p}.intermediate.dense"), config.intermediate_size);
        let act: Vec<Vec<f64>> = inter
            .iter()
            .map(|r| r.iter().map(|&u| 0.5 * u * (1.0 + erf(u / std::f64::consts::SQRT_2))).collect())
            .collect();
        let o = linear(&act, &format!("{p}.output.dense"), h);
        x = x.iter().zip(&o).map(|(r, s)| r.iter().zip(s).map(|(u, v)| u + v).collect()).collect();
        ln(&mut x, &format!("{p}.output.LayerNorm"));
    }
    let mean: Vec<f64> = (0..h).map(|j| x.iter().map(|r| r[j]).sum::<f64>() / n as f64).collect();
    let norm = mean.iter().map(|v| v * v).sum::<f64>().sqrt().max(1e-12);
    mean.iter().map(|v| (v / norm) as f32).collect()
}

/// The error function (Abramowitz-Stegun 7.1.26 is too coarse here; this is a series/continued-fraction
/// evaluation accurate to about 1e-15).
pub fn erf(x: f64) -> f64 {
    if x.abs() < 3.0 {
        // Maclaurin series.
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        let mut k = 0.0;
        loop {
            k += 1.0;
            term *= -x2 / k;
            let add = term / (2.0 * k + 1.0);
            sum += add;
            if add.abs() < 1e-17 {
                break;
            }
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        // Continued fraction for erfc.
        let ax = x.abs();
        let mut f = 0.0;
        for k in (1..60).rev() {
            f = (k as f64 / 2.0) / (ax + f);
        }
        let erfc = (-ax * ax).exp() / std::f64::consts::PI.sqrt() / (ax + f);
        (1.0 - erfc).copysign(x)
    }
}

pub use crate::tensor::cosine;

/// A tiny tensor model: `y = x W + b` with `x: [batch, 4]` and `y: [batch, 3]`, `W[i][j] = i + 10 j`,
/// `b = [0.5, -1, 2]`. Returns the encoded ONNX graph.
pub fn linear_model() -> Vec<u8> {
    use crate::onnx::{Dim, GraphBuilder, OPSET, encode, proto::data_type};
    let mut g = GraphBuilder::new("linear");
    let x = g.input("x", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(4)]);
    let w: Vec<f32> = (0..4).flat_map(|i| (0..3).map(move |j| (i + 10 * j) as f32)).collect();
    let w = g.init_f32("W", &[4, 3], &w);
    let b = g.init_f32("b", &[3], &[0.5, -1.0, 2.0]);
    let y = g.op("MatMul", &[&x, &w], vec![]);
    let y = g.op("Add", &[&y, &b], vec![]);
    g.output(&y, "y", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(3)]);
    encode(&g.finish(OPSET, &[]))
}

/// What [`linear_model`] computes, for checking answers.
pub fn linear_expected(x: &[f32; 4]) -> [f32; 3] {
    let b = [0.5, -1.0, 2.0];
    let mut y = [0.0; 3];
    for (j, yj) in y.iter_mut().enumerate() {
        *yj = b[j] + (0..4).map(|i| x[i] * (i + 10 * j) as f32).sum::<f32>();
    }
    y
}

/// A deliberately slow tensor model for overload and shutdown tests: `depth` multiplications of
/// `x: [batch, width]` by one shared `[width, width]` matrix (scaled so values stay bounded).
pub fn slow_model(width: usize, depth: usize) -> Vec<u8> {
    use crate::onnx::{Dim, GraphBuilder, OPSET, encode, proto::data_type};
    let mut g = GraphBuilder::new("slow");
    let x = g.input("x", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(width as i64)]);
    let scale = 1.0 / width as f32;
    let w: Vec<f32> =
        (0..width * width).map(|i| if i % (width + 1) == 0 { 1.0 } else { scale * 0.01 }).collect();
    let w = g.init_f32("W", &[width, width], &w);
    let mut y = x;
    for _ in 0..depth {
        y = g.op("MatMul", &[&y, &w], vec![]);
    }
    g.output(&y, "y", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(width as i64)]);
    encode(&g.finish(OPSET, &[]))
}

/// Writes a directory ready for `archive pack`: `manifest.json` for a tensor model and `model.onnx`.
pub fn tensor_archive_dir(dir: &Path, name: &str, version: &str, onnx: &[u8], batching: &str) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("model.onnx"), onnx)?;
    let manifest = format!(
        r#"{{"format": "adscreen-archive/1", "name": "{name}", "version": "{version}", "handler": "tensor",
            "model": "model.onnx", "description": "test model", "batching": {batching}}}"#
    );
    std::fs::write(dir.join("manifest.json"), manifest)?;
    Ok(())
}

/// Where the tests' font lives: DejaVu Sans from Debian's `fonts-dejavu-core` (scripts/test installs
/// it when it is missing). Tests draw their own images of text rather than ship photographs.
pub const TEST_FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

/// `lines` of text drawn in [`TEST_FONT`] at `px` pixels, in `ink` on `paper`, each line centred on a
/// `width` x `height` image, with anti-aliased edges.
pub fn render_text(
    lines: &[&str],
    px: f32,
    ink: [u8; 3],
    paper: [u8; 3],
    width: u32,
    height: u32,
) -> Result<image::RgbImage> {
    use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
    let bytes = std::fs::read(TEST_FONT).map_err(|e| {
        crate::Error::InvalidInput(format!("{TEST_FONT}: {e}; install Debian's fonts-dejavu-core"))
    })?;
    let font = FontRef::try_from_slice(&bytes)
        .map_err(|e| crate::Error::InvalidInput(format!("{TEST_FONT}: {e}")))?;
    let scaled = font.as_scaled(PxScale::from(px));
    let line_h = scaled.height() + scaled.line_gap();
    let mut img = image::RgbImage::from_pixel(width, height, image::Rgb(paper));
    let top = (height as f32 - line_h * lines.len() as f32) / 2.0;
    for (row, line) in lines.iter().enumerate() {
        let mut glyphs = Vec::new();
        let mut x = 0.0f32;
        let mut prev = None;
        for ch in line.chars() {
            let id = font.glyph_id(ch);
            if let Some(p) = prev {
                x += scaled.kern(p, id);
            }
            glyphs.push(id.with_scale_and_position(PxScale::from(px), ab_glyph::point(x, 0.0)));
            x += scaled.h_advance(id);
            prev = Some(id);
        }
        let (dx, dy) = ((width as f32 - x) / 2.0, top + row as f32 * line_h + scaled.ascent());
        for mut g in glyphs {
            g.position = ab_glyph::point(g.position.x + dx, dy);
            let Some(outline) = font.outline_glyph(g) else { continue };
            let b = outline.px_bounds();
            outline.draw(|gx, gy, c| {
                let (x, y) = (b.min.x as i64 + gx as i64, b.min.y as i64 + gy as i64);
                if x < 0 || y < 0 || x >= width as i64 || y >= height as i64 {
                    return;
                }
                let p = img.get_pixel_mut(x as u32, y as u32);
                for k in 0..3 {
                    p[k] = (p[k] as f32 * (1.0 - c) + ink[k] as f32 * c).round() as u8;
                }
            });
        }
    }
    Ok(img)
}

/// A valid 1x1 PNG whose header claims `width` x `height` pixels (with a correct chunk CRC): the
/// shape of a decompression bomb, without its payload.
pub fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::RgbImage::new(1, 1)
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .unwrap_or_default();
    bytes[16..20].copy_from_slice(&width.to_be_bytes());
    bytes[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

/// CRC-32 (IEEE), as PNG chunks use.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_matches_known_values() {
        for (x, want) in [
            (0.0, 0.0),
            (0.5, 0.520_499_877_813_046_5),
            (1.0, 0.842_700_792_949_714_9),
            (2.5, 0.999_593_047_982_555),
            (-3.5, -0.999_999_256_901_627_7),
        ] {
            assert!((erf(x) - want).abs() < 1e-12, "erf({x}) = {} want {want}", erf(x));
        }
    }

    #[test]
    fn tiny_weights_depend_only_on_the_seed() {
        let c = tiny_config();
        let a = tiny_weights(&c, 7);
        let b = tiny_weights(&c, 7);
        let d = tiny_weights(&c, 8);
        let key = "embeddings.word_embeddings.weight";
        assert_eq!(a.get(key, &[""]).unwrap().1, b.get(key, &[""]).unwrap().1);
        assert_ne!(a.get(key, &[""]).unwrap().1, d.get(key, &[""]).unwrap().1);
    }
}

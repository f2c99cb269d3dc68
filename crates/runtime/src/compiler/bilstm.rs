//! The Keras BiLSTM toxic-comment classifier (`toxic-comment-classifier==0.3.0`) compiled into ONNX:
//! `input_ids [batch, 100]` (pre-padded word ids) -> Embedding -> Bidirectional LSTM(50, return
//! sequences) -> global max pool over time -> Dense(50, relu) -> Dense(6, sigmoid) -> `probabilities`.
//!
//! Reference implementation: `toxic_classifier/model.py` in the wheel (Keras 3 LSTM: sigmoid recurrent
//! activation, tanh activation, bias, gate order i, f, c, o). ONNX's LSTM orders gates i, o, f, c and
//! emits the backward direction already re-aligned to input time, as Keras's `Bidirectional` does.

use std::path::Path;

use crate::archive::{self, Weights};
use crate::compiler::bert::{INPUT_IDS, PROBABILITIES, write_manifest};
use crate::manifest::{ModelManifest, Task, TokenizerKind, TokenizerSpec};
use crate::onnx::{self, Dim, GraphBuilder, attr_int, attr_ints, attr_string, proto::data_type};
use crate::{Error, Result};

/// Version of the emitted graph.
pub const COMPILER_VERSION: &str = "keras-bilstm-1";

#[derive(serde::Deserialize)]
struct Labels {
    labels: Vec<String>,
    maxlen: usize,
    padding: String,
    truncating: String,
}

/// Keras gate blocks (i, f, c, o) reordered into ONNX's (i, o, f, c).
const KERAS_TO_ONNX_GATES: [usize; 4] = [0, 3, 1, 2];

/// `[in, 4h]` Keras kernel -> `[4h, in]` ONNX weight with gates reordered.
fn onnx_gate_matrix(kernel: &[f32], input: usize, hidden: usize) -> Vec<f32> {
    let mut out = vec![0.0; 4 * hidden * input];
    for (dst_gate, &src_gate) in KERAS_TO_ONNX_GATES.iter().enumerate() {
        for unit in 0..hidden {
            let row = dst_gate * hidden + unit;
            let col = src_gate * hidden + unit;
            for i in 0..input {
                out[row * input + i] = kernel[i * 4 * hidden + col];
            }
        }
    }
    out
}

fn onnx_gate_bias(bias: &[f32], hidden: usize) -> Vec<f32> {
    let mut out = vec![0.0; 8 * hidden]; // W bias then R bias (zeros: Keras has one bias)
    for (dst_gate, &src_gate) in KERAS_TO_ONNX_GATES.iter().enumerate() {
        out[dst_gate * hidden..(dst_gate + 1) * hidden]
            .copy_from_slice(&bias[src_gate * hidden..(src_gate + 1) * hidden]);
    }
    out
}

/// Compiles the converted files (`weights.safetensors`, `tokenizer.json`, `labels.json` from
/// scripts/convert/toxic_bilstm.py) into a model directory.
pub fn compile_dir(
    src: &Path,
    out_dir: &Path,
    name: &str,
    version: &str,
    source: &str,
) -> Result<ModelManifest> {
    let labels: Labels = archive::read_json(&src.join("labels.json"))?;
    if labels.padding != "pre" || labels.truncating != "pre" {
        return Err(Error::Compile("only pre-padding and pre-truncation are supported".into()));
    }
    let w = Weights::load(&src.join("weights.safetensors"))?;
    let (emb_shape, emb) = w.get("embedding", &[""])?;
    let (vocab, dim) = (emb_shape[0], emb_shape[1]);
    let (k_shape, _) = w.get("lstm.forward.kernel", &[""])?;
    let hidden = k_shape[1] / 4;
    let n_labels = labels.labels.len();

    let mut g = GraphBuilder::new("keras_bilstm");
    let maxlen = labels.maxlen as i64;
    let ids = g.input(INPUT_IDS, data_type::INT64, &[Dim::Dynamic("batch"), Dim::Fixed(maxlen)]);
    let table = g.init_f32("embedding", &[vocab, dim], emb);
    let x = g.op("Gather", &[&table, &ids], vec![]); // [B, T, D]
    let x = g.op("Transpose", &[&x], vec![attr_ints("perm", &[1, 0, 2])]); // [T, B, D]
    let mut wmat = Vec::new();
    let mut rmat = Vec::new();
    let mut bvec = Vec::new();
    for dir in ["forward", "backward"] {
        let k = w.get_shaped(&format!("lstm.{dir}.kernel"), &[""], &[dim, 4 * hidden])?;
        let r = w.get_shaped(&format!("lstm.{dir}.recurrent_kernel"), &[""], &[hidden, 4 * hidden])?;
        let b = w.get_shaped(&format!("lstm.{dir}.bias"), &[""], &[4 * hidden])?;
        wmat.extend(onnx_gate_matrix(k, dim, hidden));
        rmat.extend(onnx_gate_matrix(r, hidden, hidden));
        bvec.extend(onnx_gate_bias(b, hidden));
    }
    let wi = g.init_f32("lstm.W", &[2, 4 * hidden, dim], &wmat);
    let ri = g.init_f32("lstm.R", &[2, 4 * hidden, hidden], &rmat);
    let bi = g.init_f32("lstm.B", &[2, 8 * hidden], &bvec);
    let y = g.op(
        "LSTM",
        &[&x, &wi, &ri, &bi],
        vec![attr_string("direction", "bidirectional"), attr_int("hidden_size", hidden as i64)],
    ); // Y: [T, 2, B, H]
    let y = g.op("Transpose", &[&y], vec![attr_ints("perm", &[2, 0, 1, 3])]); // [B, T, 2, H]
    let shape = g.const_i64(&[0, 0, 2 * hidden as i64], false);
    let y = g.op("Reshape", &[&y, &shape], vec![]); // [B, T, 2H] = [forward, backward]
    let pooled = g.op("ReduceMax", &[&y], vec![attr_ints("axes", &[1]), attr_int("keepdims", 0)]);
    let mut cur = pooled;
    for (i, (act, out)) in [("Relu", None), ("Sigmoid", Some(n_labels))].into_iter().enumerate() {
        let name = format!("dense{}", i + 1);
        let (ks, kernel) = w.get(&format!("{name}.kernel"), &[""])?;
        if let Some(o) = out
            && ks[1] != o
        {
            return Err(Error::Compile(format!("{name} has {} outputs, labels.json lists {o}", ks[1])));
        }
        let bias = w.get_shaped(&format!("{name}.bias"), &[""], &[ks[1]])?;
        let wk = g.init_f32(&format!("{name}.kernel"), ks, kernel);
        let bk = g.init_f32(&format!("{name}.bias"), &[ks[1]], bias);
        let z = g.op("MatMul", &[&cur, &wk], vec![]);
        let z = g.op("Add", &[&z, &bk], vec![]);
        cur = g.op(act, &[&z], vec![]);
    }
    g.output(&cur, PROBABILITIES, data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(n_labels as i64)]);
    let model = g.finish(onnx::OPSET, &[("adscreen.compiler", COMPILER_VERSION.to_string())]);
    std::fs::create_dir_all(out_dir)?;
    std::fs::write(out_dir.join("model.onnx"), onnx::encode(&model))?;
    std::fs::copy(src.join("tokenizer.json"), out_dir.join("tokenizer.json"))?;
    let manifest = ModelManifest {
        precision: None,
        name: name.into(),
        version: version.into(),
        task: Task::TextClassification,
        compiler: COMPILER_VERSION.into(),
        source: source.into(),
        tokenizer: Some(TokenizerSpec {
            kind: TokenizerKind::Keras,
            file: "tokenizer.json".into(),
            max_length: labels.maxlen,
            window: None,
            ngrams: None,
        }),
        labels: labels.labels,
        output: PROBABILITIES.into(),
        postprocess: None,
        image: None,
        extra: serde_json::json!({"activation": "sigmoid", "padding": "pre", "truncating": "pre"}),
    };
    write_manifest(out_dir, &manifest)?;
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_are_reordered_from_keras_ifco_to_onnx_iofc() {
        // input 1, hidden 1: the kernel row is [i, f, c, o].
        let k = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(onnx_gate_matrix(&k, 1, 1), vec![1.0, 4.0, 2.0, 3.0]);
        let b = onnx_gate_bias(&k, 1);
        assert_eq!(b, vec![1.0, 4.0, 2.0, 3.0, 0.0, 0.0, 0.0, 0.0]);
    }
}

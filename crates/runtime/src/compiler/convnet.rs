//! Convolutional image classifiers described layer by layer (`architecture.json`, written by the
//! converters in `scripts/convert/`), compiled into ONNX with BatchNorm folded into the convolutions:
//! `pixel_values [batch, 3, H, W]` -> stem -> blocks (with optional skip connections) -> head ->
//! global average pool -> classifier -> `logits` and `probabilities` (softmax).
//!
//! Used for EfficientNet-Lite0 (reference: `efficientnet_lite_pytorch/model.py`, TF "SAME" padding,
//! ReLU6, no squeeze-and-excitation, BN eps 1e-3).

use std::path::Path;

use serde::Deserialize;

use crate::archive::{self, Weights};
use crate::compiler::bert::{PROBABILITIES, write_manifest};
use crate::manifest::{ImagePreprocess, ModelManifest, Postprocess, Task};
use crate::onnx::{self, Dim, GraphBuilder, attr_int, attr_ints, proto::data_type};
use crate::{Error, Result};

/// Version of the emitted graph.
pub const COMPILER_VERSION: &str = "convnet-1";
/// Name of the graph's image input.
pub const PIXEL_VALUES: &str = "pixel_values";
/// Name of the raw class scores.
pub const LOGITS: &str = "logits";

#[derive(Debug, Deserialize)]
#[serde(tag = "op")]
enum Op {
    #[serde(rename = "conv2d")]
    Conv {
        weight: String,
        bias: Option<String>,
        weight_shape: [usize; 4],
        kernel: [usize; 2],
        stride: [usize; 2],
        groups: usize,
        dilation: [usize; 2],
        pads: [usize; 4],
    },
    #[serde(rename = "batch_norm")]
    BatchNorm { eps: f32, weight: String, bias: String, running_mean: String, running_var: String },
    #[serde(rename = "relu6")]
    Relu6,
    #[serde(rename = "relu")]
    Relu,
}

#[derive(Debug, Deserialize)]
struct Block {
    skip: bool,
    ops: Vec<Op>,
}

#[derive(Debug, Deserialize)]
struct Classifier {
    weight: String,
    bias: String,
}

#[derive(Debug, Deserialize)]
struct InputSpec {
    shape: [usize; 4],
}

#[derive(Debug, Deserialize)]
struct Architecture {
    input: InputSpec,
    stem: Vec<Op>,
    blocks: Vec<Block>,
    head: Vec<Op>,
    classifier: Classifier,
}

/// A convolution waiting to see whether a BatchNorm follows (to fold it in).
struct PendingConv {
    weight: Vec<f32>,
    bias: Vec<f32>,
    shape: [usize; 4],
    kernel: [usize; 2],
    stride: [usize; 2],
    groups: usize,
    dilation: [usize; 2],
    pads: [usize; 4],
}

struct Emitter<'a> {
    g: GraphBuilder,
    w: &'a Weights,
    n: usize,
}

impl Emitter<'_> {
    fn tensor(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
        Ok(self.w.get_shaped(name, &[""], shape)?.to_vec())
    }

    fn flush(&mut self, x: &str, conv: &PendingConv) -> String {
        self.n += 1;
        let [o, i, kh, kw] = conv.shape;
        let wname = self.g.init_f32(&format!("conv{}.weight", self.n), &[o, i, kh, kw], &conv.weight);
        let bname = self.g.init_f32(&format!("conv{}.bias", self.n), &[o], &conv.bias);
        let p = conv.pads;
        self.g.op(
            "Conv",
            &[x, &wname, &bname],
            vec![
                attr_ints("kernel_shape", &[conv.kernel[0] as i64, conv.kernel[1] as i64]),
                attr_ints("strides", &[conv.stride[0] as i64, conv.stride[1] as i64]),
                attr_ints("dilations", &[conv.dilation[0] as i64, conv.dilation[1] as i64]),
                attr_ints("pads", &[p[0] as i64, p[1] as i64, p[2] as i64, p[3] as i64]),
                attr_int("group", conv.groups as i64),
            ],
        )
    }

    /// Emits a sequence of ops after `x`, folding each BatchNorm into the convolution before it.
    fn ops(&mut self, mut x: String, ops: &[Op]) -> Result<String> {
        let mut pending: Option<PendingConv> = None;
        for op in ops {
            match op {
                Op::Conv { weight, bias, weight_shape, kernel, stride, groups, dilation, pads } => {
                    if let Some(c) = pending.take() {
                        x = self.flush(&x, &c);
                    }
                    let w = self.tensor(weight, weight_shape)?;
                    let b = match bias {
                        Some(b) => self.tensor(b, &[weight_shape[0]])?,
                        None => vec![0.0; weight_shape[0]],
                    };
                    pending = Some(PendingConv {
                        weight: w,
                        bias: b,
                        shape: *weight_shape,
                        kernel: *kernel,
                        stride: *stride,
                        groups: *groups,
                        dilation: *dilation,
                        pads: *pads,
                    });
                }
                Op::BatchNorm { eps, weight, bias, running_mean, running_var } => {
                    let Some(mut c) = pending.take() else {
                        return Err(Error::Compile("a batch_norm must follow a conv2d".into()));
                    };
                    let o = c.shape[0];
                    let gamma = self.tensor(weight, &[o])?;
                    let beta = self.tensor(bias, &[o])?;
                    let mean = self.tensor(running_mean, &[o])?;
                    let var = self.tensor(running_var, &[o])?;
                    let per_out = c.weight.len() / o;
                    for ch in 0..o {
                        let s = gamma[ch] / (var[ch] + eps).sqrt();
                        for v in &mut c.weight[ch * per_out..(ch + 1) * per_out] {
                            *v *= s;
                        }
                        c.bias[ch] = (c.bias[ch] - mean[ch]) * s + beta[ch];
                    }
                    x = self.flush(&x, &c);
                }
                Op::Relu6 | Op::Relu => {
                    if let Some(c) = pending.take() {
                        x = self.flush(&x, &c);
                    }
                    x = if matches!(op, Op::Relu6) {
                        let lo = self.g.const_f32(0.0);
                        let hi = self.g.const_f32(6.0);
                        self.g.op("Clip", &[&x, &lo, &hi], vec![])
                    } else {
                        self.g.op("Relu", &[&x], vec![])
                    };
                }
            }
        }
        if let Some(c) = pending.take() {
            x = self.flush(&x, &c);
        }
        Ok(x)
    }
}

/// Compiles converted files (`weights.safetensors`, `architecture.json`, `labels.json`) into a model
/// directory with the given image preprocessing.
pub fn compile_dir(
    src: &Path,
    out_dir: &Path,
    name: &str,
    version: &str,
    source: &str,
    image: ImagePreprocess,
) -> Result<ModelManifest> {
    let arch: Architecture = archive::read_json(&src.join("architecture.json"))?;
    #[derive(Deserialize)]
    struct Labels {
        labels: Vec<String>,
    }
    let labels: Labels = archive::read_json(&src.join("labels.json"))?;
    let weights = Weights::load(&src.join("weights.safetensors"))?;
    let [_, c, h, w] = arch.input.shape;
    let mut e = Emitter { g: GraphBuilder::new("convnet"), w: &weights, n: 0 };
    let x = e.g.input(
        PIXEL_VALUES,
        data_type::FLOAT,
        &[Dim::Dynamic("batch"), Dim::Fixed(c as i64), Dim::Fixed(h as i64), Dim::Fixed(w as i64)],
    );
    let mut x = e.ops(x, &arch.stem)?;
    for block in &arch.blocks {
        let y = e.ops(x.clone(), &block.ops)?;
        x = if block.skip { e.g.op("Add", &[&y, &x], vec![]) } else { y };
    }
    let x = e.ops(x, &arch.head)?;
    let pooled = e.g.op("GlobalAveragePool", &[&x], vec![]);
    let flat = e.g.op("Flatten", &[&pooled], vec![attr_int("axis", 1)]);
    let (fc_shape, fc) = weights.get(&arch.classifier.weight, &[""])?;
    let classes = fc_shape[0];
    if classes != labels.labels.len() {
        return Err(Error::Compile(format!("{classes} classes but {} labels", labels.labels.len())));
    }
    let fcw = e.g.init_f32("fc.weight", fc_shape, fc);
    let fcb_data = weights.get_shaped(&arch.classifier.bias, &[""], &[classes])?.to_vec();
    let fcb = e.g.init_f32("fc.bias", &[classes], &fcb_data);
    let logits = e.g.op("Gemm", &[&flat, &fcw, &fcb], vec![attr_int("transB", 1)]);
    let probs = e.g.op("Softmax", &[&logits], vec![attr_int("axis", 1)]);
    let dims = [Dim::Dynamic("batch"), Dim::Fixed(classes as i64)];
    e.g.output(&logits, LOGITS, data_type::FLOAT, &dims);
    e.g.output(&probs, PROBABILITIES, data_type::FLOAT, &dims);
    let model = e.g.finish(onnx::OPSET, &[("adscreen.compiler", COMPILER_VERSION.to_string())]);
    std::fs::create_dir_all(out_dir)?;
    std::fs::write(out_dir.join("model.onnx"), onnx::encode(&model))?;
    let manifest = ModelManifest {
        precision: None,
        name: name.into(),
        version: version.into(),
        task: Task::ImageClassification,
        compiler: COMPILER_VERSION.into(),
        source: source.into(),
        tokenizer: None,
        labels: labels.labels,
        output: PROBABILITIES.into(),
        postprocess: Some(Postprocess { activation: crate::manifest::Activation::None, top_k: Some(5) }),
        image: Some(image),
        extra: serde_json::json!({}),
    };
    write_manifest(out_dir, &manifest)?;
    Ok(manifest)
}

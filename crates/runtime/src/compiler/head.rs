//! Small dense heads (multi-layer perceptrons) that sit on an encoder's output, stored as safetensors
//! (`head.{i}.weight` as `[in, out]`, `head.{i}.bias`) and emitted into the encoder's graph.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::archive::Weights;
use crate::onnx::GraphBuilder;
use crate::{Error, Result};

/// Activation after a dense layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Activation {
    Relu,
    Sigmoid,
    None,
}

/// One dense layer: `y = act(x W + b)` with `W` of shape `[input, output]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Dense {
    pub input: usize,
    pub output: usize,
    pub weight: Vec<f32>,
    pub bias: Vec<f32>,
    pub activation: Activation,
}

/// A stack of dense layers.
#[derive(Clone, Debug, PartialEq)]
pub struct MlpHead {
    pub layers: Vec<Dense>,
}

impl MlpHead {
    pub fn input_size(&self) -> usize {
        self.layers.first().map(|l| l.input).unwrap_or(0)
    }

    pub fn output_size(&self) -> usize {
        self.layers.last().map(|l| l.output).unwrap_or(0)
    }

    /// Computes the head on one input vector (for training, evaluation and tests).
    pub fn forward(&self, x: &[f32]) -> Vec<f32> {
        let mut cur = x.to_vec();
        for l in &self.layers {
            let mut y = l.bias.clone();
            for (i, &xi) in cur.iter().enumerate() {
                if xi == 0.0 {
                    continue;
                }
                let row = &l.weight[i * l.output..(i + 1) * l.output];
                for (yo, &w) in y.iter_mut().zip(row) {
                    *yo += xi * w;
                }
            }
            for v in &mut y {
                *v = match l.activation {
                    Activation::Relu => v.max(0.0),
                    Activation::Sigmoid => 1.0 / (1.0 + (-*v).exp()),
                    Activation::None => *v,
                };
            }
            cur = y;
        }
        cur
    }

    /// Emits the head after `input` and returns the output value's name.
    pub fn emit(&self, g: &mut GraphBuilder, input: &str, prefix: &str) -> String {
        let mut cur = input.to_string();
        for (i, l) in self.layers.iter().enumerate() {
            let w = g.init_f32(&format!("{prefix}.{i}.weight"), &[l.input, l.output], &l.weight);
            let b = g.init_f32(&format!("{prefix}.{i}.bias"), &[l.output], &l.bias);
            let y = g.op("MatMul", &[&cur, &w], vec![]);
            let y = g.op("Add", &[&y, &b], vec![]);
            cur = match l.activation {
                Activation::Relu => g.op("Relu", &[&y], vec![]),
                Activation::Sigmoid => g.op("Sigmoid", &[&y], vec![]),
                Activation::None => y,
            };
        }
        cur
    }

    /// Serialises as safetensors; the activations are listed by the caller (in a manifest).
    pub fn to_safetensors(&self) -> Result<Vec<u8>> {
        let mut t = HashMap::new();
        for (i, l) in self.layers.iter().enumerate() {
            t.insert(format!("head.{i}.weight"), (vec![l.input, l.output], l.weight.clone()));
            t.insert(format!("head.{i}.bias"), (vec![l.output], l.bias.clone()));
        }
        Weights::from_tensors(t).to_safetensors()
    }

    /// Reads a head from weights and the per-layer activations.
    pub fn from_weights(w: &Weights, activations: &[Activation]) -> Result<MlpHead> {
        let mut layers = Vec::new();
        for (i, &activation) in activations.iter().enumerate() {
            let (shape, weight) = w.get(&format!("head.{i}.weight"), &[""])?;
            if shape.len() != 2 {
                return Err(Error::Compile(format!("head.{i}.weight must be a matrix")));
            }
            let bias = w.get_shaped(&format!("head.{i}.bias"), &[""], &[shape[1]])?;
            layers.push(Dense {
                input: shape[0],
                output: shape[1],
                weight: weight.to_vec(),
                bias: bias.to_vec(),
                activation,
            });
        }
        for pair in layers.windows(2) {
            if pair[0].output != pair[1].input {
                return Err(Error::Compile("head layers do not chain".into()));
            }
        }
        Ok(MlpHead { layers })
    }

    /// Per-layer activations, for the manifest.
    pub fn activations(&self) -> Vec<Activation> {
        self.layers.iter().map(|l| l.activation).collect()
    }
}

/// The wide part of a wide-and-deep classifier: a linear map from hashed n-gram buckets to logits.
#[derive(Clone, Debug, PartialEq)]
pub struct Wide {
    pub buckets: usize,
    pub outputs: usize,
    /// `[buckets, outputs]`, row 0 (padding) all zeros.
    pub weight: Vec<f32>,
}

/// A multi-label classifier: an MLP on dense features whose last layer gives logits, plus optionally a
/// wide linear part on sparse n-gram features; probabilities are the sigmoid of the summed logits.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassifierHead {
    /// Its last layer has `Activation::None`.
    pub deep: MlpHead,
    pub wide: Option<Wide>,
}

impl ClassifierHead {
    pub fn input_size(&self) -> usize {
        self.deep.input_size()
    }

    pub fn output_size(&self) -> usize {
        self.deep.output_size()
    }

    /// Logits for dense features and sparse `(bucket, weight)` features.
    pub fn logits(&self, dense: &[f32], sparse: &[(i64, f32)]) -> Vec<f32> {
        let mut z = self.deep.forward(dense);
        if let Some(w) = &self.wide {
            for &(b, x) in sparse {
                let row = &w.weight[b as usize * w.outputs..(b as usize + 1) * w.outputs];
                for (zi, &wi) in z.iter_mut().zip(row) {
                    *zi += x * wi;
                }
            }
        }
        z
    }

    /// Probabilities for dense and sparse features.
    pub fn forward(&self, dense: &[f32], sparse: &[(i64, f32)]) -> Vec<f32> {
        self.logits(dense, sparse).into_iter().map(|z| 1.0 / (1.0 + (-z).exp())).collect()
    }

    /// Emits the head: `features` dense, and (when wide) the two n-gram inputs; returns probabilities.
    pub fn emit(
        &self,
        g: &mut GraphBuilder,
        features: &str,
        ngrams: Option<(&str, &str)>,
        prefix: &str,
    ) -> String {
        let mut z = self.deep.emit(g, features, prefix);
        if let (Some(w), Some((ids, weights))) = (&self.wide, ngrams) {
            let table = g.init_f32(&format!("{prefix}.wide.weight"), &[w.buckets, w.outputs], &w.weight);
            let rows = g.op("Gather", &[&table, ids], vec![]); // [B, N, K]
            let axes = g.const_i64(&[2], false);
            let x = g.op("Unsqueeze", &[weights, &axes], vec![]); // [B, N, 1]
            let weighted = g.op("Mul", &[&rows, &x], vec![]);
            let axes1 = g.const_i64(&[1], false);
            let wide = g.op("ReduceSum", &[&weighted, &axes1], vec![crate::onnx::attr_int("keepdims", 0)]);
            z = g.op("Add", &[&z, &wide], vec![]);
        }
        g.op("Sigmoid", &[&z], vec![])
    }

    pub fn to_safetensors(&self) -> Result<Vec<u8>> {
        let mut t = HashMap::new();
        for (i, l) in self.deep.layers.iter().enumerate() {
            t.insert(format!("head.{i}.weight"), (vec![l.input, l.output], l.weight.clone()));
            t.insert(format!("head.{i}.bias"), (vec![l.output], l.bias.clone()));
        }
        if let Some(w) = &self.wide {
            t.insert("wide.weight".into(), (vec![w.buckets, w.outputs], w.weight.clone()));
        }
        Weights::from_tensors(t).to_safetensors()
    }

    /// The hidden layers of `heads` side by side (one dense layer of their summed widths), after checking
    /// that every head has one hidden layer, the same input size and the same activations.
    fn hidden_side_by_side(heads: &[ClassifierHead]) -> Result<Dense> {
        let first = heads.first().ok_or_else(|| Error::Compile("no heads to combine".into()))?;
        let layout = |h: &ClassifierHead| {
            (h.deep.layers.len(), h.input_size(), h.deep.activations(), h.wide.as_ref().map(|w| w.buckets))
        };
        if first.deep.layers.len() != 2 || heads.iter().any(|h| layout(h) != layout(first)) {
            return Err(Error::Compile(
                "heads to combine need one hidden layer, the same input size, activations and wide part"
                    .into(),
            ));
        }
        let d = first.input_size();
        let hidden: usize = heads.iter().map(|h| h.deep.layers[0].output).sum();
        let mut weight = Vec::with_capacity(d * hidden);
        for i in 0..d {
            for h in heads {
                let l = &h.deep.layers[0];
                weight.extend_from_slice(&l.weight[i * l.output..(i + 1) * l.output]);
            }
        }
        let bias = heads.iter().flat_map(|h| h.deep.layers[0].bias.iter().copied()).collect();
        Ok(Dense { input: d, output: hidden, weight, bias, activation: first.deep.layers[0].activation })
    }

    /// One head whose logits are the mean of the given heads' logits, exactly: the heads' hidden
    /// layers side by side, their output layers stacked and divided by the number of heads, their wide
    /// parts averaged. Every head must have one hidden layer (input -> hidden, hidden -> outputs) of the
    /// same input and output sizes, and a wide part of the same size or none.
    pub fn average(heads: &[ClassifierHead]) -> Result<ClassifierHead> {
        let hidden = Self::hidden_side_by_side(heads)?;
        let first = &heads[0];
        let k = first.output_size();
        if heads.iter().any(|h| h.output_size() != k) {
            return Err(Error::Compile("heads to average need the same output size".into()));
        }
        let n = heads.len() as f32;
        let w2: Vec<f32> = heads.iter().flat_map(|h| h.deep.layers[1].weight.iter().map(|w| w / n)).collect();
        let b2: Vec<f32> =
            (0..k).map(|o| heads.iter().map(|h| h.deep.layers[1].bias[o]).sum::<f32>() / n).collect();
        let wide = first.wide.as_ref().map(|w| {
            let mut weight = vec![0f32; w.weight.len()];
            for h in heads {
                for (a, b) in weight.iter_mut().zip(&h.wide.as_ref().expect("same layout").weight) {
                    *a += b / n;
                }
            }
            Wide { buckets: w.buckets, outputs: w.outputs, weight }
        });
        let output = Dense {
            input: hidden.output,
            output: k,
            weight: w2,
            bias: b2,
            activation: first.deep.layers[1].activation,
        };
        Ok(ClassifierHead { deep: MlpHead { layers: vec![hidden, output] }, wide })
    }

    /// One head whose outputs are the given heads' outputs one after another, exactly: the hidden
    /// layers side by side, each head's output layer reading only its own hidden units, the wide parts
    /// side by side. Every head must have one hidden layer, the same input size, and a wide part of the
    /// same bucket count or none.
    pub fn concat(heads: &[ClassifierHead]) -> Result<ClassifierHead> {
        let hidden = Self::hidden_side_by_side(heads)?;
        let k: usize = heads.iter().map(ClassifierHead::output_size).sum();
        let mut w2 = vec![0f32; hidden.output * k];
        let (mut row, mut col) = (0, 0);
        for h in heads {
            let l = &h.deep.layers[1];
            for j in 0..l.input {
                w2[(row + j) * k + col..(row + j) * k + col + l.output]
                    .copy_from_slice(&l.weight[j * l.output..(j + 1) * l.output]);
            }
            (row, col) = (row + l.input, col + l.output);
        }
        let b2 = heads.iter().flat_map(|h| h.deep.layers[1].bias.iter().copied()).collect();
        let wide = heads[0].wide.as_ref().map(|w| {
            let mut weight = Vec::with_capacity(w.buckets * k);
            for b in 0..w.buckets {
                for h in heads {
                    let hw = h.wide.as_ref().expect("same layout");
                    weight.extend_from_slice(&hw.weight[b * hw.outputs..(b + 1) * hw.outputs]);
                }
            }
            Wide { buckets: w.buckets, outputs: k, weight }
        });
        let output = Dense {
            input: hidden.output,
            output: k,
            weight: w2,
            bias: b2,
            activation: heads[0].deep.layers[1].activation,
        };
        Ok(ClassifierHead { deep: MlpHead { layers: vec![hidden, output] }, wide })
    }

    /// Reads a head; `activations` are the deep layers' (the last must be `None`).
    pub fn from_weights(w: &Weights, activations: &[Activation]) -> Result<ClassifierHead> {
        let deep = MlpHead::from_weights(w, activations)?;
        let wide = match w.get("wide.weight", &[""]) {
            Ok((shape, weight)) => {
                if shape.len() != 2 || shape[1] != deep.output_size() {
                    return Err(Error::Compile("wide.weight must be [buckets, outputs]".into()));
                }
                Some(Wide { buckets: shape[0], outputs: shape[1], weight: weight.to_vec() })
            }
            Err(_) => None,
        };
        Ok(ClassifierHead { deep, wide })
    }
}

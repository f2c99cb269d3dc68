//! Static INT8 quantization of an ONNX graph, written as QuantizeLinear/DequantizeLinear pairs that
//! both engines lower to integer kernels. Every `MatMul` whose right-hand side is a 2-D `f32`
//! initializer (the dense layers of BERT and of the heads) is a [`Target`]:
//! - its weights become `int8`, symmetric, one scale per output channel (axis 1 of `[in, out]`), and
//! - its activation input is quantized to `uint8` with one scale and zero point per tensor, from the
//!   range measured over calibration texts ([`with_probes`] exposes those inputs as extra outputs).
//!
//! Targets listed in `keep` stay in `f32`: the fallback for the layers an accuracy gate finds sensitive.

use std::collections::{BTreeSet, HashMap};

use crate::onnx::proto::{
    ModelProto, NodeProto, TensorProto, TypeProto, TypeProtoTensor, ValueInfoProto, data_type,
};
use crate::onnx::{GraphBuilder, attr_int};
use crate::{Error, Result};

/// One quantizable `MatMul`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The node's name (stable across compilations of the same model).
    pub node: String,
    /// Its activation input (input 0).
    pub activation: String,
    /// Its weight initializer (input 1), `[in, out]`.
    pub weight: String,
}

/// The observed range of one activation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f32,
    pub max: f32,
}

impl Range {
    pub const EMPTY: Range = Range { min: f32::INFINITY, max: f32::NEG_INFINITY };

    pub fn observe(&mut self, values: &[f32]) {
        for &v in values {
            if v.is_finite() {
                self.min = self.min.min(v);
                self.max = self.max.max(v);
            }
        }
    }

    /// The `uint8` scale and zero point that cover this range (and zero, which must be exact).
    pub fn uint8_params(&self) -> (f32, u8) {
        let (lo, hi) = (self.min.min(0.0), self.max.max(0.0));
        if hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
            return (1.0, 0);
        }
        let scale = (hi - lo) / 255.0;
        let zero = (-lo / scale).round().clamp(0.0, 255.0) as u8;
        (scale, zero)
    }
}

fn f32_values(t: &TensorProto) -> Option<Vec<f32>> {
    if t.data_type != data_type::FLOAT {
        return None;
    }
    if !t.raw_data.is_empty() {
        return Some(
            t.raw_data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        );
    }
    Some(t.float_data.clone())
}

/// The quantizable `MatMul`s of a model, in graph order.
pub fn targets(model: &ModelProto) -> Vec<Target> {
    let Some(graph) = &model.graph else { return Vec::new() };
    let weights: HashMap<&str, &TensorProto> = graph
        .initializer
        .iter()
        .filter(|t| t.data_type == data_type::FLOAT && t.dims.len() == 2)
        .map(|t| (t.name.as_str(), t))
        .collect();
    graph
        .node
        .iter()
        .filter(|n| n.op_type == "MatMul" && n.domain.is_empty() && n.input.len() == 2)
        .filter(|n| weights.contains_key(n.input[1].as_str()))
        .map(|n| Target { node: n.name.clone(), activation: n.input[0].clone(), weight: n.input[1].clone() })
        .collect()
}

/// A copy of `model` that also outputs the activation input of every target (under the activation's
/// own name: engines drop identities and report the producer's name), for measuring ranges over
/// calibration texts on the FP32 engine. Returns the model and the output names, one per target.
pub fn with_probes(model: &ModelProto, targets: &[Target]) -> Result<(ModelProto, Vec<String>)> {
    let mut m = model.clone();
    let graph = m.graph.as_mut().ok_or_else(|| Error::InvalidInput("the model has no graph".into()))?;
    for t in targets {
        if graph.output.iter().any(|o| o.name == t.activation) {
            continue;
        }
        graph.output.push(ValueInfoProto {
            name: t.activation.clone(),
            r#type: Some(TypeProto {
                tensor_type: Some(TypeProtoTensor { elem_type: data_type::FLOAT, shape: None }),
            }),
            doc_string: String::new(),
        });
    }
    Ok((m, targets.iter().map(|t| t.activation.clone()).collect()))
}

/// Per-output-channel symmetric `int8` weights of a `[in, out]` matrix: the values and the scales.
pub fn quantize_weights(w: &[f32], rows: usize, cols: usize) -> (Vec<i8>, Vec<f32>) {
    let mut scales = vec![0f32; cols];
    for r in 0..rows {
        for (c, s) in scales.iter_mut().enumerate() {
            *s = s.max(w[r * cols + c].abs());
        }
    }
    for s in &mut scales {
        *s = if *s > 0.0 { *s / 127.0 } else { 1.0 };
    }
    let q = w
        .iter()
        .enumerate()
        .map(|(i, &v)| (v / scales[i % cols]).round().clamp(-127.0, 127.0) as i8)
        .collect();
    (q, scales)
}

/// The model with every target not in `keep` quantized, activations with `ranges[i]` (by target
/// index). Weights that no longer feed anything in `f32` are dropped from the file.
pub fn quantize(
    model: &ModelProto,
    targets: &[Target],
    ranges: &[Range],
    keep: &BTreeSet<usize>,
) -> Result<ModelProto> {
    if ranges.len() != targets.len() {
        return Err(Error::InvalidInput(format!("{} ranges for {} targets", ranges.len(), targets.len())));
    }
    let mut m = model.clone();
    let graph = m.graph.as_mut().ok_or_else(|| Error::InvalidInput("the model has no graph".into()))?;
    // Fresh names come from a builder whose nodes and initializers are spliced in afterwards.
    let mut g = GraphBuilder::new("qdq");
    let mut replaced: HashMap<String, (String, String)> = HashMap::new(); // node -> (x_dq, w_dq)
    let mut weight_dq: HashMap<String, String> = HashMap::new();
    for (i, t) in targets.iter().enumerate() {
        if keep.contains(&i) {
            continue;
        }
        let w_dq = match weight_dq.get(&t.weight) {
            Some(v) => v.clone(),
            None => {
                let init = graph
                    .initializer
                    .iter()
                    .find(|x| x.name == t.weight)
                    .ok_or_else(|| Error::InvalidInput(format!("no initializer {}", t.weight)))?;
                let (rows, cols) = (init.dims[0] as usize, init.dims[1] as usize);
                let w = f32_values(init).filter(|w| w.len() == rows * cols).ok_or_else(|| {
                    Error::InvalidInput(format!("initializer {} is not [in, out] f32", t.weight))
                })?;
                let (q, scales) = quantize_weights(&w, rows, cols);
                let qname = g.init_raw(
                    &format!("{}.int8", t.weight),
                    data_type::INT8,
                    &[rows, cols],
                    q.iter().map(|&v| v as u8).collect(),
                );
                let sname = g.init_f32(&format!("{}.scale", t.weight), &[cols], &scales);
                let zname =
                    g.init_raw(&format!("{}.zero", t.weight), data_type::INT8, &[cols], vec![0; cols]);
                let v = g.op("DequantizeLinear", &[&qname, &sname, &zname], vec![attr_int("axis", 1)]);
                weight_dq.insert(t.weight.clone(), v.clone());
                v
            }
        };
        let (scale, zero) = ranges[i].uint8_params();
        let s = g.init_f32(&format!("{}.act_scale", t.node), &[], &[scale]);
        let z = g.init_raw(&format!("{}.act_zero", t.node), data_type::UINT8, &[], vec![zero]);
        let q = g.op("QuantizeLinear", &[&t.activation, &s, &z], vec![]);
        let x_dq = g.op("DequantizeLinear", &[&q, &s, &z], vec![]);
        replaced.insert(t.node.clone(), (x_dq, w_dq));
    }
    let added = g.finish(crate::onnx::OPSET, &[]).graph.unwrap_or_default();
    for node in &mut graph.node {
        if let Some((x, w)) = replaced.get(&node.name) {
            node.input = vec![x.clone(), w.clone()];
        }
    }
    // Each new node goes just before the first node that consumes it, which keeps the graph in
    // topological order (a node only reads values produced before its consumer).
    let mut nodes = Vec::with_capacity(graph.node.len() + added.node.len());
    let producers: HashMap<&str, &NodeProto> =
        added.node.iter().flat_map(|n| n.output.iter().map(move |o| (o.as_str(), n))).collect();
    let mut placed: BTreeSet<String> = BTreeSet::new();
    fn place(
        value: &str,
        producers: &HashMap<&str, &NodeProto>,
        placed: &mut BTreeSet<String>,
        out: &mut Vec<NodeProto>,
    ) {
        let Some(n) = producers.get(value) else { return };
        if placed.contains(&n.name) {
            return;
        }
        for input in &n.input {
            place(input, producers, placed, out);
        }
        placed.insert(n.name.clone());
        out.push((*n).clone());
    }
    for node in std::mem::take(&mut graph.node) {
        for input in &node.input {
            place(input, &producers, &mut placed, &mut nodes);
        }
        nodes.push(node);
    }
    graph.node = nodes;
    let used: BTreeSet<String> = graph.node.iter().flat_map(|n| n.input.iter().cloned()).collect();
    graph.initializer.retain(|t| used.contains(&t.name));
    graph.initializer.extend(added.initializer);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::onnx::{Dim, GraphBuilder};

    fn tiny() -> ModelProto {
        let mut g = GraphBuilder::new("tiny");
        let x = g.input("x", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(4)]);
        let w: Vec<f32> = (0..12).map(|i| (i as f32 - 5.5) / 4.0).collect();
        let w = g.init_f32("w", &[4, 3], &w);
        let y = g.op("MatMul", &[&x, &w], vec![]);
        let r = g.op("Relu", &[&y], vec![]);
        g.output(&r, "y", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(3)]);
        g.finish(crate::onnx::OPSET, &[])
    }

    #[test]
    fn weights_round_trip_within_half_a_step_per_channel() {
        let w = [0.5f32, -2.0, 0.01, -0.25, 1.0, 0.02];
        let (q, s) = quantize_weights(&w, 2, 3);
        assert_eq!(s.len(), 3);
        assert_eq!(q[1], -127, "the largest magnitude of a channel maps to 127");
        for (i, (&v, &qv)) in w.iter().zip(&q).enumerate() {
            assert!((qv as f32 * s[i % 3] - v).abs() <= s[i % 3] / 2.0 + 1e-7);
        }
    }

    #[test]
    fn activation_ranges_always_hold_zero_exactly() {
        let (s, z) = Range { min: 0.5, max: 6.0 }.uint8_params();
        assert_eq!(z, 0);
        assert!((s - 6.0 / 255.0).abs() < 1e-7);
        let (s, z) = Range { min: -1.0, max: 3.0 }.uint8_params();
        // The integer zero point stands for 0.0 exactly; the ends of the range are within one step.
        let dequant = |q: f32| (q - z as f32) * s;
        assert_eq!(dequant(z as f32), 0.0);
        assert!((dequant(0.0) + 1.0).abs() <= s && (dequant(255.0) - 3.0).abs() <= s);
        assert_eq!(Range::EMPTY.uint8_params(), (1.0, 0));
    }

    #[test]
    fn matmuls_on_weights_are_found_probed_and_quantized_unless_kept() {
        let m = tiny();
        let t = targets(&m);
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].activation.as_str(), t[0].weight.as_str()), ("x", "w"));
        let (probed, names) = with_probes(&m, &t).unwrap();
        assert_eq!(names, ["x"]);
        let outputs: Vec<&str> =
            probed.graph.as_ref().unwrap().output.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(outputs, ["y", "x"], "the activation is exposed under its own name");

        let q = quantize(&m, &t, &[Range { min: -1.0, max: 1.0 }], &BTreeSet::new()).unwrap();
        let g = q.graph.as_ref().unwrap();
        let ops: Vec<&str> = g.node.iter().map(|n| n.op_type.as_str()).collect();
        assert_eq!(ops, ["QuantizeLinear", "DequantizeLinear", "DequantizeLinear", "MatMul", "Relu"]);
        assert!(g.initializer.iter().all(|i| i.name != "w"), "the f32 weights are gone");
        assert!(g.initializer.iter().any(|i| i.name == "w.int8" && i.data_type == data_type::INT8));

        let kept = quantize(&m, &t, &[Range { min: -1.0, max: 1.0 }], &[0].into()).unwrap();
        assert_eq!(kept, m, "a kept target leaves the model as it was");
    }
}

//! Writing ONNX graphs from Rust. The compiler emits models through [`GraphBuilder`]; the encoded bytes
//! are what both engines read. This is our equivalent of tracing a model into a static graph.

pub mod proto;

use prost::Message;

use proto::{
    AttributeProto, Dimension, DimensionValue, GraphProto, ModelProto, NodeProto, OperatorSetIdProto,
    StringStringEntryProto, TensorProto, TensorShapeProto, TypeProto, TypeProtoTensor, ValueInfoProto,
    attribute_type, data_type,
};

/// IR version written into every model (ONNX 1.12, which goes with opset 17).
pub const IR_VERSION: i64 = 8;
/// Default opset of the standard domain.
pub const OPSET: i64 = 17;

/// One axis of a graph input or output: a fixed size or a named dynamic size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    Fixed(i64),
    Dynamic(&'static str),
}

/// Builds one ONNX graph node by node. Value names are generated unless given.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    name: String,
    nodes: Vec<NodeProto>,
    initializers: Vec<TensorProto>,
    inputs: Vec<ValueInfoProto>,
    outputs: Vec<ValueInfoProto>,
    counter: usize,
}

impl GraphBuilder {
    pub fn new(name: impl Into<String>) -> Self {
        GraphBuilder { name: name.into(), ..Default::default() }
    }

    /// Declares a graph input and returns its value name.
    pub fn input(&mut self, name: &str, elem_type: i32, dims: &[Dim]) -> String {
        self.inputs.push(value_info(name, elem_type, dims));
        name.to_string()
    }

    /// Declares `value` (the output of some node) as a graph output called `name`.
    pub fn output(&mut self, value: &str, name: &str, elem_type: i32, dims: &[Dim]) {
        let produced = self.nodes.iter().any(|n| n.output.iter().any(|o| o == value));
        let already_output = self.outputs.iter().any(|o| o.name == value);
        if value != name && produced && !already_output {
            // Name the value itself (its producer and every consumer), so engines report this name for
            // the port even after they remove identities.
            for node in &mut self.nodes {
                for v in node.output.iter_mut().chain(node.input.iter_mut()).filter(|v| *v == value) {
                    *v = name.to_string();
                }
            }
        } else if value != name {
            self.nodes.push(NodeProto {
                input: vec![value.to_string()],
                output: vec![name.to_string()],
                name: format!("output_{name}"),
                op_type: "Identity".into(),
                ..Default::default()
            });
        }
        self.outputs.push(value_info(name, elem_type, dims));
    }

    fn fresh(&mut self, hint: &str) -> String {
        self.counter += 1;
        format!("{hint}_{}", self.counter)
    }

    /// Adds an `f32` initializer (weights) and returns its name.
    pub fn init_f32(&mut self, name: &str, dims: &[usize], data: &[f32]) -> String {
        let mut raw = Vec::with_capacity(data.len() * 4);
        for v in data {
            raw.extend_from_slice(&v.to_le_bytes());
        }
        self.init_raw(name, data_type::FLOAT, dims, raw)
    }

    /// Adds an initializer from raw little-endian bytes of the given ONNX data type.
    pub fn init_raw(&mut self, name: &str, data_type: i32, dims: &[usize], raw: Vec<u8>) -> String {
        self.initializers.push(TensorProto {
            dims: dims.iter().map(|&d| d as i64).collect(),
            data_type,
            name: name.to_string(),
            raw_data: raw,
            ..Default::default()
        });
        name.to_string()
    }

    /// A constant `i64` tensor of rank 1 (or rank 0 when `scalar`).
    pub fn const_i64(&mut self, values: &[i64], scalar: bool) -> String {
        let name = self.fresh("const_i64");
        let dims = if scalar { vec![] } else { vec![values.len() as i64] };
        self.initializers.push(TensorProto {
            dims,
            data_type: data_type::INT64,
            name: name.clone(),
            int64_data: values.to_vec(),
            ..Default::default()
        });
        name
    }

    /// A constant `f32` scalar.
    pub fn const_f32(&mut self, value: f32) -> String {
        let name = self.fresh("const_f32");
        self.initializers.push(TensorProto {
            dims: vec![],
            data_type: data_type::FLOAT,
            name: name.clone(),
            float_data: vec![value],
            ..Default::default()
        });
        name
    }

    /// Adds a node with one output and returns the output's name.
    pub fn op(&mut self, op_type: &str, inputs: &[&str], attributes: Vec<AttributeProto>) -> String {
        let out = self.fresh(&op_type.to_ascii_lowercase());
        self.nodes.push(NodeProto {
            input: inputs.iter().map(|s| s.to_string()).collect(),
            output: vec![out.clone()],
            name: format!("{out}_node"),
            op_type: op_type.to_string(),
            attribute: attributes,
            ..Default::default()
        });
        out
    }

    /// Adds a node with one output in a non-standard domain (e.g. `com.microsoft`).
    pub fn op_in_domain(
        &mut self,
        domain: &str,
        op_type: &str,
        inputs: &[&str],
        attributes: Vec<AttributeProto>,
    ) -> String {
        let out = self.op(op_type, inputs, attributes);
        if let Some(node) = self.nodes.last_mut() {
            node.domain = domain.to_string();
        }
        out
    }

    /// Finishes the graph into a model with the given opset and metadata.
    pub fn finish(self, opset: i64, metadata: &[(&str, String)]) -> ModelProto {
        ModelProto {
            ir_version: IR_VERSION,
            opset_import: vec![OperatorSetIdProto { domain: String::new(), version: opset }],
            producer_name: "adscreen".into(),
            producer_version: env!("CARGO_PKG_VERSION").into(),
            graph: Some(GraphProto {
                node: self.nodes,
                name: self.name,
                initializer: self.initializers,
                input: self.inputs,
                output: self.outputs,
                ..Default::default()
            }),
            metadata_props: metadata
                .iter()
                .map(|(k, v)| StringStringEntryProto { key: k.to_string(), value: v.clone() })
                .collect(),
            ..Default::default()
        }
    }
}

fn value_info(name: &str, elem_type: i32, dims: &[Dim]) -> ValueInfoProto {
    let dim = dims
        .iter()
        .map(|d| Dimension {
            value: Some(match d {
                Dim::Fixed(n) => DimensionValue::DimValue(*n),
                Dim::Dynamic(p) => DimensionValue::DimParam(p.to_string()),
            }),
        })
        .collect();
    ValueInfoProto {
        name: name.to_string(),
        r#type: Some(TypeProto {
            tensor_type: Some(TypeProtoTensor { elem_type, shape: Some(TensorShapeProto { dim }) }),
        }),
        doc_string: String::new(),
    }
}

pub fn attr_int(name: &str, value: i64) -> AttributeProto {
    AttributeProto { name: name.into(), r#type: attribute_type::INT, i: value, ..Default::default() }
}

pub fn attr_ints(name: &str, values: &[i64]) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: attribute_type::INTS,
        ints: values.to_vec(),
        ..Default::default()
    }
}

pub fn attr_float(name: &str, value: f32) -> AttributeProto {
    AttributeProto { name: name.into(), r#type: attribute_type::FLOAT, f: value, ..Default::default() }
}

pub fn attr_floats(name: &str, values: &[f32]) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: attribute_type::FLOATS,
        floats: values.to_vec(),
        ..Default::default()
    }
}

pub fn attr_string(name: &str, value: &str) -> AttributeProto {
    AttributeProto {
        name: name.into(),
        r#type: attribute_type::STRING,
        s: value.as_bytes().to_vec(),
        ..Default::default()
    }
}

/// Encodes a model to the protobuf bytes the engines read.
pub fn encode(model: &ModelProto) -> Vec<u8> {
    model.encode_to_vec()
}

/// Decodes a model from protobuf bytes.
pub fn decode(bytes: &[u8]) -> Result<ModelProto, prost::DecodeError> {
    ModelProto::decode(bytes)
}

/// Reads the `metadata_props` of an encoded model as key/value pairs.
pub fn metadata(model: &ModelProto) -> Vec<(String, String)> {
    model.metadata_props.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_model_round_trips_through_protobuf() {
        let mut g = GraphBuilder::new("t");
        let x = g.input("x", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(2)]);
        let w = g.init_f32("w", &[2, 2], &[1.0, 0.0, 0.0, 1.0]);
        let y = g.op("MatMul", &[&x, &w], vec![]);
        g.output(&y, "y", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Fixed(2)]);
        let model = g.finish(OPSET, &[("k", "v".into())]);
        let bytes = encode(&model);
        let back = decode(&bytes).unwrap();
        assert_eq!(back, model);
        assert_eq!(metadata(&back), vec![("k".to_string(), "v".to_string())]);
        let graph = back.graph.unwrap();
        assert_eq!(graph.node.len(), 1, "the MatMul output is renamed to the graph output");
        assert_eq!(graph.node[0].output, vec!["y".to_string()]);
        assert_eq!(graph.initializer[0].raw_data.len(), 16);
    }
}

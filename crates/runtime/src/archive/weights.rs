//! Checkpoint weights read from safetensors files (the only weight format accepted besides ONNX:
//! it holds plain tensors and can never carry code).

use std::collections::HashMap;
use std::path::Path;

use safetensors::{Dtype, SafeTensors};

use crate::{Error, Result};

/// A named set of `f32` tensors.
#[derive(Debug, Default, Clone)]
pub struct Weights {
    tensors: HashMap<String, (Vec<usize>, Vec<f32>)>,
    origin: String,
}

impl Weights {
    /// Reads a safetensors file; F32, F16 and BF16 tensors are widened to `f32`.
    pub fn load(path: &Path) -> Result<Weights> {
        let bytes = super::read_model_file(path)?;
        Self::from_bytes(&bytes, &path.display().to_string())
    }

    /// Parses safetensors bytes; `origin` names the source in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Weights> {
        let st = SafeTensors::deserialize(bytes).map_err(|e| Error::model_file(origin, e))?;
        let mut tensors = HashMap::new();
        for (name, view) in st.iter() {
            let data = view.data();
            let values: Vec<f32> = match view.dtype() {
                Dtype::F32 => {
                    data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
                }
                Dtype::F16 => {
                    data.chunks_exact(2).map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32()).collect()
                }
                Dtype::BF16 => {
                    data.chunks_exact(2).map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32()).collect()
                }
                // Integer buffers (e.g. BERT's `position_ids`) are not weights; skip them.
                Dtype::I64 | Dtype::I32 | Dtype::U8 | Dtype::I8 | Dtype::BOOL => continue,
                other => {
                    return Err(Error::model_file(
                        origin,
                        format!("tensor {name} has unsupported dtype {other:?}"),
                    ));
                }
            };
            tensors.insert(name.to_string(), (view.shape().to_vec(), values));
        }
        Ok(Weights { tensors, origin: origin.to_string() })
    }

    /// Builds weights from in-memory tensors (used by tests and converters).
    pub fn from_tensors(tensors: HashMap<String, (Vec<usize>, Vec<f32>)>) -> Weights {
        Weights { tensors, origin: "<memory>".into() }
    }

    /// Serialises to safetensors bytes (F32).
    pub fn to_safetensors(&self) -> Result<Vec<u8>> {
        let mut owned: Vec<(String, Vec<usize>, Vec<u8>)> = self
            .tensors
            .iter()
            .map(|(n, (s, v))| (n.clone(), s.clone(), v.iter().flat_map(|x| x.to_le_bytes()).collect()))
            .collect();
        owned.sort_by(|a, b| a.0.cmp(&b.0));
        let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = owned
            .iter()
            .map(|(n, s, b)| {
                safetensors::tensor::TensorView::new(Dtype::F32, s.clone(), b).map(|v| (n.clone(), v))
            })
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| Error::Compile(e.to_string()))?;
        safetensors::serialize(views, None).map_err(|e| Error::Compile(e.to_string()))
    }

    /// Looks a tensor up by name, trying each prefix in turn (checkpoints differ on `bert.`).
    pub fn get(&self, name: &str, prefixes: &[&str]) -> Result<(&[usize], &[f32])> {
        for prefix in prefixes {
            if let Some((shape, data)) = self.tensors.get(&format!("{prefix}{name}")) {
                return Ok((shape, data));
            }
        }
        Err(Error::model_file(&self.origin, format!("no tensor named {name} (tried prefixes {prefixes:?})")))
    }

    /// Looks a tensor up and checks its shape.
    pub fn get_shaped(&self, name: &str, prefixes: &[&str], shape: &[usize]) -> Result<&[f32]> {
        let (actual, data) = self.get(name, prefixes)?;
        if actual != shape {
            return Err(Error::model_file(
                &self.origin,
                format!("tensor {name} has shape {actual:?}, the config implies {shape:?}"),
            ));
        }
        Ok(data)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.tensors.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.tensors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tensors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safetensors_round_trip_keeps_names_shapes_and_values() {
        let mut t = HashMap::new();
        t.insert("a.weight".to_string(), (vec![2, 3], vec![1.0, -2.0, 3.5, 0.0, 5.0, 6.25]));
        t.insert("b".to_string(), (vec![1], vec![7.0]));
        let w = Weights::from_tensors(t);
        let bytes = w.to_safetensors().unwrap();
        let back = Weights::from_bytes(&bytes, "test").unwrap();
        assert_eq!(back.len(), 2);
        let (shape, data) = back.get("weight", &["x.", "a."]).unwrap();
        assert_eq!(shape, &[2, 3]);
        assert_eq!(data, &[1.0, -2.0, 3.5, 0.0, 5.0, 6.25]);
        assert!(back.get_shaped("b", &[""], &[2]).is_err());
        assert!(back.get("missing", &[""]).is_err());
    }

    #[test]
    fn garbage_is_a_clear_error_not_a_panic() {
        let err = Weights::from_bytes(&[1, 2, 3], "junk.safetensors").unwrap_err();
        assert!(err.to_string().contains("junk.safetensors"), "{err}");
    }
}

//! Built-in handlers, chosen by a model's manifest, that turn a request (text, image bytes or tensors)
//! into model inputs and the model's outputs into an answer (labels with scores, an embedding, or raw
//! tensors), so teams serve models without writing code. Every handler goes through the batcher.

use std::time::Instant;

use serde::Serialize;

use crate::imaging::{self, ImageLimits};
use crate::manifest::{Activation, Task};
use crate::registry::{LoadedModel, NamedTensors};
use crate::{Error, Result};

/// What a handler is given.
#[derive(Clone, Debug)]
pub enum Request {
    Text(String),
    Image(Vec<u8>),
    Tensors(NamedTensors),
}

/// One label and its score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LabelScore {
    pub label: String,
    pub score: f32,
}

/// What a handler answers.
#[derive(Clone, Debug)]
pub enum Response {
    Labels(Vec<LabelScore>),
    Embedding(Vec<f32>),
    Tensors(NamedTensors),
}

/// Applies the activation to raw scores.
pub fn activate(scores: &[f32], activation: Activation) -> Vec<f32> {
    match activation {
        Activation::None => scores.to_vec(),
        Activation::Sigmoid => scores.iter().map(|z| 1.0 / (1.0 + (-z).exp())).collect(),
        Activation::Softmax => {
            let max = scores.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
            let exps: Vec<f32> = scores.iter().map(|z| (z - max).exp()).collect();
            let sum: f32 = exps.iter().sum();
            exps.iter().map(|e| e / sum.max(f32::MIN_POSITIVE)).collect()
        }
    }
}

/// Pairs scores with labels (or `LABEL_i`), highest first, cut to `top_k`.
pub fn top_labels(scores: &[f32], labels: &[String], top_k: Option<usize>) -> Vec<LabelScore> {
    let mut out: Vec<LabelScore> = scores
        .iter()
        .enumerate()
        .map(|(i, &score)| LabelScore {
            label: labels.get(i).cloned().unwrap_or_else(|| format!("LABEL_{i}")),
            score,
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    if let Some(k) = top_k {
        out.truncate(k);
    }
    out
}

impl LoadedModel {
    fn classify(&self, outputs: NamedTensors) -> Result<Vec<LabelScore>> {
        let name = self.main_output().to_string();
        let (_, t) = outputs
            .into_iter()
            .find(|(n, _)| *n == name)
            .ok_or_else(|| Error::InvalidInput(format!("the model has no output {name}")))?;
        let raw = t.as_f32().ok_or_else(|| Error::InvalidInput(format!("output {name} is not FP32")))?;
        let post = self.manifest.as_ref().and_then(|m| m.postprocess.clone());
        let activation = post.as_ref().map(|p| p.activation).unwrap_or(Activation::None);
        Ok(top_labels(&activate(raw, activation), self.labels(), post.and_then(|p| p.top_k)))
    }

    /// Runs the model's handler on one request.
    pub async fn handle(
        &self,
        request: Request,
        images: &ImageLimits,
        deadline: Option<Instant>,
    ) -> Result<Response> {
        match (self.task, request) {
            (_, Request::Tensors(inputs)) => {
                Ok(Response::Tensors(self.submit(inputs, deadline)?.wait().await?.0))
            }
            (Task::TextClassification, Request::Text(text)) => {
                let tok = self
                    .tokenizer()
                    .ok_or_else(|| Error::InvalidInput("the model has no tokenizer".into()))?;
                let outputs = self.submit(tok.encode_tensors(&text)?, deadline)?.wait().await?.0;
                Ok(Response::Labels(self.classify(outputs)?))
            }
            (Task::TextEmbedding, Request::Text(text)) => {
                Ok(Response::Embedding(self.infer_texts(&[text.as_str()], deadline).await?.remove(0)))
            }
            (Task::ImageClassification, Request::Image(bytes)) => {
                let pre = self
                    .manifest
                    .as_ref()
                    .and_then(|m| m.image.clone())
                    .ok_or_else(|| Error::InvalidInput("the model has no image preprocessing".into()))?;
                let img = imaging::decode(&bytes, images).map_err(|e| Error::InvalidInput(e.to_string()))?;
                let tensor = imaging::preprocess(&img.rgb, &pre)?;
                let input = pre.input.clone().or_else(|| self.backend.inputs.first().map(|s| s.name.clone()));
                let input = input.ok_or_else(|| Error::InvalidInput("the model has no inputs".into()))?;
                let outputs = self.submit(vec![(input, tensor)], deadline)?.wait().await?.0;
                Ok(Response::Labels(self.classify(outputs)?))
            }
            (Task::ImageClassification, Request::Text(_)) => {
                Err(Error::InvalidInput("this model classifies images: send image bytes".into()))
            }
            (Task::TextClassification | Task::TextEmbedding, Request::Image(_)) => {
                Err(Error::InvalidInput("this model takes text, not an image".into()))
            }
            (Task::Tensor, _) => Err(Error::InvalidInput(
                "this model takes tensors: use the KServe v2 API (/v2/models/.../infer)".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn softmax_and_sigmoid_are_probabilities() {
        let s = activate(&[1.0, 2.0, 3.0], Activation::Softmax);
        assert!((s.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(s[2] > s[1] && s[1] > s[0]);
        let g = activate(&[0.0, 100.0, -100.0], Activation::Sigmoid);
        assert_eq!(g[0], 0.5);
        assert!(g[1] > 0.999 && g[2] < 0.001);
    }

    #[test]
    fn labels_are_sorted_and_cut() {
        let labels = vec!["neg".to_string(), "pos".to_string()];
        let t = top_labels(&[0.2, 0.8, 0.5], &labels, Some(2));
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].label, "pos");
        assert_eq!(t[1].label, "LABEL_2");
    }
}

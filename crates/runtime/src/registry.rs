//! The model registry: loaded models by `name@version`, a default version per name, load and unload.
//! Each loaded model owns a [`Batcher`] whose workers each own one backend instance.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};

use serde::Serialize;

use crate::backend::{self, Backend, BackendInfo, BackendOptions, Precision};
use crate::batcher::{BatchConfig, BatchRunner, Batcher, Ticket};
use crate::compiler::{bert, bilstm};
use crate::home::Home;
pub use crate::manifest::Task;
use crate::manifest::{ModelManifest, PrecisionRecord, TokenizerKind};
use crate::tensor::cosine;
use crate::text::TextTokenizer;
use crate::{Error, Result, Tensor, archive};

/// Ad-like texts on which `auto` precision checks BF16 against FP32 before serving it.
pub const CALIBRATION_TEXTS: &[&str] = &[
    "Summer sale: 40% off all sandals this weekend only",
    "Refinance your home loan at a fixed 5.9% APR",
    "Killer deals on laptops and 4K TVs",
    "Lose weight fast with our miracle tea, no exercise needed!!!",
    "Fresh flowers delivered same day across the USA",
    "Join 2 million players: spin the wheel and win big",
    "Book a table at our new Italian restaurant downtown",
    "Congratulations! You have won a free iPhone, click to claim",
    "Learn Python online with certified instructors",
    "Craft beer tasting every Friday at the taproom",
    "Descubre las ofertas de verano en toda la tienda",
    "Get a free quote for solar panels today",
];

/// The smallest cosine to FP32 at which `auto` keeps BF16 for an encoder.
pub const BF16_GATE_MIN_COSINE: f64 = 0.999;
/// The largest probability change from FP32 at which `auto` keeps BF16 for a classifier.
pub const BF16_GATE_MAX_PROBABILITY_CHANGE: f64 = 0.02;

/// Named input or output tensors of one request.
pub type NamedTensors = Vec<(String, Tensor)>;

/// How to load a model.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    pub backend: BackendOptions,
    /// Worker threads (each with its own backend instance).
    pub workers: usize,
    pub batch: BatchConfig,
    /// Whether a tuned serving configuration (`serving.json` written by `adscreen bench sweep`) may
    /// replace the workers, threads and batching given here (true when the user set none of them).
    pub use_tuned: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        LoadOptions {
            use_tuned: false,
            backend: BackendOptions { threads: cores, ..Default::default() },
            workers: 1,
            batch: BatchConfig::default(),
        }
    }
}

/// A model that is loaded and serving.
pub struct LoadedModel {
    pub name: String,
    pub version: String,
    pub task: Task,
    pub backend: BackendInfo,
    pub workers: usize,
    pub loaded_at: SystemTime,
    pub load_time: Duration,
    /// When `auto` precision chose BF16: the largest gap to FP32 on the calibration texts (1 - cosine
    /// for embeddings, the largest probability change for classifiers).
    pub precision_gate: Option<f64>,
    /// The manifest of a model loaded from a directory.
    pub manifest: Option<ModelManifest>,
    tokenizer: Option<TextTokenizer>,
    batcher: Batcher<NamedTensors, NamedTensors>,
}

impl std::fmt::Debug for LoadedModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LoadedModel({}@{})", self.name, self.version)
    }
}

/// Runs padded batches of named tensors on one backend instance.
struct TensorRunner {
    backend: Box<dyn Backend>,
    /// Whether requests of different shapes may be stacked with zero padding.
    mixed_shapes: bool,
}

/// The shape of each named tensor of a request past the batch axis: requests with equal signatures
/// stack without padding.
type Signature<'a> = Vec<(&'a str, &'a [usize])>;

fn signature(req: &NamedTensors) -> Signature<'_> {
    req.iter().map(|(n, t)| (n.as_str(), t.shape().get(1..).unwrap_or(&[]))).collect()
}

impl TensorRunner {
    fn run_stacked(&mut self, inputs: &[NamedTensors]) -> Result<Vec<NamedTensors>> {
        let first = inputs.first().ok_or_else(|| Error::InvalidInput("empty batch".into()))?;
        let rows: Vec<usize> =
            inputs.iter().map(|req| req.first().map(|(_, t)| t.rows()).unwrap_or(0)).collect();
        let mut stacked = Vec::with_capacity(first.len());
        for (name, _) in first {
            let parts: Vec<&Tensor> = inputs
                .iter()
                .map(|req| {
                    req.iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, t)| t)
                        .ok_or_else(|| Error::InvalidInput(format!("missing input {name}")))
                })
                .collect::<Result<_>>()?;
            stacked.push((name.as_str(), Tensor::stack_padded(&parts)?));
        }
        let refs: Vec<(&str, &Tensor)> = stacked.iter().map(|(n, t)| (*n, t)).collect();
        let outputs = self.backend.run(&refs)?;
        let mut per_request: Vec<NamedTensors> = vec![Vec::with_capacity(outputs.len()); inputs.len()];
        for (name, tensor) in outputs {
            for (slot, piece) in per_request.iter_mut().zip(tensor.split_rows(&rows)?) {
                slot.push((name.clone(), piece));
            }
        }
        Ok(per_request)
    }
}

impl BatchRunner for TensorRunner {
    type Input = NamedTensors;
    type Output = NamedTensors;

    fn run_batch(&mut self, inputs: Vec<NamedTensors>) -> Vec<Result<NamedTensors>> {
        if !self.mixed_shapes && inputs.len() > 1 {
            // One sub-batch per distinct shape, in order of first appearance; results in request order.
            let mut groups: Vec<(Signature<'_>, Vec<usize>)> = Vec::new();
            for (i, req) in inputs.iter().enumerate() {
                let sig = signature(req);
                match groups.iter_mut().find(|(g, _)| *g == sig) {
                    Some((_, members)) => members.push(i),
                    None => groups.push((sig, vec![i])),
                }
            }
            if groups.len() > 1 {
                let plan: Vec<Vec<usize>> = groups.into_iter().map(|(_, m)| m).collect();
                let mut slots: Vec<Option<NamedTensors>> = inputs.into_iter().map(Some).collect();
                let mut results: Vec<Option<Result<NamedTensors>>> = (0..slots.len()).map(|_| None).collect();
                for members in plan {
                    let group: Vec<NamedTensors> = members.iter().filter_map(|&i| slots[i].take()).collect();
                    for (i, r) in members.into_iter().zip(self.run_mixed(&group)) {
                        results[i] = Some(r);
                    }
                }
                return results
                    .into_iter()
                    .map(|r| r.unwrap_or_else(|| Err(Error::InvalidInput("request lost in batching".into()))))
                    .collect();
            }
        }
        self.run_mixed(&inputs)
    }
}

impl TensorRunner {
    /// Runs requests as one stacked batch (padded where shapes differ), falling back to one by one.
    fn run_mixed(&mut self, inputs: &[NamedTensors]) -> Vec<Result<NamedTensors>> {
        match self.run_stacked(inputs) {
            Ok(outputs) => outputs.into_iter().map(Ok).collect(),
            // One request that does not fit must not fail the others: retry them one by one.
            Err(Error::InvalidInput(_)) if inputs.len() > 1 => inputs
                .iter()
                .map(|req| self.run_stacked(std::slice::from_ref(req)).map(|mut v| v.remove(0)))
                .collect(),
            Err(e) => {
                let msg = e.to_string();
                inputs
                    .iter()
                    .map(|_| Err(Error::Engine { engine: "backend", message: msg.clone() }))
                    .collect()
            }
        }
    }
}

impl LoadedModel {
    /// Loads an ONNX model from bytes on the chosen engine and starts its workers.
    pub fn from_onnx(
        home: &Home,
        name: &str,
        version: &str,
        onnx: &[u8],
        tokenizer: Option<TextTokenizer>,
        task: Task,
        opts: &LoadOptions,
    ) -> Result<LoadedModel> {
        let started = Instant::now();
        let backends = backend::load(home, onnx, &opts.backend, opts.workers)?;
        let info = backends[0].info().clone();
        let runners: Vec<TensorRunner> = backends
            .into_iter()
            .map(|backend| TensorRunner { backend, mixed_shapes: opts.batch.mixed_shapes })
            .collect();
        let workers = runners.len();
        let batcher = Batcher::start(&format!("{name}@{version}"), opts.batch.clone(), runners)?;
        Ok(LoadedModel {
            name: name.into(),
            version: version.into(),
            task,
            backend: info,
            workers,
            loaded_at: SystemTime::now(),
            load_time: started.elapsed(),
            precision_gate: None,
            manifest: None,
            tokenizer,
            batcher,
        })
    }

    /// Loads a compiled model directory (`manifest.json`, `model.onnx`, and the tokenizer it names).
    /// With `auto` precision resolved to BF16, text models are checked against FP32 on
    /// [`CALIBRATION_TEXTS`] and fall back to FP32 when they do not hold.
    pub fn load_dir(home: &Home, dir: &Path, opts: &LoadOptions) -> Result<LoadedModel> {
        let manifest: ModelManifest = archive::read_json(&dir.join("manifest.json"))?;
        let expected = [
            bert::COMPILER_VERSION,
            bilstm::COMPILER_VERSION,
            crate::compiler::convnet::COMPILER_VERSION,
            crate::archive::format::ARCHIVE_COMPILER,
        ];
        if !expected.contains(&manifest.compiler.as_str()) {
            return Err(Error::model_file(
                dir,
                format!(
                    "compiled by {} but this build writes {expected:?}; run `adscreen models fetch` to recompile",
                    manifest.compiler
                ),
            ));
        }
        let tokenizer = match &manifest.tokenizer {
            Some(t) => {
                let tok = match t.kind {
                    TokenizerKind::Wordpiece => TextTokenizer::load(&dir.join(&t.file), t.max_length)?,
                    TokenizerKind::Keras => TextTokenizer::load_keras(&dir.join(&t.file), t.max_length)?,
                };
                let tok = tok.with_window(t.window.unwrap_or(t.max_length));
                Some(match &t.ngrams {
                    Some(file) => tok.with_ngrams(crate::ngrams::NgramFeaturizer::load(&dir.join(file))?),
                    None => tok,
                })
            }
            None => None,
        };
        let model_file = manifest.extra["model_file"].as_str().unwrap_or("model.onnx").to_string();
        let model_path =
            crate::archive::package::safe_relative(&model_file).map(|p| dir.join(p)).ok_or_else(|| {
                Error::model_file(dir, format!("model file {model_file:?} is not a plain relative path"))
            })?;
        let onnx = archive::read_model_file(&model_path)?;
        let load = |opts: &LoadOptions| {
            let mut m = Self::from_onnx(
                home,
                &manifest.name,
                &manifest.version,
                &onnx,
                tokenizer.clone(),
                manifest.task,
                opts,
            )?;
            let mut manifest = manifest.clone();
            if manifest.output.is_empty() {
                manifest.output = m.backend.outputs.first().map(|o| o.name.clone()).unwrap_or_default();
            }
            m.manifest = Some(manifest);
            Ok::<_, Error>(m)
        };
        if let Some(rec) = &manifest.precision {
            // A variant from `adscreen compile`: its gate ran then; the engine runs its float parts at
            // the recorded precision.
            let mut opts = opts.clone();
            opts.backend.precision = rec.engine_precision.parse()?;
            let mut model = load(&opts)?;
            model.backend.precision = rec.precision.parse()?;
            return Ok(model);
        }
        let Some(tok) = tokenizer.as_ref() else {
            // Without calibration texts there is no gate: `auto` means FP32 for such models.
            let mut opts = opts.clone();
            if opts.backend.precision == Precision::Auto {
                opts.backend.precision = Precision::Fp32;
            }
            return load(&opts);
        };
        let model = load(opts)?;
        if opts.backend.precision != Precision::Auto || model.backend.precision == Precision::Fp32 {
            return Ok(model);
        }
        // Auto chose BF16: keep it only if it holds to FP32 on the calibration texts.
        let fp32 = BackendOptions { precision: Precision::Fp32, ..opts.backend.clone() };
        let mut reference = backend::load(home, &onnx, &fp32, 1)?.remove(0);
        let lowered = model.infer_texts_blocking(CALIBRATION_TEXTS)?;
        let out_name = model.main_output().to_string();
        let mut worst: f64 = 0.0;
        for (text, low) in CALIBRATION_TEXTS.iter().zip(&lowered) {
            let inputs = tok.encode_tensors(text)?;
            let refs: Vec<(&str, &Tensor)> = inputs.iter().map(|(n, t)| (n.as_str(), t)).collect();
            let full = output_of(reference.run(&refs)?, &out_name)?;
            let gap = match manifest.task {
                Task::TextEmbedding => 1.0 - cosine(low, &full),
                _ => low.iter().zip(&full).map(|(a, b)| (a - b).abs() as f64).fold(0.0, f64::max),
            };
            worst = worst.max(gap);
        }
        let limit = match manifest.task {
            Task::TextEmbedding => 1.0 - BF16_GATE_MIN_COSINE,
            _ => BF16_GATE_MAX_PROBABILITY_CHANGE,
        };
        if worst <= limit {
            tracing::info!(model = %manifest.name, gap = worst, limit, "BF16 passed the accuracy gate against FP32");
            return Ok(LoadedModel { precision_gate: Some(worst), ..model });
        }
        tracing::warn!(model = %manifest.name, gap = worst, limit, "BF16 failed the accuracy gate; serving FP32");
        model.shutdown();
        let model = load(&LoadOptions { backend: fp32, ..opts.clone() })?;
        Ok(LoadedModel { precision_gate: Some(worst), ..model })
    }

    /// Queues one request of named input tensors.
    pub fn submit(&self, inputs: NamedTensors, deadline: Option<Instant>) -> Result<Ticket<NamedTensors>> {
        self.batcher.submit(inputs, deadline)
    }

    pub fn tokenizer(&self) -> Option<&TextTokenizer> {
        self.tokenizer.as_ref()
    }

    pub fn batch_config(&self) -> &BatchConfig {
        self.batcher.config()
    }

    pub fn batcher_stats(&self) -> &crate::batcher::BatchStats {
        self.batcher.stats()
    }

    pub fn queue_depth(&self) -> usize {
        self.batcher.queue_depth()
    }

    /// The main output (embedding or probabilities) for each text; each text is its own request, so
    /// they batch with everyone else's. Texts are truncated the model's way (see [`Self::infer_windows`]).
    pub async fn infer_texts(&self, texts: &[&str], deadline: Option<Instant>) -> Result<Vec<Vec<f32>>> {
        let tok = self.text_tokenizer()?;
        let tickets: Vec<_> =
            texts.iter().map(|t| self.submit(tok.encode_tensors(t)?, deadline)).collect::<Result<_>>()?;
        let mut out = Vec::with_capacity(tickets.len());
        for t in tickets {
            out.push(output_of(t.wait().await?.0, self.main_output())?);
        }
        Ok(out)
    }

    /// Like [`Self::infer_texts`], for callers on a plain thread.
    pub fn infer_texts_blocking(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let tok = self.text_tokenizer()?;
        let tickets: Vec<_> =
            texts.iter().map(|t| self.submit(tok.encode_tensors(t)?, None)).collect::<Result<_>>()?;
        tickets.into_iter().map(|t| output_of(t.wait_blocking()?.0, self.main_output())).collect()
    }

    /// The main output of every window of a long text, with the character span each covers.
    pub async fn infer_windows(
        &self,
        text: &str,
        deadline: Option<Instant>,
    ) -> Result<Vec<((usize, usize), Vec<f32>)>> {
        let tok = self.text_tokenizer()?;
        let windows = tok.windows(text)?;
        let mut tickets = Vec::with_capacity(windows.len());
        for w in windows {
            tickets.push((w.span, self.submit(w.inputs, deadline)?));
        }
        let mut out = Vec::with_capacity(tickets.len());
        for (span, t) in tickets {
            out.push((span, output_of(t.wait().await?.0, self.main_output())?));
        }
        Ok(out)
    }

    /// Features for classification heads: the sentence embedding followed by the max-pooled token
    /// states (`token_max`), when the model has that output.
    pub fn features_blocking(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let tok = self.text_tokenizer()?;
        let tickets: Vec<_> =
            texts.iter().map(|t| self.submit(tok.encode_tensors(t)?, None)).collect::<Result<_>>()?;
        tickets
            .into_iter()
            .map(|t| {
                let outputs = t.wait_blocking()?.0;
                let mut v = output_of(outputs.clone(), bert::SENTENCE_EMBEDDING)?;
                if outputs.iter().any(|(n, _)| n == bert::TOKEN_MAX) {
                    v.extend(output_of(outputs, bert::TOKEN_MAX)?);
                }
                Ok(v)
            })
            .collect()
    }

    /// Sentence embeddings (for encoders; the `sentence_embedding` output of any BERT-based model).
    pub async fn embed(&self, texts: &[&str], deadline: Option<Instant>) -> Result<Vec<Vec<f32>>> {
        let tok = self.text_tokenizer()?;
        let tickets: Vec<_> =
            texts.iter().map(|t| self.submit(tok.encode_tensors(t)?, deadline)).collect::<Result<_>>()?;
        let mut out = Vec::with_capacity(tickets.len());
        for t in tickets {
            out.push(output_of(t.wait().await?.0, bert::SENTENCE_EMBEDDING)?);
        }
        Ok(out)
    }

    /// Like [`Self::embed`], for callers on a plain thread.
    pub fn embed_blocking(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let tok = self.text_tokenizer()?;
        let tickets: Vec<_> =
            texts.iter().map(|t| self.submit(tok.encode_tensors(t)?, None)).collect::<Result<_>>()?;
        tickets.into_iter().map(|t| output_of(t.wait_blocking()?.0, bert::SENTENCE_EMBEDDING)).collect()
    }

    fn text_tokenizer(&self) -> Result<&TextTokenizer> {
        self.tokenizer
            .as_ref()
            .ok_or_else(|| Error::InvalidInput(format!("model {} does not take text", self.name)))
    }

    /// Name of the output that [`Self::infer_texts`] returns.
    pub fn main_output(&self) -> &str {
        self.manifest.as_ref().map(|m| m.output.as_str()).unwrap_or(bert::SENTENCE_EMBEDDING)
    }

    /// Output labels (classifiers).
    pub fn labels(&self) -> &[String] {
        self.manifest.as_ref().map(|m| m.labels.as_slice()).unwrap_or(&[])
    }

    /// Stops the workers after they finish queued work.
    pub fn shutdown(&self) {
        self.batcher.shutdown();
    }
}

/// Folder under a compiled model directory that holds its precision variants, one per precision.
pub const VARIANTS_DIR: &str = "variants";

/// The precision variant of the model in `dir` to serve for `requested`: with `auto`, the fastest
/// variant that passed its gate (none: serve `dir` itself); with `int8`, the INT8 variant, which must
/// exist and have passed; with `fp32` or `bf16`, `dir` itself at that engine precision.
pub fn pick_variant(dir: &Path, requested: Precision) -> Result<Option<(PathBuf, PrecisionRecord)>> {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir.join(VARIANTS_DIR)) {
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue; // a variant being written
            }
            let Ok(m) = archive::read_json::<ModelManifest>(&path.join("manifest.json")) else { continue };
            if let Some(rec) = m.precision {
                found.push((path, rec));
            }
        }
    }
    match requested {
        Precision::Auto => Ok(found
            .into_iter()
            .filter(|(_, r)| r.passed)
            .max_by(|a, b| a.1.sequences_per_second.total_cmp(&b.1.sequences_per_second))),
        Precision::Int8 => match found.into_iter().find(|(_, r)| r.precision == "int8") {
            Some((p, r)) if r.passed => Ok(Some((p, r))),
            Some(_) => Err(Error::model_file(
                dir,
                "its INT8 variant failed the accuracy gate; serve fp32, bf16 or auto (see the variant's report.json)",
            )),
            None => Err(Error::model_file(
                dir,
                "has no INT8 variant; run `adscreen compile <model> --precision int8` first",
            )),
        },
        Precision::Fp32 | Precision::Bf16 => Ok(None),
    }
}

/// Runs texts through a compiled text model directory in fixed, sequential batches on one FP32 backend
/// (no dynamic batching), so the same texts give the same numbers bit for bit on the same machine:
/// what training needs. Returns, per text, the listed outputs concatenated (missing ones skipped).
pub fn infer_fixed_batches(
    home: &Home,
    dir: &Path,
    texts: &[&str],
    outputs: &[&str],
    batch: usize,
    threads: usize,
    progress: impl FnMut(usize),
) -> Result<Vec<Vec<f32>>> {
    let onnx = archive::read_model_file(&dir.join("model.onnx"))?;
    let opts = BackendOptions { engine: backend::EngineKind::OpenVino, precision: Precision::Fp32, threads };
    let per_output = infer_outputs(home, dir, &onnx, &opts, texts, outputs, batch, progress)?;
    Ok(per_output.into_iter().map(|outs| outs.concat()).collect())
}

/// Runs texts through the graph `onnx` (the model in `dir` or a variant of it, with `dir`'s tokenizer)
/// in fixed, sequential batches on one backend. Returns, per text, each listed output (empty when the
/// model lacks it).
#[allow(clippy::too_many_arguments)]
pub fn infer_outputs(
    home: &Home,
    dir: &Path,
    onnx: &[u8],
    opts: &BackendOptions,
    texts: &[&str],
    outputs: &[&str],
    batch: usize,
    mut progress: impl FnMut(usize),
) -> Result<Vec<Vec<Vec<f32>>>> {
    let manifest: ModelManifest = archive::read_json(&dir.join("manifest.json"))?;
    let spec =
        manifest.tokenizer.as_ref().ok_or_else(|| Error::InvalidInput("the model takes no text".into()))?;
    let tok = match spec.kind {
        TokenizerKind::Wordpiece => TextTokenizer::load(&dir.join(&spec.file), spec.max_length)?,
        TokenizerKind::Keras => TextTokenizer::load_keras(&dir.join(&spec.file), spec.max_length)?,
    };
    let tok = match &spec.ngrams {
        Some(file) => tok.with_ngrams(crate::ngrams::NgramFeaturizer::load(&dir.join(file))?),
        None => tok,
    };
    let mut runner =
        TensorRunner { backend: backend::load(home, onnx, opts, 1)?.remove(0), mixed_shapes: true };
    let mut out = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(batch.max(1)) {
        let inputs: Vec<NamedTensors> = chunk.iter().map(|t| tok.encode_tensors(t)).collect::<Result<_>>()?;
        for result in runner.run_stacked(&inputs)? {
            let per: Vec<Vec<f32>> = outputs
                .iter()
                .map(|name| {
                    let (_, t) = result
                        .iter()
                        .find(|(n, _)| n == name)
                        .ok_or_else(|| Error::InvalidInput(format!("the model has no output {name:?}")))?;
                    let v = t
                        .as_f32()
                        .ok_or_else(|| Error::InvalidInput(format!("output {name:?} is not f32")))?;
                    Ok(v.to_vec())
                })
                .collect::<Result<_>>()?;
            out.push(per);
        }
        progress(chunk.len());
    }
    Ok(out)
}

/// The named output of one request, as a flat `f32` vector.
fn output_of(outputs: NamedTensors, name: &str) -> Result<Vec<f32>> {
    let (_, t) = outputs
        .into_iter()
        .find(|(n, _)| n == name)
        .ok_or_else(|| Error::InvalidInput(format!("the model has no {name} output")))?;
    t.as_f32().map(<[f32]>::to_vec).ok_or_else(|| Error::InvalidInput(format!("output {name} is not f32")))
}

/// Splits `name@version` (the version is optional).
pub fn parse_model_ref(s: &str) -> (&str, Option<&str>) {
    match s.split_once('@') {
        Some((n, v)) if !v.is_empty() => (n, Some(v)),
        Some((n, _)) => (n, None),
        None => (s, None),
    }
}

struct Versions {
    default: String,
    versions: BTreeMap<String, Arc<LoadedModel>>,
}

/// A summary of one registered model name.
#[derive(Clone, Debug, Serialize)]
pub struct ModelSummary {
    pub name: String,
    pub default_version: String,
    pub versions: Vec<String>,
}

/// All loaded models.
#[derive(Default)]
pub struct Registry {
    models: RwLock<BTreeMap<String, Versions>>,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a loaded model; it becomes the default when asked or when it is the first version.
    pub fn insert(&self, model: LoadedModel, make_default: bool) -> Result<Arc<LoadedModel>> {
        self.insert_shared(Arc::new(model), make_default)
    }

    /// Registers a model that is already shared (one a pipeline such as OCR also holds).
    pub fn insert_shared(&self, model: Arc<LoadedModel>, make_default: bool) -> Result<Arc<LoadedModel>> {
        let mut models = self.models.write().unwrap_or_else(|p| p.into_inner());
        let entry = models
            .entry(model.name.clone())
            .or_insert_with(|| Versions { default: model.version.clone(), versions: BTreeMap::new() });
        if entry.versions.contains_key(&model.version) {
            return Err(Error::InvalidInput(format!("{}@{} is already loaded", model.name, model.version)));
        }
        if make_default {
            entry.default = model.version.clone();
        }
        entry.versions.insert(model.version.clone(), model.clone());
        Ok(model)
    }

    /// The model `name` at `version`, or at its default version.
    pub fn get(&self, name: &str, version: Option<&str>) -> Result<Arc<LoadedModel>> {
        let models = self.models.read().unwrap_or_else(|p| p.into_inner());
        let entry = models.get(name).ok_or_else(|| Error::ModelNotFound(name.to_string()))?;
        let v = version.unwrap_or(&entry.default);
        entry.versions.get(v).cloned().ok_or_else(|| Error::ModelNotFound(format!("{name}@{v}")))
    }

    /// Removes a version (or every version) of a model and stops its workers once queued work is done.
    pub fn remove(&self, name: &str, version: Option<&str>) -> Result<Vec<Arc<LoadedModel>>> {
        let mut models = self.models.write().unwrap_or_else(|p| p.into_inner());
        let entry = models.get_mut(name).ok_or_else(|| Error::ModelNotFound(name.to_string()))?;
        let removed = match version {
            Some(v) => {
                let m =
                    entry.versions.remove(v).ok_or_else(|| Error::ModelNotFound(format!("{name}@{v}")))?;
                if entry.default == v
                    && let Some(next) = entry.versions.keys().next_back()
                {
                    entry.default = next.clone();
                }
                vec![m]
            }
            None => std::mem::take(&mut entry.versions).into_values().collect(),
        };
        if entry.versions.is_empty() {
            models.remove(name);
        }
        drop(models);
        for m in &removed {
            m.shutdown();
        }
        Ok(removed)
    }

    /// Replaces a loaded version with a new instance (e.g. with more workers); the old one finishes its
    /// queued work and stops in the background. Returns the old instance.
    pub fn replace(&self, model: LoadedModel) -> Result<Arc<LoadedModel>> {
        let model = Arc::new(model);
        let mut models = self.models.write().unwrap_or_else(|p| p.into_inner());
        let entry = models.get_mut(&model.name).ok_or_else(|| Error::ModelNotFound(model.name.clone()))?;
        let old = entry
            .versions
            .insert(model.version.clone(), model.clone())
            .ok_or_else(|| Error::ModelNotFound(format!("{}@{}", model.name, model.version)))?;
        drop(models);
        let draining = old.clone();
        std::thread::spawn(move || draining.shutdown());
        Ok(old)
    }

    /// Makes `version` the default of `name`.
    pub fn set_default(&self, name: &str, version: &str) -> Result<()> {
        let mut models = self.models.write().unwrap_or_else(|p| p.into_inner());
        let entry = models.get_mut(name).ok_or_else(|| Error::ModelNotFound(name.to_string()))?;
        if !entry.versions.contains_key(version) {
            return Err(Error::ModelNotFound(format!("{name}@{version}")));
        }
        entry.default = version.to_string();
        Ok(())
    }

    pub fn list(&self) -> Vec<ModelSummary> {
        let models = self.models.read().unwrap_or_else(|p| p.into_inner());
        models
            .iter()
            .map(|(name, v)| ModelSummary {
                name: name.clone(),
                default_version: v.default.clone(),
                versions: v.versions.keys().cloned().collect(),
            })
            .collect()
    }

    /// Every loaded model version.
    pub fn all(&self) -> Vec<Arc<LoadedModel>> {
        let models = self.models.read().unwrap_or_else(|p| p.into_inner());
        models.values().flat_map(|v| v.versions.values().cloned()).collect()
    }

    /// Stops every model.
    pub fn shutdown(&self) {
        for m in self.all() {
            m.shutdown();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_refs_split_on_the_at_sign() {
        assert_eq!(parse_model_ref("minilm@2"), ("minilm", Some("2")));
        assert_eq!(parse_model_ref("minilm"), ("minilm", None));
        assert_eq!(parse_model_ref("minilm@"), ("minilm", None));
    }

    /// `y = x + 1` on `[batch, n]`, n dynamic.
    fn plus_one() -> Vec<u8> {
        use crate::onnx::{Dim, GraphBuilder, OPSET, encode, proto::data_type};
        let mut g = GraphBuilder::new("plus_one");
        let x = g.input("x", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Dynamic("n")]);
        let one = g.const_f32(1.0);
        let y = g.op("Add", &[&x, &one], vec![]);
        g.output(&y, "y", data_type::FLOAT, &[Dim::Dynamic("batch"), Dim::Dynamic("n")]);
        encode(&g.finish(OPSET, &[]))
    }

    #[test]
    fn without_mixed_shapes_requests_of_different_shapes_are_never_padded_together() {
        let home = Home::from_env();
        let opts = BackendOptions { threads: 1, precision: Precision::Fp32, ..Default::default() };
        let req = |n: usize| vec![("x".to_string(), Tensor::f32(vec![1, n], vec![2.0; n]).unwrap())];
        let inputs = vec![req(2), req(4), req(2)];
        for mixed_shapes in [true, false] {
            let backend = backend::load(&home, &plus_one(), &opts, 1).unwrap().remove(0);
            let mut runner = TensorRunner { backend, mixed_shapes };
            let out: Vec<NamedTensors> =
                runner.run_batch(inputs.clone()).into_iter().map(|r| r.unwrap()).collect();
            let widths: Vec<usize> = out.iter().map(|o| o[0].1.shape()[1]).collect();
            if mixed_shapes {
                // Stacked and zero-padded: the short requests come back padded (1.0 = 0 + 1).
                assert_eq!(widths, [4, 4, 4]);
                assert_eq!(out[0][0].1.as_f32().unwrap(), &[3.0, 3.0, 1.0, 1.0]);
            } else {
                assert_eq!(widths, [2, 4, 2]);
                assert_eq!(out[2][0].1.as_f32().unwrap(), &[3.0, 3.0]);
            }
        }
    }
}

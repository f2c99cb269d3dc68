//! `adscreen compile`: precision variants (fp32, bf16, int8) of a compiled text model, each checked
//! against FP32 on held-out labeled texts by an accuracy gate, with an automatic fallback for INT8 that
//! keeps the most sensitive layers in FP32. Variants are written under the model's `variants/` folder
//! with their report; `--precision auto` then serves the fastest that passed.
//!
//! Data: calibration ranges come from the corpus' train split; the gate is measured on its validation
//! split (neither is the test split the text policy model is reported on).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use adscreen_runtime::archive::format::{self, ArchiveLimits, ArchiveManifest};
use adscreen_runtime::backend::{BackendOptions, EngineKind, Precision};
use adscreen_runtime::compiler::quantize::{self, Range, Target};
use adscreen_runtime::fetch::{self, RECIPES};
use adscreen_runtime::home::Home;
use adscreen_runtime::manifest::{ModelManifest, PrecisionRecord, Task};
use adscreen_runtime::onnx;
use adscreen_runtime::registry::{VARIANTS_DIR, infer_outputs};
use adscreen_runtime::tensor::cosine;
use adscreen_screening::textmodel::{self, CorpusAd};
use anyhow::{Context, bail};
use clap::Args;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Args)]
pub struct CompileArgs {
    /// A default model (e.g. ad-text-policy, all-minilm-l6-v2), a compiled model directory, or a model
    /// archive (.adsm).
    pub model: String,
    /// For an archive: where the variant archives go (default: next to it), as
    /// `<name>-<version>-<precision>.adsm` with version `<version>-<precision>`.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Precisions to produce, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "fp32,bf16,int8")]
    pub precision: Vec<String>,
    /// Labeled corpus: calibration texts from its train split, the gate on its validation split.
    #[arg(long, default_value = "data/ads.jsonl")]
    pub data: PathBuf,
    /// Calibration texts (evenly spaced over the train split).
    #[arg(long, default_value_t = 512)]
    pub calibration_texts: usize,
    /// Activation ranges for INT8: this percentile of the calibration values at the top (and its
    /// complement at the bottom); 100 is plain min/max (measured better here than 99.99).
    #[arg(long, default_value_t = 100.0)]
    pub calibration_percentile: f64,
    /// Gate for embedding models: the smallest cosine to FP32 allowed.
    #[arg(long, default_value_t = 0.999)]
    pub min_cosine: f64,
    /// Gate for classifiers: the share of texts whose decisions (every label at its threshold) must
    /// match FP32's.
    #[arg(long, default_value_t = 0.995)]
    pub min_agreement: f64,
    /// Gate for classifiers: the most any label's F1 may drop, in points.
    #[arg(long, default_value_t = 0.5)]
    pub max_f1_drop: f64,
    /// Run the layers an INT8 variant leaves in floating point in FP32 (default: BF16 where the CPU
    /// computes it natively).
    #[arg(long)]
    pub int8_float_fp32: bool,
    /// Engine threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

/// How a variant compares with FP32.
#[derive(Clone, Debug, Default, Serialize)]
struct Figures {
    texts: usize,
    /// Classifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    decision_agreement: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    per_label: Vec<LabelFigures>,
    /// Embeddings (and, for classifiers, of the probability vectors).
    mean_cosine: f64,
    min_cosine: f64,
    max_score_change: f64,
    worst_f1_drop_points: f64,
    sequences_per_second: f64,
}

impl Figures {
    fn summary(&self) -> String {
        let agreement = self.decision_agreement.map(|a| format!("agreement {a:.4}, ")).unwrap_or_default();
        format!(
            "{agreement}min cosine {:.6}, worst F1 drop {:.2} points, {:.0} seq/s",
            self.min_cosine, self.worst_f1_drop_points, self.sequences_per_second
        )
    }
}

#[derive(Clone, Debug, Serialize)]
struct LabelFigures {
    label: String,
    threshold: f64,
    max_score_change: f64,
    f1_fp32: f64,
    f1: f64,
}

struct Job<'a> {
    home: &'a Home,
    dir: &'a Path,
    manifest: &'a ModelManifest,
    output: String,
    texts: Vec<&'a str>,
    truth: Vec<Vec<bool>>,
    thresholds: Vec<f64>,
    threads: usize,
    reference: Vec<Vec<f32>>,
    args: &'a CompileArgs,
}

/// What is being compiled: a model directory (variants go into its `variants/`), or an archive
/// (unpacked into a temporary store; variants become archives of their own).
enum Source {
    Dir(PathBuf),
    Archive { path: PathBuf, manifest: Box<ArchiveManifest>, dir: PathBuf, _store: tempfile::TempDir },
}

impl Source {
    fn dir(&self) -> &Path {
        match self {
            Source::Dir(d) => d,
            Source::Archive { dir, .. } => dir,
        }
    }
}

fn resolve(home: &Home, model: &str) -> anyhow::Result<Source> {
    if let Some(r) = RECIPES.iter().find(|r| r.model == model) {
        crate::cli::ensure_models(home)?;
        return Ok(Source::Dir(home.model_dir(r.model, r.version)));
    }
    let p = PathBuf::from(model);
    if p.join("manifest.json").is_file() {
        return Ok(Source::Dir(p));
    }
    if p.is_file() {
        let store = tempfile::tempdir()?;
        let (manifest, dir) = format::unpack(&p, store.path(), ArchiveLimits::default())
            .with_context(|| format!("reading the archive {}", p.display()))?;
        return Ok(Source::Archive { path: p, manifest: Box::new(manifest), dir, _store: store });
    }
    let names: Vec<&str> = RECIPES.iter().map(|r| r.model).collect();
    bail!(
        "{model:?} is neither a default model ({}), a compiled model directory nor a model archive",
        names.join(", ")
    )
}

/// Packs a variant of an archived model into an archive of its own, version `<version>-<precision>`.
fn pack_variant(
    src: &Path,
    archive: &Path,
    manifest: &ArchiveManifest,
    onnx: &[u8],
    record: &PrecisionRecord,
    out_dir: Option<&Path>,
) -> anyhow::Result<PathBuf> {
    let stage = tempfile::tempdir()?;
    for (name, _) in manifest.members.iter().filter(|(n, _)| **n != manifest.model) {
        let to = stage.path().join(name);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(src.join(name), to)?;
    }
    std::fs::write(stage.path().join("model.onnx"), onnx)?;
    let mut m = manifest.clone();
    m.version = format!("{}-{}", manifest.version, record.precision);
    m.model = "model.onnx".into();
    m.precision = Some(record.clone());
    m.members.clear();
    std::fs::write(stage.path().join("manifest.json"), serde_json::to_vec_pretty(&m)?)?;
    let dir = out_dir.map(Path::to_path_buf).unwrap_or_else(|| {
        archive.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
    });
    std::fs::create_dir_all(&dir)?;
    let out = dir.join(format!("{}-{}.adsm", manifest.name, m.version));
    let now = adscreen_screening::store::rfc3339(std::time::SystemTime::now());
    format::pack(stage.path(), &out, &now).with_context(|| format!("packing {}", out.display()))?;
    Ok(out)
}

impl Job<'_> {
    fn run(&self, onnx: &[u8], precision: Precision, texts: &[&str]) -> anyhow::Result<(Vec<Vec<f32>>, f64)> {
        let opts = BackendOptions { engine: EngineKind::OpenVino, precision, threads: self.threads };
        let started = Instant::now();
        let out =
            infer_outputs(self.home, self.dir, onnx, &opts, texts, &[self.output.as_str()], 32, |_| {})?;
        let secs = started.elapsed().as_secs_f64();
        let out: Vec<Vec<f32>> = out.into_iter().map(|mut o| o.remove(0)).collect();
        if out.iter().any(Vec::is_empty) {
            bail!("the model has no output {:?}", self.output);
        }
        Ok((out, texts.len() as f64 / secs.max(1e-9)))
    }

    fn figures(&self, got: &[Vec<f32>], reference: &[Vec<f32>], seq_s: f64) -> Figures {
        let n = got.len();
        let cos: Vec<f64> = got.iter().zip(reference).map(|(a, b)| cosine(a, b)).collect();
        let mut f = Figures {
            texts: n,
            mean_cosine: cos.iter().sum::<f64>() / n.max(1) as f64,
            min_cosine: cos.iter().copied().fold(1.0, f64::min),
            sequences_per_second: seq_s,
            ..Default::default()
        };
        for (a, b) in got.iter().zip(reference) {
            for (x, y) in a.iter().zip(b) {
                f.max_score_change = f.max_score_change.max((x - y).abs() as f64);
            }
        }
        if self.manifest.task != Task::TextClassification {
            return f;
        }
        let decide = |v: &[f32]| -> Vec<bool> {
            v.iter().zip(&self.thresholds).map(|(p, t)| *p as f64 >= *t).collect::<Vec<_>>()
        };
        let agree = got.iter().zip(reference).filter(|(a, b)| decide(a) == decide(b)).count();
        f.decision_agreement = Some(agree as f64 / n.max(1) as f64);
        for (j, label) in self.manifest.labels.iter().enumerate() {
            let truth: Vec<bool> = self.truth.iter().map(|t| t[j]).collect();
            let pred = |rows: &[Vec<f32>]| -> Vec<bool> {
                rows.iter().map(|r| r[j] as f64 >= self.thresholds[j]).collect()
            };
            let max_change =
                got.iter().zip(reference).map(|(a, b)| (a[j] - b[j]).abs() as f64).fold(0.0, f64::max);
            let f1_fp32 = textmodel::prf(&pred(reference), &truth).f1;
            let f1 = textmodel::prf(&pred(got), &truth).f1;
            f.worst_f1_drop_points = f.worst_f1_drop_points.max((f1_fp32 - f1) * 100.0);
            f.per_label.push(LabelFigures {
                label: label.clone(),
                threshold: self.thresholds[j],
                max_score_change: max_change,
                f1_fp32,
                f1,
            });
        }
        f
    }

    fn passes(&self, f: &Figures) -> bool {
        match f.decision_agreement {
            Some(a) => a >= self.args.min_agreement && f.worst_f1_drop_points <= self.args.max_f1_drop,
            None => f.min_cosine >= self.args.min_cosine,
        }
    }

    /// Evaluates a variant on the gate texts.
    fn evaluate(&self, onnx: &[u8], precision: Precision) -> anyhow::Result<Figures> {
        let (got, seq_s) = self.run(onnx, precision, &self.texts)?;
        Ok(self.figures(&got, &self.reference, seq_s))
    }

    fn gate(&self) -> serde_json::Value {
        match self.manifest.task {
            Task::TextClassification => json!({
                "min_decision_agreement": self.args.min_agreement,
                "max_f1_drop_points": self.args.max_f1_drop,
            }),
            _ => json!({"min_cosine": self.args.min_cosine}),
        }
    }
}

/// Measures the activation range of every target over the calibration texts (FP32).
fn calibrate(
    job: &Job,
    model: &onnx::proto::ModelProto,
    targets: &[Target],
    texts: &[&str],
) -> anyhow::Result<Vec<Range>> {
    let (probed, names) = quantize::with_probes(model, targets)?;
    let probed = onnx::encode(&probed);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let opts =
        BackendOptions { engine: EngineKind::OpenVino, precision: Precision::Fp32, threads: job.threads };
    let b = crate::train::bar(texts.len(), "calibrating INT8 ranges");
    let out = infer_outputs(job.home, job.dir, &probed, &opts, texts, &refs, 32, |n| b.inc(n as u64))?;
    b.finish_and_clear();
    // Ranges clipped at the given percentile of a deterministic sample of each activation (every
    // value's extremes are outliers in BERT-style models; min/max ranges waste most of the 8 bits).
    let mut samples: Vec<Vec<f32>> = vec![Vec::new(); targets.len()];
    let mut full = vec![Range::EMPTY; targets.len()];
    for per_text in &out {
        for ((sample, r), values) in samples.iter_mut().zip(&mut full).zip(per_text) {
            r.observe(values);
            let stride = (values.len() / 512).max(1);
            sample.extend(values.iter().step_by(stride).copied().filter(|v| v.is_finite()));
        }
    }
    if let Some(i) = samples.iter().position(Vec::is_empty) {
        bail!(
            "calibration saw no values of {} (input of {}); the engine did not expose it",
            names[i],
            targets[i].node
        );
    }
    let q = job.args.calibration_percentile / 100.0;
    Ok(samples
        .into_iter()
        .zip(full)
        .map(|(mut v, r)| {
            if v.is_empty() || q >= 1.0 {
                return r;
            }
            v.sort_by(f32::total_cmp);
            let at = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
            Range { min: at(1.0 - q), max: at(q) }
        })
        .collect())
}

/// INT8 with the fallback: all targets quantized; if the gate fails, rank the targets by how much
/// quantizing each alone moves the outputs, and bisect on how many of the most sensitive to keep in
/// floating point. Returns the graph, its figures, the layers kept in floating point, and whether it
/// passed (when not, the closest try, for the report).
fn int8(
    job: &Job,
    model: &onnx::proto::ModelProto,
    calibration: &[&str],
    float: Precision,
) -> anyhow::Result<(Vec<u8>, Figures, Vec<String>, bool)> {
    let targets = quantize::targets(model);
    if targets.is_empty() {
        bail!("the model has no dense layers to quantize");
    }
    let ranges = calibrate(job, model, &targets, calibration)?;
    let build = |keep: &BTreeSet<usize>| -> anyhow::Result<Vec<u8>> {
        Ok(onnx::encode(&quantize::quantize(model, &targets, &ranges, keep)?))
    };
    let all = build(&BTreeSet::new())?;
    let f = job.evaluate(&all, float)?;
    eprintln!(
        "int8: all {} dense layers quantized: {} ({})",
        targets.len(),
        if job.passes(&f) { "gate passed" } else { "gate failed; searching for the sensitive layers" },
        f.summary()
    );
    if job.passes(&f) {
        return Ok((all, f, Vec::new(), true));
    }
    // Sensitivity of each layer alone, on a subset of the gate texts.
    // The first 256 gate texts; their FP32 outputs are already in the reference (same batches of 32).
    let subset: Vec<&str> = job.texts.iter().copied().take(256).collect();
    let reference = &job.reference[..subset.len()];
    let embedding = job.manifest.task != Task::TextClassification;
    let b = crate::train::bar(targets.len(), "int8: sensitivity of each layer");
    let mut sensitivity = Vec::with_capacity(targets.len());
    for i in 0..targets.len() {
        let keep: BTreeSet<usize> = (0..targets.len()).filter(|&j| j != i).collect();
        let (got, _) = job.run(&build(&keep)?, float, &subset)?;
        // What the gate measures: the cosine for embeddings, the largest score change for classifiers.
        let worst = if embedding {
            got.iter().zip(reference).map(|(a, b)| 1.0 - cosine(a, b)).fold(0.0, f64::max)
        } else {
            got.iter()
                .zip(reference)
                .flat_map(|(a, b)| a.iter().zip(b).map(|(x, y)| (x - y).abs() as f64))
                .fold(0.0, f64::max)
        };
        sensitivity.push((i, worst));
        b.inc(1);
    }
    b.finish_and_clear();
    sensitivity.sort_by(|a, b| b.1.total_cmp(&a.1));
    let keep_top = |k: usize| -> BTreeSet<usize> { sensitivity.iter().take(k).map(|(i, _)| *i).collect() };
    // Smallest k in 1..n that passes (assuming more kept never hurts); k = n would be FP32.
    let (mut lo, mut hi) = (0usize, targets.len());
    let mut best: Option<(Vec<u8>, Figures, usize)> = None;
    while hi - lo > 1 {
        let k = (lo + hi) / 2;
        let graph = build(&keep_top(k))?;
        let f = job.evaluate(&graph, float)?;
        let ok = job.passes(&f);
        eprintln!(
            "int8: {k} most sensitive layers kept in floating point: {} ({})",
            if ok { "gate passed" } else { "gate failed" },
            f.summary()
        );
        if ok {
            hi = k;
            best = Some((graph, f, k));
        } else {
            lo = k;
        }
    }
    match best {
        Some((graph, f, k)) => {
            let kept = keep_top(k).into_iter().map(|i| targets[i].node.clone()).collect();
            Ok((graph, f, kept, true))
        }
        None => {
            // Report the closest try: all but the least sensitive layer kept.
            let k = targets.len() - 1;
            let graph = build(&keep_top(k))?;
            let f = job.evaluate(&graph, float)?;
            let kept = keep_top(k).into_iter().map(|i| targets[i].node.clone()).collect();
            Ok((graph, f, kept, false))
        }
    }
}

/// Writes a variant directory next to the model (atomically: a temporary folder, then a rename).
fn write_variant(
    dir: &Path,
    onnx: &[u8],
    manifest: &ModelManifest,
    report: &serde_json::Value,
) -> anyhow::Result<PathBuf> {
    let precision = manifest.precision.as_ref().map(|p| p.precision.clone()).unwrap_or_default();
    let root = dir.join(VARIANTS_DIR);
    std::fs::create_dir_all(&root)?;
    let tmp = root.join(format!(".{precision}.partial"));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir(&tmp)?;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let keep = entry.file_type()?.is_file()
            && !matches!(name.to_str(), Some("model.onnx" | "manifest.json" | ".adscreen-complete"));
        if keep {
            std::fs::copy(entry.path(), tmp.join(&name))?;
        }
    }
    std::fs::write(tmp.join("model.onnx"), onnx)?;
    std::fs::write(tmp.join("manifest.json"), serde_json::to_vec_pretty(manifest)?)?;
    std::fs::write(tmp.join("report.json"), serde_json::to_vec_pretty(report)?)?;
    let out = root.join(&precision);
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_file(root.join(format!("{precision}.refused.json")));
    std::fs::rename(&tmp, &out)?;
    Ok(out)
}

pub fn run(home: &Home, args: &CompileArgs) -> anyhow::Result<()> {
    let source = resolve(home, &args.model)?;
    let dir = source.dir().to_path_buf();
    let manifest: ModelManifest = adscreen_runtime::archive::read_json(&dir.join("manifest.json"))
        .with_context(|| format!("reading {}", dir.join("manifest.json").display()))?;
    if manifest.precision.is_some() {
        bail!("{} is already a precision variant; compile the FP32 model it came from", dir.display());
    }
    if !matches!(manifest.task, Task::TextClassification | Task::TextEmbedding) {
        bail!(
            "compile makes variants of text models (classifiers and encoders); {} is {:?}",
            manifest.name,
            manifest.task
        );
    }
    let wanted: Vec<Precision> = args
        .precision
        .iter()
        .map(|p| match p.parse::<Precision>() {
            Ok(Precision::Auto) | Err(_) => bail!("--precision takes fp32, bf16 and int8, not {p:?}"),
            Ok(p) => Ok(p),
        })
        .collect::<anyhow::Result<_>>()?;
    let raw =
        std::fs::read_to_string(&args.data).with_context(|| format!("reading {}", args.data.display()))?;
    let corpus = textmodel::read_corpus(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", args.data.display()))?;
    let texts_of = |split: &str| -> Vec<(String, &CorpusAd)> {
        corpus.iter().filter(|a| a.split == split).map(|a| (a.text(), a)).collect()
    };
    let (train, validation) = (texts_of("train"), texts_of("validation"));
    if train.is_empty() || validation.is_empty() {
        bail!("{} needs train and validation splits", args.data.display());
    }
    let step = (train.len() / args.calibration_texts.max(1)).max(1);
    let calibration: Vec<&str> =
        train.iter().step_by(step).take(args.calibration_texts.max(1)).map(|(t, _)| t.as_str()).collect();
    let calibration_sha256 =
        fetch::hex(&<sha2::Sha256 as sha2::Digest>::digest(calibration.join("\n").as_bytes()));
    let thresholds_of = manifest.extra.pointer("/ensemble/thresholds");
    let thresholds: Vec<f64> = manifest
        .labels
        .iter()
        .map(|l| thresholds_of.and_then(|t| t.get(l)).and_then(|v| v.as_f64()).unwrap_or(0.5))
        .collect();
    let truth = validation
        .iter()
        .map(|(_, ad)| manifest.labels.iter().map(|l| ad.labels.contains(l)).collect())
        .collect();
    let output = if manifest.output.is_empty() {
        adscreen_runtime::compiler::bert::SENTENCE_EMBEDDING.to_string()
    } else {
        manifest.output.clone()
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut job = Job {
        home,
        dir: &dir,
        manifest: &manifest,
        output,
        texts: validation.iter().map(|(t, _)| t.as_str()).collect(),
        truth,
        thresholds,
        threads: args.threads.unwrap_or(cores),
        reference: Vec::new(),
        args,
    };
    let model_file = manifest.extra.get("model_file").and_then(|v| v.as_str()).unwrap_or("model.onnx");
    let fp32_bytes = adscreen_runtime::archive::read_model_file(&dir.join(model_file))?;
    let model = onnx::decode(&fp32_bytes).context("reading model.onnx")?;
    eprintln!(
        "{}@{}: {} calibration texts (train split, sha256 {}), gate on {} validation texts",
        manifest.name,
        manifest.version,
        calibration.len(),
        &calibration_sha256[..16],
        job.texts.len()
    );
    // The FP32 reference, run twice: the second timing is the one reported (warm caches).
    job.run(&fp32_bytes, Precision::Fp32, &job.texts[..job.texts.len().min(64)])?;
    let (reference, fp32_rate) = job.run(&fp32_bytes, Precision::Fp32, &job.texts)?;
    job.reference = reference;
    let mut rows = Vec::new();
    for p in wanted {
        let started = Instant::now();
        let (graph, engine, figures, kept, passed) = match p {
            Precision::Fp32 => {
                let f = job.figures(&job.reference, &job.reference, fp32_rate);
                (fp32_bytes.clone(), Precision::Fp32, f, Vec::new(), true)
            }
            Precision::Bf16 => {
                if !adscreen_runtime::backend::cpu_has_native_bf16() {
                    eprintln!(
                        "bf16: this CPU has no native BF16 (AMX or AVX512-BF16); it would be slower than FP32"
                    );
                }
                let f = job.evaluate(&fp32_bytes, Precision::Bf16)?;
                let ok = job.passes(&f);
                (fp32_bytes.clone(), Precision::Bf16, f, Vec::new(), ok)
            }
            Precision::Int8 => {
                // The layers left in floating point run in BF16 where the CPU has it natively.
                let float = if args.int8_float_fp32 || !adscreen_runtime::backend::cpu_has_native_bf16() {
                    Precision::Fp32
                } else {
                    Precision::Bf16
                };
                let (graph, f, kept, ok) = int8(&job, &model, &calibration, float)?;
                (graph, float, f, kept, ok)
            }
            Precision::Auto => unreachable!("refused above"),
        };
        let record = PrecisionRecord {
            precision: p.to_string(),
            engine_precision: engine.to_string(),
            passed,
            gate: json!({"thresholds": job.gate(), "figures": figures}),
            calibration_sha256: calibration_sha256.clone(),
            calibration_texts: calibration.len(),
            kept_in_float: kept.clone(),
            sequences_per_second: figures.sequences_per_second,
        };
        let report = json!({
            "model": format!("{}@{}", manifest.name, manifest.version),
            "precision": record,
            "fp32_sequences_per_second": fp32_rate,
            "compile_seconds": started.elapsed().as_secs_f64(),
        });
        let written = if passed {
            match &source {
                Source::Dir(_) => {
                    let mut m = manifest.clone();
                    m.precision = Some(record);
                    Some(write_variant(&dir, &graph, &m, &report)?)
                }
                Source::Archive { path, manifest: am, .. } => {
                    Some(pack_variant(&dir, path, am, &graph, &record, args.out.as_deref())?)
                }
            }
        } else if matches!(source, Source::Archive { .. }) {
            None
        } else {
            // A refused variant replaces any earlier one of the same precision: only its report stays.
            let root = dir.join(VARIANTS_DIR);
            std::fs::create_dir_all(&root)?;
            let _ = std::fs::remove_dir_all(root.join(p.as_str()));
            let path = root.join(format!("{p}.refused.json"));
            std::fs::write(&path, serde_json::to_vec_pretty(&report)?)?;
            None
        };
        rows.push((p, passed, figures, kept.len(), written));
    }
    println!(
        "\n{:<6} {:<8} {:>9} {:>7} {:>10} {:>10} {:>10} {:>11} {:>8}",
        "prec", "gate", "seq/s", "x fp32", "agreement", "min cos", "max Δscore", "F1 drop pt", "kept float"
    );
    for (p, passed, f, kept, _) in &rows {
        println!(
            "{:<6} {:<8} {:>9.0} {:>7.2} {:>10} {:>10.6} {:>10.4} {:>11.2} {:>8}",
            p.to_string(),
            if *passed { "passed" } else { "REFUSED" },
            f.sequences_per_second,
            f.sequences_per_second / fp32_rate,
            f.decision_agreement.map(|a| format!("{:.4}", a)).unwrap_or_else(|| "-".into()),
            f.min_cosine,
            f.max_score_change,
            f.worst_f1_drop_points,
            kept
        );
    }
    for (p, passed, _, _, written) in &rows {
        match written {
            Some(path) => println!("{p}: {}", path.display()),
            None if !passed && matches!(source, Source::Archive { .. }) => {
                println!("{p}: refused by the gate; no archive written");
            }
            None if !passed => println!(
                "{p}: refused by the gate; no variant written, report in {}",
                dir.join(VARIANTS_DIR).join(format!("{p}.refused.json")).display()
            ),
            None => {}
        }
    }
    Ok(())
}

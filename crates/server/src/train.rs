//! `adscreen train text`: trains the text policy head on the labeled corpus (frozen MiniLM embeddings,
//! head trained in Rust), calibrates both ensemble members on the validation split, reports on the test
//! split, writes the head and its manifest (committed under `models/ad-text-policy/`) and compiles the
//! servable model into the cache.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use adscreen_runtime::compiler::bert;
use adscreen_runtime::compiler::bert::{HeadInput, HeadSpec};
use adscreen_runtime::compiler::head::ClassifierHead;
use adscreen_runtime::fetch::{self, DEFAULT_ENCODER, Pins, RECIPES, TOXIC_MODEL};
use adscreen_runtime::home::Home;
use adscreen_runtime::ngrams::NgramFeaturizer;
use adscreen_runtime::registry::infer_fixed_batches;
use adscreen_runtime::train::{Examples, SparseRow, TrainConfig, TrainReport, train_classifier};
use adscreen_screening::decision::Effect;
use adscreen_screening::policy::Profiles;
use adscreen_screening::taxonomy::MODEL_CATEGORIES;
use adscreen_screening::textmodel::{
    self, AdLevel, CorpusAd, EnsembleConfig, MemberInfo, OperatingPoint, OutcomeMetrics, Prf, ToxicMember,
    best_threshold, calibrate, ensemble, prf,
};
use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::cli::ensure_models;

/// Name of the trained text policy model.
pub const POLICY_MODEL: &str = adscreen_runtime::fetch::POLICY_MODEL;

#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    /// Train the text policy head on the labeled ad corpus.
    Text(TrainTextArgs),
}

#[derive(Debug, Args)]
pub struct TrainTextArgs {
    /// The labeled corpus (JSONL, see data/README.md).
    #[arg(long, default_value = "data/ads.jsonl")]
    pub data: PathBuf,
    /// Where to write head.safetensors and manifest.json.
    #[arg(long, default_value = "models/ad-text-policy")]
    pub out: PathBuf,
    /// Version of the trained model.
    #[arg(long, default_value = "1")]
    pub version: String,
    /// Seed of initialisation, shuffling and dropout (same seed, same data: same weights).
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Hidden units of the head.
    #[arg(long, default_value_t = 256)]
    pub hidden: usize,
    /// Heads trained with seeds `seed`, `seed + 1`, ...; the served head's logits are their mean (one
    /// head, exactly). Chosen by rotating cross-validation on the train and validation splits
    /// (data/crossval.py; mean of violating recall and compliant approve rate): 3 heads 0.934 against
    /// 0.931 for one, with the measured approve rate nearer the target (0.952 against 0.946).
    #[arg(long, default_value_t = 3)]
    pub heads: usize,
    /// Most epochs (training stops earlier when the validation loss stops improving).
    #[arg(long, default_value_t = 300)]
    pub max_epochs: usize,
    /// Also use the max-pooled token states as features, instead of a layer's mean-pooled states (set
    /// `--layer-mean 0` with it). Off by default: with them, violating recall on ads written apart from
    /// the corpus (data/eval) was 0.68 against 0.78-0.81 without, at the same approve rate, while the
    /// corpus's own splits were within a point.
    #[arg(long)]
    pub token_max: bool,
    /// Also use the mean-pooled states after this encoder layer as features (1 to 5 of MiniLM's 6; 0:
    /// the sentence embedding alone). Chosen on validation (violating recall at the approve target, with
    /// one head, before the readings were training examples): none 0.920; after layer 1 0.939, 2 0.937,
    /// 3 0.948, 4 0.941, 5 0.941. In cross-validation (data/crossval.py) the means after layers 2, 3 and
    /// 4 together did not beat layer 3 alone.
    #[arg(long, default_value_t = 3)]
    pub layer_mean: usize,
    /// Leave out the ad-level output: a second head, trained on whether an ad breaks any category at
    /// all, that speaks for the category the ensemble scores highest. On the project corpus it raised
    /// violating recall on validation from 0.914 to 0.948 (compliant approve rate 0.951 and 0.952; one
    /// head, one operating point, before the readings were training examples).
    #[arg(long)]
    pub no_ad_level: bool,
    /// One operating point for every ad. By default, ads the glossary reads as Spanish, French, German,
    /// Italian or Portuguese get their own head thresholds and ad-level threshold, chosen on validation
    /// together with the others for the highest violating recall at the approve target overall (when
    /// validation has at least 20 glossed ads of each kind). In rotating cross-validation
    /// (data/crossval.py, with the readings as training examples) it moved the glossed ads' approve
    /// rate from 0.922 to 0.975 and the others' violating recall from 0.902 to 0.918.
    #[arg(long)]
    pub one_operating_point: bool,
    /// Leave out the wide part (hashed word and character n-grams): embeddings only.
    #[arg(long)]
    pub no_wide: bool,
    /// Hash buckets of the wide part.
    #[arg(long, default_value_t = 1 << 16)]
    pub buckets: usize,
    /// Learning rate of the deep part.
    #[arg(long, default_value_t = 1e-3)]
    pub lr: f32,
    /// Learning rate of the wide part.
    #[arg(long, default_value_t = 3e-3)]
    pub wide_lr: f32,
    /// Weight decay of the deep part.
    #[arg(long, default_value_t = 1e-4)]
    pub weight_decay: f32,
    /// Weight decay of the wide part.
    #[arg(long, default_value_t = 1e-3)]
    pub wide_decay: f32,
    /// Weight of benign ads that use trigger words innocently (`tricky` in the corpus): hard negatives
    /// count this many times in the training loss.
    #[arg(long, default_value_t = 3.0)]
    pub tricky_weight: f32,
    /// Compliant approve rate the ad-level operating point must keep on the validation split.
    #[arg(long, default_value_t = 0.95)]
    pub target_approve: f64,
    /// Dropout on the hidden layer.
    #[arg(long, default_value_t = 0.1)]
    pub dropout: f32,
    /// Leave out the readings of training ads as extra training examples. By default an ad that has a
    /// reading (obfuscations undone, "v1agra" read as "viagra"; ads in Spanish, French, German, Italian
    /// and Portuguese glossed into English) is also trained on as its reading, with the same labels,
    /// because the server scores the reading too. Chosen with the glossed ads' own operating point by
    /// rotating cross-validation on the train and validation splits (data/crossval.py): mean of
    /// violating recall and compliant approve rate 0.931 against 0.927 without either.
    #[arg(long)]
    pub no_reading_examples: bool,
    /// Write the validation split's wrongly decided ads (text, labels, decision, category scores) to
    /// this JSONL file for error analysis. The test split is never written, so that it stays unseen.
    #[arg(long)]
    pub misses: Option<PathBuf>,
    /// Also report outcomes on this labelled JSONL file (the corpus's record format; its `split` is
    /// ignored): ads kept out of training, threshold choice and the corpus, such as
    /// `data/eval/english_challenge.jsonl`. May be given more than once.
    #[arg(long)]
    pub eval: Vec<PathBuf>,
    /// Serve heads trained on the train split alone. By default, after every choice on the validation
    /// split (each head's epoch count, the head thresholds, the BiLSTM's thresholds, the operating
    /// points), the n-gram table and the heads are trained again on the train and validation splits
    /// together, for the chosen epochs, and those are served; the validation figures printed are the
    /// first fit's, and the test split is never trained or chosen on either way. Chosen by rotating
    /// cross-validation (data/crossval.py): mean of violating recall and compliant approve rate 0.943
    /// (0.926 / 0.960) against 0.934 (0.916 / 0.952) without, better in each of the five runs.
    #[arg(long)]
    pub no_refit: bool,
    /// Folds the choices are made on. With 1, the head thresholds, the BiLSTM's thresholds and the
    /// operating points are chosen on the validation split alone, from heads trained on train. With K
    /// above 1, the validation split and K - 1 parts of train (dealt by paraphrase group, so that
    /// paraphrases stay together) are K folds: each fold is scored by heads trained on the other folds
    /// (early-stopped on it, on as many threads as there are cores), and every choice is made on the
    /// pooled out-of-fold scores of train and validation; the refit then trains each head for the
    /// median of its folds' chosen epochs. The validation figures printed are the validation fold's
    /// (heads trained on train). Chosen by rotating cross-validation (data/crossval.py): 5 folds gave a
    /// mean of violating recall and compliant approve rate of 0.942 (0.930 / 0.954) against 0.939
    /// (0.924 / 0.954) for 1, better in four of the five runs. It trains K times the heads.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=20))]
    pub cross_fit: u64,
    /// Do not compile the trained model into the cache.
    #[arg(long)]
    pub no_install: bool,
}

/// Split name of the ads given with `--eval` (followed by the file's index).
const EVAL: &str = "eval";

/// Toxic labels -> the category each speaks for.
const TOXIC_MAPPING: &[(&str, &str)] = &[
    ("toxic", "harassment.insult"),
    ("severe_toxic", "harassment.insult"),
    ("obscene", "language.profanity"),
    ("threat", "violence.threat"),
    ("insult", "harassment.insult"),
    ("identity_hate", "hate.speech"),
];

#[derive(Serialize)]
struct CategoryReport {
    threshold: f64,
    /// F1 at the threshold on the ads it was chosen on: validation, or with --cross-fit the
    /// out-of-fold scores of train + validation.
    validation_f1: f64,
    test: Prf,
    test_head_only: Prf,
}

#[derive(Serialize)]
struct Metrics {
    split_sizes: BTreeMap<String, usize>,
    categories: BTreeMap<String, CategoryReport>,
    test_models_only: OutcomeMetrics,
    validation_models_only: OutcomeMetrics,
    /// The same, per language of the ad (`lang` in the corpus).
    test_by_language: BTreeMap<String, OutcomeMetrics>,
    validation_by_language: BTreeMap<String, OutcomeMetrics>,
    /// Outcomes on each `--eval` file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    eval: Vec<EvalReport>,
}

#[derive(Serialize)]
struct EvalReport {
    file: String,
    overall: OutcomeMetrics,
    by_language: BTreeMap<String, OutcomeMetrics>,
}

pub fn run(home: &Home, cmd: TrainCommand) -> anyhow::Result<()> {
    match cmd {
        TrainCommand::Text(args) => train_text(home, &args),
    }
}

/// A progress bar for long work over `len` items.
pub(crate) fn bar(len: usize, what: &str) -> ProgressBar {
    let b = ProgressBar::new(len as u64);
    b.set_style(
        ProgressStyle::with_template("{spinner:.green} {msg} [{bar:30}] {pos}/{len} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    b.set_message(what.to_string());
    b
}

/// Runs every text through a default model in fixed batches (deterministic features).
fn infer_all(
    home: &Home,
    model: &str,
    texts: &[String],
    what: &str,
    outputs: &[&str],
) -> anyhow::Result<Vec<Vec<f32>>> {
    let recipe = RECIPES.iter().find(|r| r.model == model).context("missing recipe")?;
    let b = bar(texts.len(), what);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let out = infer_fixed_batches(
        home,
        &home.model_dir(recipe.model, recipe.version),
        &refs,
        outputs,
        32,
        cores,
        |n| b.inc(n as u64),
    )?;
    b.finish_and_clear();
    Ok(out)
}

fn train_text(home: &Home, args: &TrainTextArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let raw =
        std::fs::read_to_string(&args.data).with_context(|| format!("reading {}", args.data.display()))?;
    let mut corpus =
        textmodel::read_corpus(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", args.data.display()))?;
    let data_sha256 = fetch::hex(&<sha2::Sha256 as sha2::Digest>::digest(raw.as_bytes()));
    // The external evaluation ads follow the corpus, as their own split.
    let n_main = corpus.len();
    for (k, path) in args.eval.iter().enumerate() {
        let raw = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let ads = textmodel::read_corpus(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        if ads.is_empty() {
            bail!("{}: no ads", path.display());
        }
        corpus.extend(ads.into_iter().map(|a| CorpusAd {
            id: format!("{EVAL}{k}:{}", a.id),
            split: format!("{EVAL}{k}"),
            ..a
        }));
    }
    let corpus = corpus;
    let split = |name: &str| -> Vec<&CorpusAd> { corpus.iter().filter(|a| a.split == name).collect() };
    let (train, val, test) = (split("train"), split("validation"), split("test"));
    if train.is_empty() || val.is_empty() || test.is_empty() {
        bail!(
            "the corpus needs train, validation and test splits (got {} / {} / {})",
            train.len(),
            val.len(),
            test.len()
        );
    }
    eprintln!(
        "corpus: {} ads (train {}, validation {}, test {}), sha256 {}",
        corpus.len(),
        train.len(),
        val.len(),
        test.len(),
        &data_sha256[..12]
    );
    ensure_models(home)?;

    // Features from the frozen encoder in FP32, and the BiLSTM's probabilities, in fixed batches so
    // the same corpus gives the same features bit for bit.
    let recipe = |name: &str| RECIPES.iter().find(|r| r.model == name).context("missing recipe");
    let enc = recipe(DEFAULT_ENCODER)?;
    let tox = recipe(TOXIC_MODEL)?;
    let toxic_manifest: adscreen_runtime::manifest::ModelManifest = serde_json::from_slice(&std::fs::read(
        home.model_dir(tox.model, tox.version).join("manifest.json"),
    )?)?;
    let mut texts: Vec<String> = corpus.iter().map(CorpusAd::text).collect();
    // The reading of each ad that has one (de-obfuscated, or glossed into English) follows the corpus in
    // `texts`; the server scores the text and its reading and keeps the stronger, and so does the
    // evaluation here.
    let mut reading_of: Vec<Option<usize>> = vec![None; corpus.len()];
    // Whether the ad's reading is a gloss: such ads are scored at the glossed operating point.
    let mut glossed_of = vec![false; corpus.len()];
    for i in 0..corpus.len() {
        if let Some(r) = adscreen_screening::reading::read(&texts[i]) {
            glossed_of[i] = r.glossed;
            reading_of[i] = Some(texts.len());
            texts.push(r.text);
        }
    }
    eprintln!("{} ads have a reading (de-obfuscated or glossed)", texts.len() - corpus.len());
    // The corpus, the evaluation ads and the readings of each are inferred in separate fixed batches,
    // so that an ad's features depend neither on which other ads have readings nor on `--eval`.
    let main_readings = reading_of[..n_main].iter().flatten().count();
    let n = corpus.len();
    // In the order of `texts`.
    let segments = [
        (0..n_main, ""),
        (n_main..n, ", evaluation ads"),
        (n..n + main_readings, ", readings"),
        (n + main_readings..texts.len(), ", evaluation ads' readings"),
    ];
    let infer_apart = |model: &str, what: &str, outputs: &[&str]| -> anyhow::Result<Vec<Vec<f32>>> {
        let mut out = Vec::with_capacity(texts.len());
        for (range, label) in segments.iter().filter(|(r, _)| !r.is_empty()) {
            out.extend(infer_all(home, model, &texts[range.clone()], &format!("{what}{label}"), outputs)?);
        }
        debug_assert_eq!(out.len(), texts.len());
        Ok(out)
    };
    let (features, head_input): (&[&str], _) = match (args.token_max, args.layer_mean) {
        (true, 0) => (&[bert::SENTENCE_EMBEDDING, bert::TOKEN_MAX], HeadInput::TokenMax),
        (true, _) => {
            bail!("--token-max replaces the layer's mean-pooled states: give --layer-mean 0 with it")
        }
        (false, 0) => (&[bert::SENTENCE_EMBEDDING], HeadInput::Sentence),
        (false, n) => (&[bert::SENTENCE_EMBEDDING, bert::LAYER_MEANS], HeadInput::LayerMean(n)),
    };
    let hidden = {
        let dir = home.model_dir(enc.model, enc.version);
        let m: adscreen_runtime::manifest::ModelManifest =
            serde_json::from_slice(&std::fs::read(dir.join("manifest.json"))?)?;
        m.extra["hidden_size"].as_u64().context("the encoder's manifest lacks hidden_size")? as usize
    };
    let mut embeddings = infer_apart(DEFAULT_ENCODER, "embedding ads (MiniLM, FP32)", features)?;
    if let HeadInput::LayerMean(n) = head_input {
        // The sentence embedding, then the one layer's block of `layer_means`.
        let layers = embeddings[0].len() / hidden - 1;
        if !(1..=layers).contains(&n) {
            bail!("--layer-mean {n}: the encoder's layers before the last are 1 to {layers}");
        }
        for e in &mut embeddings {
            let block = e[hidden * n..hidden * (n + 1)].to_vec();
            e.truncate(hidden);
            e.extend(block);
        }
    }
    let mut toxic_probs = infer_apart(TOXIC_MODEL, "scoring ads (BiLSTM, FP32)", &[bert::PROBABILITIES])?;
    for (i, r) in reading_of.iter().enumerate() {
        if let Some(r) = *r {
            let read = toxic_probs[r].clone();
            for (a, b) in toxic_probs[i].iter_mut().zip(read) {
                *a = a.max(b);
            }
        }
    }
    let index: BTreeMap<&str, usize> = corpus.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();

    // Categories with training positives get a head output; the others are reported as untrained.
    let mut labels = Vec::new();
    let mut untrained = BTreeMap::new();
    for c in MODEL_CATEGORIES {
        let n = train.iter().filter(|a| a.labels.iter().any(|l| l == c)).count();
        if n == 0 {
            untrained.insert(c.to_string(), "no positive examples in the training corpus".to_string());
        } else {
            labels.push(c.to_string());
        }
    }
    // Hashed n-gram features of every text, with document frequencies from the given ads only (the
    // training split; for the refit, train and validation).
    let featurize = |ads: &[&CorpusAd]| -> (Option<NgramFeaturizer>, Vec<SparseRow>) {
        let featurizer = (!args.no_wide).then(|| {
            let fit_texts: Vec<&str> = ads.iter().map(|a| texts[index[a.id.as_str()]].as_str()).collect();
            NgramFeaturizer::fit(&fit_texts, args.buckets)
        });
        let sparse = texts
            .iter()
            .map(|t| match &featurizer {
                Some(f) => {
                    let (ids, w) = f.features(t);
                    ids.into_iter().zip(w).collect()
                }
                None => Vec::new(),
            })
            .collect();
        (featurizer, sparse)
    };
    let (mut featurizer, mut sparse) = featurize(&train);
    let hard_negative = |a: &CorpusAd| a.tricky && a.labels.is_empty();
    // Examples (features, n-grams, labels, loss weight); with `readings`, an ad's reading
    // is one more example with the same labels.
    let xy = |ads: &[&CorpusAd], sparse: &[SparseRow], readings: bool| {
        let (mut x, mut s, mut y, mut w) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for a in ads {
            let i = index[a.id.as_str()];
            let target: Vec<f32> = labels.iter().map(|l| a.labels.contains(l) as i32 as f32).collect();
            let weight = if hard_negative(a) { args.tricky_weight } else { 1.0 };
            let reading = reading_of[i].filter(|_| readings);
            for k in std::iter::once(i).chain(reading) {
                x.push(embeddings[k].clone());
                s.push(sparse[k].clone());
                y.push(target.clone());
                w.push(weight);
            }
        }
        (x, s, y, w)
    };
    let cfg = TrainConfig {
        hidden: args.hidden,
        max_epochs: args.max_epochs,
        seed: args.seed,
        learning_rate: args.lr,
        wide_learning_rate: args.wide_lr,
        weight_decay: args.weight_decay,
        wide_weight_decay: args.wide_decay,
        dropout: args.dropout,
        ..Default::default()
    };
    let t0 = Instant::now();
    // The wide part's bucket count, when there is one.
    let wide = (!args.no_wide).then_some(args.buckets);
    // One head per seed (seed, seed + 1, ...); served as one head whose logits are their mean. With no
    // validation ads (the refit), each head trains for the epochs `epochs` gives it: per seed, the
    // category head's and the ad-level head's. `what` names the fit in the log.
    let fit = |what: &str,
               train: &[&CorpusAd],
               val: &[&CorpusAd],
               sparse: &[SparseRow],
               epochs: Option<&[(usize, Option<usize>)]>|
     -> anyhow::Result<Fitted> {
        let (xt, st_, yt, wt) = xy(train, sparse, !args.no_reading_examples);
        let (xv, sv_, yv, _) = xy(val, sparse, false);
        // The ad-level output's target: whether the ad has any of the trained categories.
        let any = |y: &[Vec<f32>]| -> Vec<Vec<f32>> {
            y.iter().map(|r| vec![r.iter().copied().fold(0.0, f32::max)]).collect()
        };
        let (yt_any, yv_any) = (any(&yt), any(&yv));
        let mut fitted = Fitted::default();
        for i in 0..args.heads.max(1) {
            let cfg = TrainConfig { seed: args.seed + i as u64, ..cfg.clone() };
            let train_one = |kind: &str, y_train: &[Vec<f32>], y_val: &[Vec<f32>], epochs: Option<usize>| {
                let cfg = TrainConfig { max_epochs: epochs.unwrap_or(cfg.max_epochs), ..cfg.clone() };
                let (head, report) = train_classifier(
                    Examples {
                        dense: &xt,
                        sparse: wide.map(|_| st_.as_slice()),
                        labels: y_train,
                        weights: Some(&wt),
                    },
                    Examples {
                        dense: &xv,
                        sparse: wide.map(|_| sv_.as_slice()),
                        labels: y_val,
                        weights: None,
                    },
                    wide,
                    &cfg,
                )?;
                eprintln!(
                    "{what}: trained {}-{}-{} {kind} head{} (seed {}) in {:.1}s: {}",
                    head.input_size(),
                    args.hidden,
                    head.output_size(),
                    if wide.is_some() { " + wide n-grams" } else { "" },
                    cfg.seed,
                    t0.elapsed().as_secs_f64(),
                    match report.validation_loss {
                        Some(loss) => format!(
                            "best epoch {} of {}, validation loss {loss:.4}",
                            report.best_epoch, report.epochs
                        ),
                        None => format!("{} epochs on train + validation (refit)", report.epochs),
                    }
                );
                anyhow::Ok((head, report))
            };
            let (epochs, ad_epochs) = epochs.map_or((None, None), |e| (Some(e[i].0), e[i].1));
            let (head, report) = train_one("categories", &yt, &yv, epochs)?;
            fitted.heads.push(head);
            fitted.reports.push(report);
            if !args.no_ad_level {
                let (head, report) = train_one("ad-level", &yt_any, &yv_any, ad_epochs)?;
                fitted.ad_heads.push(head);
                fitted.ad_reports.push(report);
            }
        }
        Ok(fitted)
    };
    let first = fit("fit", &train, &val, &sparse, None)?;
    // One head: the category outputs, then the ad-level output.
    let (mut category_head, mut head) = first.served()?;
    let outputs: Vec<String> = labels
        .iter()
        .cloned()
        .chain((!args.no_ad_level).then(|| textmodel::AD_LEVEL_LABEL.to_string()))
        .collect();

    // Per ad, the head's probabilities for its text and for its reading when it has one: the server
    // scores each as a window and keeps each category's strongest.
    let head_probs = |head: &ClassifierHead, sparse: &[SparseRow], ads: &[&CorpusAd]| -> Vec<Vec<Vec<f32>>> {
        ads.iter()
            .map(|a| {
                let i = index[a.id.as_str()];
                std::iter::once(i)
                    .chain(reading_of[i])
                    .map(|k| head.forward(&embeddings[k], &sparse[k]))
                    .collect()
            })
            .collect()
    };
    // Per ad, each output's strongest window.
    let strongest = |windows: &[Vec<Vec<f32>>]| -> Vec<Vec<f32>> {
        windows
            .iter()
            .map(|w| (0..outputs.len()).map(|o| w.iter().map(|p| p[o]).fold(0.0, f32::max)).collect())
            .collect()
    };
    let wv = head_probs(&head, &sparse, &val);
    // The ads every choice is made on, with their windows' probabilities: the validation split, scored
    // by the first fit; with --cross-fit, then each part of train, scored by heads trained on the other
    // folds and early-stopped on it. Per fold, each head's chosen epochs.
    let mut chosen_on: Vec<&CorpusAd> = val.clone();
    let mut wc = wv.clone();
    let mut fold_epochs = vec![first.epochs()];
    if args.cross_fit > 1 {
        let k = args.cross_fit as usize;
        // Per training ad, its part: a hash of its paraphrase group.
        let part_of: Vec<usize> = train
            .iter()
            .map(|a| {
                let digest =
                    <sha2::Sha256 as sha2::Digest>::digest(format!("adscreen-cross-fit:{}", a.group));
                (u64::from_be_bytes(digest[..8].try_into().expect("8 bytes")) % (k as u64 - 1)) as usize
            })
            .collect();
        let in_part = |f: usize, inside: bool| {
            train.iter().zip(&part_of).filter(move |(_, p)| (**p == f) == inside).map(|(a, _)| *a)
        };
        let parts: Vec<Vec<&CorpusAd>> = (0..k - 1).map(|f| in_part(f, true).collect()).collect();
        if let Some(f) = parts.iter().position(Vec::is_empty) {
            bail!("--cross-fit {k}: part {} of train has no ads; give fewer folds", f + 1);
        }
        eprintln!(
            "cross-fitting: validation and {} parts of train ({} ads) are {k} folds",
            k - 1,
            parts.iter().map(|p| p.len().to_string()).collect::<Vec<_>>().join(", ")
        );
        let scored_parts = parallel_map(&(0..k - 1).collect::<Vec<_>>(), |&f| {
            let rest: Vec<&CorpusAd> = in_part(f, false).chain(val.iter().copied()).collect();
            let (_, sparse) = featurize(&rest);
            let fitted = fit(&format!("fold {}/{k}", f + 2), &rest, &parts[f], &sparse, None)?;
            let (_, head) = fitted.served()?;
            anyhow::Ok((head_probs(&head, &sparse, &parts[f]), fitted.epochs()))
        });
        for (part, scored) in parts.iter().zip(scored_parts) {
            let (windows, epochs) = scored?;
            chosen_on.extend(part);
            wc.extend(windows);
            fold_epochs.push(epochs);
        }
    }
    let pv = strongest(&wc);
    // What the choices are made on, for the log.
    let on = if args.cross_fit > 1 { "out-of-fold train + validation" } else { "validation" };
    let truth = |ads: &[&CorpusAd], c: &str| -> Vec<bool> {
        ads.iter().map(|a| a.labels.iter().any(|l| l == c)).collect()
    };

    // Head thresholds on the ads chosen on (validation; with --cross-fit, every fold's).
    let mut thresholds = BTreeMap::new();
    let mut val_f1 = BTreeMap::new();
    for (k, label) in labels.iter().enumerate() {
        let scores: Vec<f64> = pv.iter().map(|p| p[k] as f64).collect();
        let (t, f1) = best_threshold(&scores, &truth(&chosen_on, label));
        thresholds.insert(label.clone(), t);
        val_f1.insert(label.clone(), f1);
    }
    // The BiLSTM joins a category only where it raises F1 on the ads chosen on.
    let toxic_labels = toxic_manifest.labels.clone();
    let mut member = ToxicMember {
        model: toxic_manifest.name.clone(),
        version: toxic_manifest.version.clone(),
        mapping: TOXIC_MAPPING.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect(),
        thresholds: BTreeMap::new(),
    };
    let toxic_for = |ads: &[&CorpusAd], category: &str| -> Vec<f64> {
        ads.iter()
            .map(|a| {
                let probs = &toxic_probs[index[a.id.as_str()]];
                toxic_labels
                    .iter()
                    .zip(probs)
                    .filter(|(l, _)| member.mapping.get(*l).is_some_and(|c| c == category))
                    .map(|(_, &p)| p as f64)
                    .fold(0.0, f64::max)
            })
            .collect()
    };
    for category in TOXIC_MAPPING.iter().map(|(_, c)| *c).collect::<std::collections::BTreeSet<_>>() {
        let Some(k) = labels.iter().position(|l| l == category) else { continue };
        let t_head = thresholds[category];
        let head_cal: Vec<f64> = pv.iter().map(|p| calibrate(p[k] as f64, t_head)).collect();
        let tox = toxic_for(&chosen_on, category);
        let y = truth(&chosen_on, category);
        let base = prf(&head_cal.iter().map(|s| *s >= 0.5).collect::<Vec<_>>(), &y).f1;
        let mut best: Option<(f64, f64)> = None;
        for step in 1..50 {
            let t = step as f64 / 50.0;
            let predicted: Vec<bool> =
                head_cal.iter().zip(&tox).map(|(h, p)| h.max(calibrate(*p, t)) >= 0.5).collect();
            let f1 = prf(&predicted, &y).f1;
            if f1 > base + 0.005 && best.is_none_or(|(_, b)| f1 > b) {
                best = Some((t, f1));
            }
        }
        if let Some((t, f1)) = best {
            eprintln!("BiLSTM joins {category}: {on} F1 {base:.3} -> {f1:.3} (threshold {t:.2})");
            member.thresholds.insert(category.to_string(), t);
        } else {
            eprintln!("BiLSTM does not improve {category} on {on} (head F1 {base:.3}); left out there");
        }
    }
    let mut config = EnsembleConfig {
        point: OperatingPoint { thresholds: thresholds.clone(), ad_level: None },
        toxic: Some(member),
        untrained: untrained.clone(),
        glossed: None,
    };

    // Evaluation on the test split (and validation), models only, through the default profile.
    let profile = Profiles::builtin()?.get("default").cloned().context("no default profile")?;
    let info =
        MemberInfo { id: POLICY_MODEL.into(), version: args.version.clone(), precision: "fp32".into() };
    let tinfo = MemberInfo {
        id: toxic_manifest.name.clone(),
        version: toxic_manifest.version,
        precision: "fp32".into(),
    };
    // Per ad, each window's ensemble, and per category the strongest, as the server does.
    let scored = |config: &EnsembleConfig, ads: &[&CorpusAd], windows: &[Vec<Vec<f32>>]| {
        ads.iter()
            .zip(windows)
            .map(|(a, w)| {
                let i = index[a.id.as_str()];
                let point = config.point_for(glossed_of[i]);
                let mut best = BTreeMap::new();
                for p in w {
                    textmodel::keep_strongest(
                        &mut best,
                        ensemble(config, point, &outputs, p, &toxic_labels, Some(&toxic_probs[i])),
                        (),
                    );
                }
                best.into_iter().map(|(c, (s, ()))| (c, s)).collect::<Scores>()
            })
            .collect::<Vec<_>>()
    };
    let outcome = |ads: &[&CorpusAd], scores: &[Scores]| {
        let rows: Vec<(&[String], Vec<_>)> = ads
            .iter()
            .zip(scores)
            .map(|(a, s)| (a.labels.as_slice(), textmodel::signals(s, &info, Some(&tinfo), &|_| Vec::new())))
            .collect();
        textmodel::outcome_metrics(&profile, &rows)
    };
    // The operating point: every head threshold scaled by one factor and, with the ad-level output,
    // its threshold; chosen on the validation split for the highest violating recall that keeps the
    // compliant approve rate at the target. An ad is not approved when a window's score of a category
    // reaches the profile's review threshold; the ad-level output raises the window's top category to
    // its own calibrated score. So, per factor, each window's outcome without it, its top category's
    // review threshold and its ad-level probability decide the outcome at every ad-level threshold.
    let flags =
        |c: &str, score: f64| profile.category(c).is_some_and(|p| p.effect_at(score) != Effect::Allow);
    let ad_output = outputs.iter().position(|o| o == textmodel::AD_LEVEL_LABEL);
    // `None` leaves the ad-level output out; the grid is its raw threshold.
    let ad_thresholds: Vec<Option<f64>> = std::iter::once(None)
        .chain(ad_output.iter().flat_map(|_| (1..100).map(|i| Some(i as f64 / 100.0))))
        .collect();
    let scaled = |factor: f64| -> BTreeMap<String, f64> {
        thresholds.iter().map(|(k, t)| (k.clone(), (t * factor).clamp(0.01, 0.99))).collect()
    };
    // Per operating point (factor, ad-level threshold), the validation counts of ads not glossed and
    // of glossed ads.
    let mut points: Vec<(f64, Option<f64>, [Counts; 2])> = Vec::new();
    for step in 0..=60 {
        let factor = 0.3 + step as f64 * 0.02;
        let point = OperatingPoint { thresholds: scaled(factor), ad_level: None };
        // Per ad and window: (flagged without the ad-level output, top category, ad-level probability).
        let windows: Vec<Vec<(bool, Option<String>, f64)>> = chosen_on
            .iter()
            .zip(&wc)
            .map(|(a, w)| {
                let tox = &toxic_probs[index[a.id.as_str()]];
                w.iter()
                    .map(|p| {
                        let s = ensemble(&config, &point, &outputs, p, &toxic_labels, Some(tox));
                        let top = s.iter().reduce(|a, b| if b.1.score > a.1.score { b } else { a });
                        (
                            s.iter().any(|(c, e)| flags(c, e.score)),
                            top.map(|(c, _)| c.clone()),
                            ad_output.map(|o| p[o] as f64).unwrap_or(0.0),
                        )
                    })
                    .collect()
            })
            .collect();
        for &t in &ad_thresholds {
            let mut counts = [Counts::default(); 2];
            for (j, a) in chosen_on.iter().enumerate() {
                let flagged = windows[j].iter().any(|(base, top, p)| {
                    *base || t.zip(top.as_deref()).is_some_and(|(t, c)| flags(c, calibrate(*p, t)))
                });
                counts[glossed_of[index[a.id.as_str()]] as usize].add(a.labels.is_empty(), flagged);
            }
            points.push((factor, t, counts));
        }
    }
    // The glossed ads' own point needs enough of them on validation to be chosen on.
    let glossed_val = points.first().map_or(Counts::default(), |(.., c)| c[1]);
    let own_point = !args.one_operating_point && glossed_val.violating >= 20 && glossed_val.compliant >= 20;
    let counts: Vec<[Counts; 2]> = points.iter().map(|(.., c)| *c).collect();
    let best = choose_points(&counts, args.target_approve, own_point);
    let by_language = |ads: &[&CorpusAd], scores: &[Scores]| {
        let langs: std::collections::BTreeSet<&str> = ads.iter().map(|a| a.lang.as_str()).collect();
        langs
            .into_iter()
            .map(|l| {
                let (a, s): (Vec<&CorpusAd>, Vec<Scores>) =
                    ads.iter().zip(scores).filter(|(a, _)| a.lang == l).map(|(a, s)| (*a, s.clone())).unzip();
                (if l.is_empty() { "unknown".to_string() } else { l.to_string() }, outcome(&a, &s))
            })
            .collect::<BTreeMap<_, _>>()
    };
    let (recall, approve, plain, glossed) = best.context("no operating point")?;
    let point = |i: usize| {
        let (factor, t, _) = points[i];
        let ad_level = t.map(|threshold| AdLevel { label: textmodel::AD_LEVEL_LABEL.into(), threshold });
        let described = format!(
            "head thresholds x {factor:.2}, ad-level output {}",
            t.map_or("left out".to_string(), |t| format!("from {t:.2}"))
        );
        (OperatingPoint { thresholds: scaled(factor), ad_level }, described)
    };
    let ((main_point, main_described), (glossed_point, glossed_described)) = (point(plain), point(glossed));
    config.point = main_point;
    config.glossed = (glossed != plain).then_some(glossed_point);
    eprintln!(
        "operating point: {main_described}; glossed ads (other languages): {} ({on}: violating recall \
         {recall:.3}, compliant approve {approve:.3})",
        if config.glossed.is_some() {
            glossed_described.as_str()
        } else if own_point {
            "the same"
        } else {
            "the same (one operating point)"
        }
    );
    let thresholds = config.point.thresholds.clone();
    // The served head has the ad-level output only when an operating point uses it.
    let uses_ad_level = config.points().any(|p| p.ad_level.is_some());
    // Validation is measured before the refit, which trains on it.
    let sv = scored(&config, &val, &wv);
    let mut refit = None;
    if !args.no_refit {
        let both: Vec<&CorpusAd> = train.iter().chain(&val).copied().collect();
        (featurizer, sparse) = featurize(&both);
        let fitted = fit("refit", &both, &[], &sparse, Some(&median_epochs(&fold_epochs)))?;
        (category_head, head) = fitted.served()?;
        refit = Some(fitted);
    }
    let (served, served_outputs) = if uses_ad_level { (&head, &outputs) } else { (&category_head, &labels) };
    let wt = head_probs(&head, &sparse, &test);
    let pt = strongest(&wt);
    let st = scored(&config, &test, &wt);
    let mut categories = BTreeMap::new();
    for (k, label) in labels.iter().enumerate() {
        let y = truth(&test, label);
        let ens: Vec<bool> = st.iter().map(|s| s.get(label).is_some_and(|e| e.score >= 0.5)).collect();
        let head_only: Vec<bool> =
            pt.iter().map(|p| calibrate(p[k] as f64, thresholds[label]) >= 0.5).collect();
        categories.insert(
            label.clone(),
            CategoryReport {
                threshold: thresholds[label],
                validation_f1: val_f1[label],
                test: prf(&ens, &y),
                test_head_only: prf(&head_only, &y),
            },
        );
    }
    let metrics = Metrics {
        split_sizes: [("train", train.len()), ("validation", val.len()), ("test", test.len())]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        categories,
        test_models_only: outcome(&test, &st),
        validation_models_only: outcome(&val, &sv),
        test_by_language: by_language(&test, &st),
        validation_by_language: by_language(&val, &sv),
        eval: args
            .eval
            .iter()
            .enumerate()
            .map(|(k, path)| {
                let external = split(&format!("{EVAL}{k}"));
                let se = scored(&config, &external, &head_probs(&head, &sparse, &external));
                EvalReport {
                    file: path.display().to_string(),
                    overall: outcome(&external, &se),
                    by_language: by_language(&external, &se),
                }
            })
            .collect(),
    };
    if let Some(path) = &args.misses {
        let n = write_misses(path, &profile, &val, &sv, &|s| {
            textmodel::signals(s, &info, Some(&tinfo), &|_| Vec::new())
        })?;
        eprintln!("wrote {n} wrongly decided validation ads to {}", path.display());
    }
    print_report(&metrics, &untrained);

    // Write the head and its manifest, then compile the servable model into the cache.
    std::fs::create_dir_all(&args.out)?;
    std::fs::write(args.out.join("head.safetensors"), served.to_safetensors()?)?;
    if let Some(f) = &featurizer {
        std::fs::write(args.out.join("ngram.safetensors"), f.to_safetensors()?)?;
    }
    let features_described = format!(
        "MiniLM sentence embedding (mean-pooled){} of headline + newline + body, FP32",
        match head_input {
            HeadInput::Sentence => String::new(),
            HeadInput::TokenMax => " and max-pooled token states".to_string(),
            HeadInput::LayerMean(n) => format!(" and the mean-pooled states after layer {n}"),
        }
    );
    let mut extra = serde_json::json!({
        "activations": served.deep.activations(),
        "ensemble": config,
        "metrics": metrics,
        "training": {"config": cfg, "report": first.reports[0], "data": args.data.display().to_string(),
                      "data_sha256": data_sha256, "encoder": format!("{}@{}", enc.model, enc.version),
                      "features": features_described},
        "head_input": head_input,
    });
    if first.reports.len() > 1 {
        // The served head is the mean of these, trained with seeds seed, seed + 1, ...
        extra["training"]["heads"] = serde_json::json!(first.reports.len());
        extra["training"]["reports"] = serde_json::json!(first.reports);
    }
    if args.cross_fit > 1 {
        // Every choice was made on the out-of-fold scores of these folds: validation, then the parts
        // of train; per fold, each seed's chosen epochs (category head, ad-level head).
        extra["training"]["cross_fit"] = serde_json::json!({"folds": args.cross_fit, "epochs": fold_epochs});
    }
    if let Some(refit) = &refit {
        // The served heads: these epochs on train + validation, after every choice.
        extra["training"]["refit"] = serde_json::json!(refit.reports);
    }
    let manifest = serde_json::json!({"name": POLICY_MODEL, "version": args.version, "labels": served_outputs, "extra": extra});
    std::fs::write(args.out.join("manifest.json"), serde_json::to_vec_pretty(&manifest)?)?;
    println!(
        "wrote {} and {}",
        args.out.join("head.safetensors").display(),
        args.out.join("manifest.json").display()
    );
    if !args.no_install {
        let pins = Pins::load()?;
        let pin = pins.get(enc.package)?;
        let dest = home.model_dir(POLICY_MODEL, &args.version);
        let work = home.tmp_dir()?;
        let staged = work.path().join("model");
        let source = format!(
            "trained by adscreen train text on {} (sha256 {})",
            args.data.display(),
            &extra["training"]["data_sha256"]
        );
        let spec = HeadSpec {
            head: served,
            labels: served_outputs,
            ngrams: featurizer.as_ref(),
            input: head_input,
            extra: &extra,
        };
        bert::compile_sentence_model(
            &home.join(&pin.dest),
            &staged,
            POLICY_MODEL,
            &args.version,
            &source,
            Some(spec),
        )?;
        adscreen_runtime::home::mark_complete(&staged, "trained locally")?;
        adscreen_runtime::home::install_dir(&staged, &dest)?;
        println!("installed {POLICY_MODEL}@{} into {}", args.version, dest.display());
    }
    println!("done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}

/// The heads of one fit of `train text`: per seed, the category head and (with the ad-level output)
/// the ad-level head, with their training reports.
#[derive(Default)]
struct Fitted {
    heads: Vec<ClassifierHead>,
    ad_heads: Vec<ClassifierHead>,
    reports: Vec<TrainReport>,
    ad_reports: Vec<TrainReport>,
}

impl Fitted {
    /// Per seed, the category head's chosen epoch and the ad-level head's.
    fn epochs(&self) -> Vec<(usize, Option<usize>)> {
        self.reports
            .iter()
            .enumerate()
            .map(|(i, r)| (r.best_epoch, self.ad_reports.get(i).map(|r| r.best_epoch)))
            .collect()
    }

    /// The category head (the mean of the seeds' heads) and the served head: the category outputs,
    /// then the ad-level output.
    fn served(&self) -> anyhow::Result<(ClassifierHead, ClassifierHead)> {
        let mean = |heads: &[ClassifierHead]| -> anyhow::Result<ClassifierHead> {
            Ok(if heads.len() == 1 { heads[0].clone() } else { ClassifierHead::average(heads)? })
        };
        let category = mean(&self.heads)?;
        let head = if self.ad_heads.is_empty() {
            category.clone()
        } else {
            ClassifierHead::concat(&[category.clone(), mean(&self.ad_heads)?])?
        };
        Ok((category, head))
    }
}

/// Per seed, the median over the folds of the category head's chosen epochs and of the ad-level
/// head's (the upper median of an even count); with one fold, its own.
fn median_epochs(folds: &[Vec<(usize, Option<usize>)>]) -> Vec<(usize, Option<usize>)> {
    let median = |mut e: Vec<usize>| {
        e.sort_unstable();
        e.get(e.len() / 2).copied()
    };
    (0..folds.first().map_or(0, Vec::len))
        .map(|i| {
            (
                median(folds.iter().map(|f| f[i].0).collect()).unwrap_or(1),
                median(folds.iter().filter_map(|f| f[i].1).collect()),
            )
        })
        .collect()
}

/// `f` of every item, on as many threads as there are cores, in the items' order.
fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len()).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|scope| {
        for _ in 0..cores {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    done.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push((i, r));
                }
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Outcomes of one kind of ad (not glossed, glossed) at one operating point.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    caught: usize,
    violating: usize,
    approved: usize,
    compliant: usize,
}

impl Counts {
    fn add(&mut self, compliant: bool, flagged: bool) {
        if compliant {
            self.compliant += 1;
            self.approved += !flagged as usize;
        } else {
            self.violating += 1;
            self.caught += flagged as usize;
        }
    }
}

/// Chooses the operating point on validation: of `points` (each with the counts of ads not glossed and
/// of glossed ads), the one for ads not glossed and, with `own_point`, another one for glossed ads.
/// The choice has the highest violating recall over all ads that keeps the compliant approve rate at
/// `target` (ties: the higher approve rate, then the first); when none keeps it, the highest of the
/// smaller of the two. Returns (recall, approve rate, point of ads not glossed, point of glossed ads).
fn choose_points(points: &[[Counts; 2]], target: f64, own_point: bool) -> Option<(f64, f64, usize, usize)> {
    let rates = |plain: &Counts, glossed: &Counts| {
        let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        (
            ratio(plain.caught + glossed.caught, plain.violating + glossed.violating),
            ratio(plain.approved + glossed.approved, plain.compliant + glossed.compliant),
        )
    };
    let better = |(recall, approve): (f64, f64), best: Option<(f64, f64, usize, usize)>| match best {
        None => true,
        Some((r, a, ..)) => match (approve >= target, a >= target) {
            (true, false) => true,
            (true, true) => recall > r || (recall == r && approve > a),
            (false, false) => recall.min(approve) > r.min(a),
            (false, true) => false,
        },
    };
    let mut best = None;
    for (i, pi) in points.iter().enumerate() {
        // The same point first, so that a tie keeps one operating point.
        let others = if own_point { 0..points.len() } else { 0..0 };
        for j in std::iter::once(i).chain(others.filter(|&j| j != i)) {
            let (r, a) = rates(&pi[0], &points[j][1]);
            if better((r, a), best) {
                best = Some((r, a, i, j));
            }
        }
    }
    best
}

/// Per ad, the ensemble's score of every category.
type Scores = BTreeMap<String, textmodel::EnsembleScore>;

/// Writes the ads of `ads` whose decision differs from the one their labels call for, one JSON object
/// per line; returns how many.
fn write_misses(
    path: &std::path::Path,
    profile: &adscreen_screening::policy::Profile,
    ads: &[&CorpusAd],
    scores: &[Scores],
    signals: &dyn Fn(&Scores) -> Vec<adscreen_screening::decision::Signal>,
) -> anyhow::Result<usize> {
    let mut out = String::new();
    let mut n = 0;
    for (a, s) in ads.iter().zip(scores) {
        let (decided, expected) = textmodel::decided_and_expected(profile, &a.labels, &signals(s));
        if decided == expected {
            continue;
        }
        let mut top: Vec<(&String, f64)> = s.iter().map(|(c, e)| (c, e.score)).collect();
        top.sort_by(|x, y| y.1.total_cmp(&x.1));
        top.truncate(3);
        let top: BTreeMap<&String, f64> =
            top.into_iter().map(|(c, v)| (c, (v * 1000.0).round() / 1000.0)).collect();
        let row = serde_json::json!({"id": a.id, "lang": a.lang, "labels": a.labels, "expected": expected,
                                     "decided": decided, "top": top, "text": a.text()});
        out.push_str(&row.to_string());
        out.push('\n');
        n += 1;
    }
    std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))?;
    Ok(n)
}

fn print_report(m: &Metrics, untrained: &BTreeMap<String, String>) {
    println!(
        "\nper-category results on the test split ({} ads; ensemble, head alone in brackets)",
        m.split_sizes["test"]
    );
    println!(
        "{:<28} {:>7} {:>9} {:>9} {:>9} {:>8}",
        "category", "support", "precision", "recall", "F1", "[F1]"
    );
    for (c, r) in &m.categories {
        println!(
            "{:<28} {:>7} {:>9.3} {:>9.3} {:>9.3} {:>8.3}",
            c, r.test.support, r.test.precision, r.test.recall, r.test.f1, r.test_head_only.f1
        );
    }
    for (c, why) in untrained {
        println!("{c:<28} not trained: {why}");
    }
    let o = &m.test_models_only;
    println!(
        "\nads, test split, text models + default profile: outcome accuracy {:.3}, violating recall (not approved) {:.3} \
         ({} ads), compliant approve rate {:.3} ({} ads)",
        o.outcome_accuracy, o.violating_recall, o.violating, o.compliant_approve_rate, o.compliant
    );
    let v = &m.validation_models_only;
    println!(
        "ads, validation split: outcome accuracy {:.3}, violating recall {:.3}, compliant approve rate {:.3}",
        v.outcome_accuracy, v.violating_recall, v.compliant_approve_rate
    );
    println!("\nper language (violating recall / compliant approve rate, ads in brackets)");
    println!("{:<8} {:>24} {:>24}", "language", "test", "validation");
    let langs: std::collections::BTreeSet<&String> =
        m.test_by_language.keys().chain(m.validation_by_language.keys()).collect();
    let cell = |o: Option<&OutcomeMetrics>| match o {
        Some(o) => {
            let rate = |r: f64, n: usize| if n == 0 { "-".to_string() } else { format!("{r:.2} ({n})") };
            format!(
                "{} / {}",
                rate(o.violating_recall, o.violating),
                rate(o.compliant_approve_rate, o.compliant)
            )
        }
        None => "-".to_string(),
    };
    for l in langs {
        println!(
            "{l:<8} {:>24} {:>24}",
            cell(m.test_by_language.get(l)),
            cell(m.validation_by_language.get(l))
        );
    }
    for e in &m.eval {
        let o = &e.overall;
        println!(
            "\nads of {} (--eval): outcome accuracy {:.3}, violating recall {:.3} ({} ads), compliant approve rate \
             {:.3} ({} ads)",
            e.file,
            o.outcome_accuracy,
            o.violating_recall,
            o.violating,
            o.compliant_approve_rate,
            o.compliant
        );
        for (l, o) in &e.by_language {
            println!("{l:<8} {:>24}", cell(Some(o)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(caught: usize, violating: usize, approved: usize, compliant: usize) -> Counts {
        Counts { caught, violating, approved, compliant }
    }

    #[test]
    fn the_refit_trains_each_head_for_the_median_of_its_folds_epochs() {
        let folds = vec![
            vec![(9, Some(4)), (3, Some(8))],
            vec![(5, Some(6)), (7, Some(2))],
            vec![(6, Some(5)), (4, Some(3))],
        ];
        assert_eq!(median_epochs(&folds), vec![(6, Some(5)), (4, Some(3))]);
        assert_eq!(median_epochs(&folds[..1]), folds[0], "one fold: its own epochs");
        assert_eq!(median_epochs(&[vec![(3, None)], vec![(8, None)]]), vec![(8, None)], "no ad-level head");
    }

    #[test]
    fn parallel_map_keeps_the_items_order() {
        let items: Vec<u64> = (0..37).collect();
        let squares = parallel_map(&items, |&i| {
            // Uneven work, so that threads finish out of order.
            std::thread::sleep(std::time::Duration::from_micros((37 - i) * 50));
            i * i
        });
        assert_eq!(squares, items.iter().map(|i| i * i).collect::<Vec<_>>());
        assert!(parallel_map(&[] as &[u8], |_| 0).is_empty());
    }

    #[test]
    fn the_operating_point_has_the_highest_recall_that_keeps_the_approve_target() {
        // Ads not glossed: 100 violating, 100 compliant; glossed: 20 and 20.
        let points = [
            [counts(80, 100, 99, 100), counts(10, 20, 20, 20)],
            [counts(90, 100, 96, 100), counts(18, 20, 14, 20)],
            [counts(95, 100, 90, 100), counts(20, 20, 10, 20)],
        ];
        // One point: the first keeps 0.95 (119 of 120 approved), the second does not (110).
        let (r, a, i, j) = choose_points(&points, 0.95, false).unwrap();
        assert_eq!((i, j), (0, 0));
        assert!((r - 90.0 / 120.0).abs() < 1e-12 && (a - 119.0 / 120.0).abs() < 1e-12);
        // Own point for glossed ads: the second point for ads not glossed, the first for glossed ones
        // (116 of 120 approved, 100 of 120 caught).
        let (r, a, i, j) = choose_points(&points, 0.95, true).unwrap();
        assert_eq!((i, j), (1, 0));
        assert!((r - 100.0 / 120.0).abs() < 1e-12 && (a - 116.0 / 120.0).abs() < 1e-12);
        // A tie keeps one point.
        let same = [points[0], points[0]];
        assert_eq!(choose_points(&same, 0.95, true).map(|p| (p.2, p.3)), Some((0, 0)));
        // No point keeps the target: the best of the smaller of recall and approve rate.
        let (_, _, i, j) = choose_points(&points, 0.999, false).unwrap();
        assert_eq!((i, j), (1, 1), "min(100/120, 110/120) beats min(90/120, 119/120)");
        assert_eq!(choose_points(&[], 0.95, true), None);
    }
}

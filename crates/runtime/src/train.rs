//! Training small heads on frozen features, in Rust and deterministically: a one-hidden-layer
//! perceptron on dense features plus, optionally, a wide linear part on sparse hashed n-grams
//! ("wide and deep"), for multi-label classification (sigmoid outputs), trained with AdamW (lazy on the
//! wide rows) on a weighted binary cross-entropy and early-stopped on the validation loss.
//! Single-threaded with a seeded generator, so the same data, configuration and seed give the same
//! weights bit for bit on the same build.

// The kernels below index several arrays in lockstep; iterator chains would obscure them and could
// change the order of floating-point operations that determinism relies on.
#![allow(clippy::needless_range_loop)]

use std::collections::BTreeSet;

use crate::compiler::head::{Activation, ClassifierHead, Dense, MlpHead, Wide};
use crate::{Error, Result};

/// Hyper-parameters of [`train_multilabel`].
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct TrainConfig {
    pub hidden: usize,
    pub max_epochs: usize,
    pub batch_size: usize,
    pub learning_rate: f32,
    pub weight_decay: f32,
    /// Probability of zeroing a hidden unit during training.
    pub dropout: f32,
    /// Epochs without a better validation loss before stopping.
    pub patience: usize,
    /// Positive examples of a label weigh `min(negatives / positives, cap)`.
    pub pos_weight_cap: f32,
    /// Learning rate of the wide (n-gram) weights.
    pub wide_learning_rate: f32,
    /// L2 penalty on the wide (n-gram) weights.
    pub wide_weight_decay: f32,
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            hidden: 256,
            max_epochs: 300,
            batch_size: 32,
            learning_rate: 1e-3,
            weight_decay: 1e-4,
            dropout: 0.1,
            patience: 20,
            pos_weight_cap: 8.0,
            wide_learning_rate: 1e-2,
            wide_weight_decay: 1e-4,
            seed: 7,
        }
    }
}

/// What a training run did.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct TrainReport {
    pub epochs: usize,
    pub best_epoch: usize,
    pub train_loss: f32,
    /// `None` when there were no validation examples.
    pub validation_loss: Option<f32>,
}

/// SplitMix64: small, fast and fully determined by its seed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

struct Adam {
    m: Vec<f32>,
    v: Vec<f32>,
}

impl Adam {
    fn new(n: usize) -> Self {
        Adam { m: vec![0.0; n], v: vec![0.0; n] }
    }

    fn step(&mut self, p: &mut [f32], g: &[f32], cfg: &TrainConfig, t: i32, decay: bool) {
        let decay = if decay { cfg.weight_decay } else { 0.0 };
        self.update(p, g, 0..p.len(), cfg.learning_rate, decay, t);
    }

    /// Adam on `p[range]` only, with `g` the gradient of that range.
    fn step_range(
        &mut self,
        p: &mut [f32],
        g: &[f32],
        range: std::ops::Range<usize>,
        cfg: &TrainConfig,
        t: i32,
    ) {
        self.update(p, g, range, cfg.learning_rate, cfg.weight_decay, t);
    }

    fn update(
        &mut self,
        p: &mut [f32],
        g: &[f32],
        range: std::ops::Range<usize>,
        lr: f32,
        decay: f32,
        t: i32,
    ) {
        let (b1, b2, eps) = (0.9f32, 0.999f32, 1e-8f32);
        let c1 = 1.0 - b1.powi(t);
        let c2 = 1.0 - b2.powi(t);
        for (gi, i) in range.enumerate() {
            self.m[i] = b1 * self.m[i] + (1.0 - b1) * g[gi];
            self.v[i] = b2 * self.v[i] + (1.0 - b2) * g[gi] * g[gi];
            let update = (self.m[i] / c1) / ((self.v[i] / c2).sqrt() + eps);
            p[i] -= lr * (update + decay * p[i]);
        }
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Weighted binary cross-entropy of logits `z` against targets `y`.
fn bce(z: f32, y: f32, w: f32) -> f32 {
    // log(1 + e^-|z|) + max(z, 0) - z*y, weighted on the positive term.
    let softplus_neg = (-z.abs()).exp().ln_1p();
    let log_p = -(softplus_neg + (-z).max(0.0)); // log sigmoid(z)
    let log_1mp = -(softplus_neg + z.max(0.0)); // log (1 - sigmoid(z))
    -(w * y * log_p + (1.0 - y) * log_1mp)
}

struct Params {
    w1: Vec<f32>,
    b1: Vec<f32>,
    w2: Vec<f32>,
    b2: Vec<f32>,
    wide: Vec<f32>,
}

/// Sparse features of one example: `(bucket, weight)` pairs.
pub type SparseRow = Vec<(i64, f32)>;

/// Examples for [`train_classifier`]: dense features, optional sparse features, 0/1 labels, and
/// optional per-example weights (e.g. to weigh hard negatives more).
#[derive(Clone, Copy, Debug)]
pub struct Examples<'a> {
    pub dense: &'a [Vec<f32>],
    pub sparse: Option<&'a [SparseRow]>,
    pub labels: &'a [Vec<f32>],
    pub weights: Option<&'a [f32]>,
}

impl Examples<'_> {
    fn sparse(&self, i: usize) -> &[(i64, f32)] {
        self.sparse.map(|s| s[i].as_slice()).unwrap_or(&[])
    }

    fn weight(&self, i: usize) -> f32 {
        self.weights.map(|w| w[i]).unwrap_or(1.0)
    }
}

/// Trains a `dense -> hidden (ReLU) -> labels` MLP (plus a wide part over `buckets` sparse features
/// when given), sigmoid outputs. Keeps the epoch with the lowest validation loss, and stops after
/// `patience` epochs without a better one. With no validation examples it trains exactly `max_epochs`
/// epochs and keeps the last (a refit on all the data, with an epoch count chosen before).
pub fn train_classifier(
    train: Examples<'_>,
    val: Examples<'_>,
    buckets: Option<usize>,
    cfg: &TrainConfig,
) -> Result<(ClassifierHead, TrainReport)> {
    let (n, d) = (train.dense.len(), train.dense.first().map(Vec::len).unwrap_or(0));
    let k = train.labels.first().map(Vec::len).unwrap_or(0);
    if n == 0 || d == 0 || k == 0 || train.labels.len() != n || val.dense.len() != val.labels.len() {
        return Err(Error::InvalidInput("training needs matching, non-empty features and labels".into()));
    }
    if buckets.is_some() != train.sparse.is_some() || buckets.is_some() != val.sparse.is_some() {
        return Err(Error::InvalidInput("sparse features and a bucket count go together".into()));
    }
    let nb = buckets.unwrap_or(0);
    let refit = val.dense.is_empty();
    let h = cfg.hidden;
    let mut rng = Rng::new(cfg.seed);
    let mut init = |fan_in: usize, fan_out: usize| -> Vec<f32> {
        let limit = (6.0 / (fan_in + fan_out) as f32).sqrt();
        (0..fan_in * fan_out).map(|_| (rng.unit() * 2.0 - 1.0) * limit).collect()
    };
    let mut p = Params {
        w1: init(d, h),
        b1: vec![0.0; h],
        w2: init(h, k),
        b2: vec![0.0; k],
        wide: vec![0.0; nb * k],
    };
    let pos_weight: Vec<f32> = (0..k)
        .map(|c| {
            let pos = train.labels.iter().filter(|y| y[c] > 0.5).count() as f32;
            if pos == 0.0 { 1.0 } else { ((n as f32 - pos) / pos).clamp(1.0, cfg.pos_weight_cap) }
        })
        .collect();
    let mut opt = [Adam::new(d * h), Adam::new(h), Adam::new(h * k), Adam::new(k)];
    let mut wide_opt = Adam::new(nb * k);
    let mut best_loss = f32::MAX;
    let mut best_epoch = 0usize;
    let mut best_head = to_head(&p, d, h, k, nb);
    let mut best_train_loss = 0f32;
    let mut order: Vec<usize> = (0..n).collect();
    let mut step = 0i32;
    let mut epochs = 0;
    let mut hid = vec![0f32; h];
    let mut mask = vec![1f32; h];
    let mut dz = vec![0f32; k];
    let mut dh = vec![0f32; h];
    let mut g_wide = vec![0f32; nb * k];
    for epoch in 0..cfg.max_epochs {
        epochs = epoch + 1;
        for i in (1..n).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        let mut train_loss = 0f32;
        for batch in order.chunks(cfg.batch_size) {
            let mut g = Params {
                w1: vec![0.0; d * h],
                b1: vec![0.0; h],
                w2: vec![0.0; h * k],
                b2: vec![0.0; k],
                wide: Vec::new(),
            };
            let mut touched = BTreeSet::new();
            for &idx in batch {
                let x = &train.dense[idx];
                let y = &train.labels[idx];
                let sparse = train.sparse(idx);
                let sample_weight = train.weight(idx);
                // Forward.
                hid.copy_from_slice(&p.b1);
                for (i, &xi) in x.iter().enumerate() {
                    let row = &p.w1[i * h..(i + 1) * h];
                    for (a, &w) in hid.iter_mut().zip(row) {
                        *a += xi * w;
                    }
                }
                let keep = 1.0 - cfg.dropout;
                for j in 0..h {
                    mask[j] = if hid[j] > 0.0 && rng.unit() < keep { 1.0 / keep } else { 0.0 };
                    hid[j] *= mask[j];
                }
                for c in 0..k {
                    let mut z = p.b2[c];
                    for j in 0..h {
                        z += hid[j] * p.w2[j * k + c];
                    }
                    for &(b, xb) in sparse {
                        z += xb * p.wide[b as usize * k + c];
                    }
                    train_loss += sample_weight * bce(z, y[c], pos_weight[c]);
                    // d/dz of the weighted BCE.
                    let s = sigmoid(z);
                    dz[c] = sample_weight * (s * (pos_weight[c] * y[c] + 1.0 - y[c]) - pos_weight[c] * y[c]);
                }
                // Backward.
                for &(b, xb) in sparse {
                    touched.insert(b as usize);
                    let row = &mut g_wide[b as usize * k..(b as usize + 1) * k];
                    for c in 0..k {
                        row[c] += xb * dz[c];
                    }
                }
                for j in 0..h {
                    let mut acc = 0f32;
                    let row = &mut g.w2[j * k..(j + 1) * k];
                    let wrow = &p.w2[j * k..(j + 1) * k];
                    for c in 0..k {
                        row[c] += hid[j] * dz[c];
                        acc += dz[c] * wrow[c];
                    }
                    dh[j] = acc * mask[j];
                }
                for c in 0..k {
                    g.b2[c] += dz[c];
                }
                for (i, &xi) in x.iter().enumerate() {
                    if xi == 0.0 {
                        continue;
                    }
                    let row = &mut g.w1[i * h..(i + 1) * h];
                    for (a, &dj) in row.iter_mut().zip(&dh) {
                        *a += xi * dj;
                    }
                }
                for j in 0..h {
                    g.b1[j] += dh[j];
                }
            }
            let scale = 1.0 / batch.len() as f32;
            for v in [&mut g.w1, &mut g.b1, &mut g.w2, &mut g.b2] {
                v.iter_mut().for_each(|x| *x *= scale);
            }
            step += 1;
            opt[0].step(&mut p.w1, &g.w1, cfg, step, true);
            opt[1].step(&mut p.b1, &g.b1, cfg, step, false);
            opt[2].step(&mut p.w2, &g.w2, cfg, step, true);
            opt[3].step(&mut p.b2, &g.b2, cfg, step, false);
            // Lazy Adam on the wide rows this batch touched (row 0, padding, is never touched).
            let wide_cfg = TrainConfig {
                learning_rate: cfg.wide_learning_rate,
                weight_decay: cfg.wide_weight_decay,
                ..cfg.clone()
            };
            for &b in &touched {
                let r = b * k..(b + 1) * k;
                let grad: Vec<f32> = g_wide[r.clone()].iter().map(|x| x * scale).collect();
                wide_opt.step_range(&mut p.wide, &grad, r.clone(), &wide_cfg, step);
                g_wide[r].iter_mut().for_each(|x| *x = 0.0);
            }
        }
        let head = to_head(&p, d, h, k, nb);
        let val_loss = if refit { 0.0 } else { mean_loss(&head, &val, &pos_weight) };
        if refit || val_loss < best_loss {
            best_loss = val_loss;
            best_epoch = epoch;
            best_head = head;
            best_train_loss = train_loss / n as f32;
        } else if epoch - best_epoch >= cfg.patience {
            break;
        }
    }
    Ok((
        best_head,
        TrainReport {
            epochs,
            best_epoch: best_epoch + 1,
            train_loss: best_train_loss,
            validation_loss: (!refit).then_some(best_loss),
        },
    ))
}

/// Trains on dense features only (see [`train_classifier`]).
pub fn train_multilabel(
    x_train: &[Vec<f32>],
    y_train: &[Vec<f32>],
    x_val: &[Vec<f32>],
    y_val: &[Vec<f32>],
    cfg: &TrainConfig,
) -> Result<(ClassifierHead, TrainReport)> {
    train_classifier(
        Examples { dense: x_train, sparse: None, labels: y_train, weights: None },
        Examples { dense: x_val, sparse: None, labels: y_val, weights: None },
        None,
        cfg,
    )
}

fn to_head(p: &Params, d: usize, h: usize, k: usize, buckets: usize) -> ClassifierHead {
    ClassifierHead {
        deep: MlpHead {
            layers: vec![
                Dense {
                    input: d,
                    output: h,
                    weight: p.w1.clone(),
                    bias: p.b1.clone(),
                    activation: Activation::Relu,
                },
                Dense {
                    input: h,
                    output: k,
                    weight: p.w2.clone(),
                    bias: p.b2.clone(),
                    activation: Activation::None,
                },
            ],
        },
        wide: (buckets > 0).then(|| Wide { buckets, outputs: k, weight: p.wide.clone() }),
    }
}

fn mean_loss(head: &ClassifierHead, x: &Examples<'_>, w: &[f32]) -> f32 {
    let total: f32 = (0..x.dense.len())
        .map(|i| {
            let z = head.logits(&x.dense[i], x.sparse(i));
            z.iter().zip(&x.labels[i]).zip(w).map(|((&z, &t), &wc)| bce(z, t, wc)).sum::<f32>()
        })
        .sum();
    total / x.dense.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two separable labels in 4 dimensions, with noise.
    fn toy(seed: u64, n: usize) -> (Vec<Vec<f32>>, Vec<Vec<f32>>) {
        let mut rng = Rng::new(seed);
        let mut x = Vec::new();
        let mut y = Vec::new();
        for _ in 0..n {
            let v: Vec<f32> = (0..4).map(|_| rng.unit() * 2.0 - 1.0).collect();
            y.push(vec![(v[0] + v[1] > 0.2) as i32 as f32, (v[2] - v[3] > 0.5) as i32 as f32]);
            x.push(v);
        }
        (x, y)
    }

    #[test]
    fn learns_separable_labels() {
        let (x, y) = toy(1, 600);
        let (xv, yv) = toy(2, 200);
        let cfg =
            TrainConfig { hidden: 16, max_epochs: 200, patience: 30, dropout: 0.0, ..Default::default() };
        let (head, report) = train_multilabel(&x, &y, &xv, &yv, &cfg).unwrap();
        let correct = xv
            .iter()
            .zip(&yv)
            .map(|(xi, yi)| {
                head.forward(xi, &[]).iter().zip(yi).filter(|(p, t)| (**p > 0.5) == (**t > 0.5)).count()
            })
            .sum::<usize>();
        let acc = correct as f32 / (2 * xv.len()) as f32;
        assert!(acc > 0.9, "accuracy {acc}, report {report:?}");
    }

    #[test]
    fn the_same_seed_gives_the_same_weights() {
        let (x, y) = toy(3, 200);
        let (xv, yv) = toy(4, 50);
        let cfg = TrainConfig { hidden: 8, max_epochs: 20, ..Default::default() };
        let a = train_multilabel(&x, &y, &xv, &yv, &cfg).unwrap().0;
        let b = train_multilabel(&x, &y, &xv, &yv, &cfg).unwrap().0;
        let c = train_multilabel(&x, &y, &xv, &yv, &TrainConfig { seed: 8, ..cfg }).unwrap().0;
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn without_validation_examples_training_runs_the_given_epochs_and_keeps_the_last() {
        let (x, y) = toy(3, 200);
        let (xv, yv) = toy(4, 50);
        let cfg = TrainConfig { hidden: 8, max_epochs: 40, patience: 5, ..Default::default() };
        let (chosen, report) = train_multilabel(&x, &y, &xv, &yv, &cfg).unwrap();
        assert!(report.validation_loss.is_some());
        // Validation draws nothing from the seed's stream, so training the chosen epoch count without
        // it gives the chosen epoch's weights, bit for bit.
        let refit = TrainConfig { max_epochs: report.best_epoch, ..cfg };
        let (again, refit_report) = train_multilabel(&x, &y, &[], &[], &refit).unwrap();
        assert_eq!(again, chosen);
        assert_eq!(refit_report.epochs, report.best_epoch);
        assert_eq!(refit_report.best_epoch, report.best_epoch);
        assert_eq!(refit_report.validation_loss, None);
        let one_more = TrainConfig { max_epochs: report.best_epoch + 1, ..cfg };
        assert_ne!(train_multilabel(&x, &y, &[], &[], &one_more).unwrap().0, chosen);
    }

    #[test]
    fn the_weighted_loss_gradient_matches_finite_differences() {
        for (z, y, w) in [(0.3f32, 1.0f32, 3.0f32), (-1.2, 0.0, 2.0), (2.0, 1.0, 1.0)] {
            let s = sigmoid(z);
            let analytic = s * (w * y + 1.0 - y) - w * y;
            let eps = 1e-3;
            let numeric = (bce(z + eps, y, w) - bce(z - eps, y, w)) / (2.0 * eps);
            assert!((analytic - numeric).abs() < 1e-3, "{analytic} vs {numeric}");
        }
    }
}

#[cfg(test)]
mod wide_tests {
    use super::*;

    /// Heads trained with different seeds, averaged into one: its logits are the mean of theirs.
    #[test]
    fn an_averaged_head_gives_the_mean_of_the_heads_logits() {
        let mut rng = Rng::new(9);
        let dense: Vec<Vec<f32>> = (0..200).map(|_| (0..4).map(|_| rng.unit()).collect()).collect();
        let sparse: Vec<Vec<(i64, f32)>> = (0..200).map(|i| vec![(1 + (i % 7) as i64, 1.0)]).collect();
        let labels: Vec<Vec<f32>> =
            dense.iter().map(|v| vec![(v[0] > 0.5) as i32 as f32, (v[1] > v[2]) as i32 as f32]).collect();
        let ex = Examples { dense: &dense, sparse: Some(&sparse), labels: &labels, weights: None };
        let heads: Vec<ClassifierHead> = (0..3)
            .map(|seed| {
                let cfg = TrainConfig { hidden: 6, max_epochs: 10, seed, ..Default::default() };
                train_classifier(ex, ex, Some(16), &cfg).unwrap().0
            })
            .collect();
        let avg = ClassifierHead::average(&heads).unwrap();
        assert_eq!(avg.deep.layers[0].output, 18);
        for (x, s) in dense.iter().zip(&sparse).take(20) {
            let want: Vec<f32> =
                (0..2).map(|o| heads.iter().map(|h| h.logits(x, s)[o]).sum::<f32>() / 3.0).collect();
            for (a, b) in avg.logits(x, s).iter().zip(&want) {
                assert!((a - b).abs() < 1e-5, "{a} vs {b}");
            }
        }
        // Heads of different shapes are refused.
        let other = TrainConfig { hidden: 6, max_epochs: 2, ..Default::default() };
        let narrow = train_classifier(ex, ex, Some(8), &other).unwrap().0;
        assert!(ClassifierHead::average(&[heads[0].clone(), narrow]).is_err());
        assert!(ClassifierHead::average(&[]).is_err());
    }

    /// Two heads of different widths and output counts served as one: its logits are theirs, in order.
    #[test]
    fn concatenated_heads_give_each_heads_logits_in_order() {
        let mut rng = Rng::new(4);
        let dense: Vec<Vec<f32>> = (0..120).map(|_| (0..4).map(|_| rng.unit()).collect()).collect();
        let sparse: Vec<Vec<(i64, f32)>> = (0..120).map(|i| vec![(1 + (i % 5) as i64, 0.7)]).collect();
        let two: Vec<Vec<f32>> =
            dense.iter().map(|v| vec![(v[0] > 0.5) as i32 as f32, (v[1] > v[2]) as i32 as f32]).collect();
        let one: Vec<Vec<f32>> = dense.iter().map(|v| vec![(v[3] > 0.4) as i32 as f32]).collect();
        let train = |labels: &[Vec<f32>], hidden: usize, buckets: usize| {
            let ex = Examples { dense: &dense, sparse: Some(&sparse), labels, weights: None };
            let cfg = TrainConfig { hidden, max_epochs: 8, ..Default::default() };
            train_classifier(ex, ex, Some(buckets), &cfg).unwrap().0
        };
        let (a, b) = (train(&two, 6, 16), train(&one, 3, 16));
        let both = ClassifierHead::concat(&[a.clone(), b.clone()]).unwrap();
        assert_eq!((both.deep.layers[0].output, both.output_size()), (9, 3));
        for (x, s) in dense.iter().zip(&sparse).take(20) {
            let want: Vec<f32> = a.logits(x, s).into_iter().chain(b.logits(x, s)).collect();
            for (got, want) in both.logits(x, s).iter().zip(&want) {
                assert!((got - want).abs() < 1e-5, "{got} vs {want}");
            }
        }
        // Heads over different n-gram tables, or none at all, are refused.
        assert!(ClassifierHead::concat(&[a, train(&one, 3, 8)]).is_err());
        assert!(ClassifierHead::concat(&[]).is_err());
    }

    /// The label is decided by one sparse feature the dense features know nothing of.
    #[test]
    fn the_wide_part_learns_from_sparse_features() {
        let mut rng = Rng::new(5);
        let mut dense = Vec::new();
        let mut sparse = Vec::new();
        let mut labels = Vec::new();
        for i in 0..400 {
            dense.push((0..4).map(|_| rng.unit()).collect::<Vec<f32>>());
            let hot = i % 3 == 0;
            sparse.push(vec![(if hot { 7 } else { 9 }, 1.0), (11, 0.5)]);
            labels.push(vec![hot as i32 as f32]);
        }
        let cfg = TrainConfig { hidden: 8, max_epochs: 60, dropout: 0.0, patience: 60, ..Default::default() };
        let ex = Examples { dense: &dense, sparse: Some(&sparse), labels: &labels, weights: None };
        let (head, _) = train_classifier(ex, ex, Some(16), &cfg).unwrap();
        let w = head.wide.as_ref().unwrap();
        assert!(w.weight[..w.outputs].iter().all(|&x| x == 0.0), "the padding row stays zero");
        assert!(head.forward(&dense[0], &sparse[0])[0] > 0.9);
        assert!(head.forward(&dense[1], &sparse[1])[0] < 0.1);
    }
}

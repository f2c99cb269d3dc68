//! The dynamic batcher: requests from many callers become batches for a model's workers, each worker a
//! dedicated OS thread that owns one backend instance.
//!
//! Semantics (see DESIGN.md, "Batching"):
//! - a request goes to an idle worker at once: a lone request never waits for company;
//! - while every worker is busy, requests gather; when a worker frees up, the batch closes when it
//!   reaches `max_batch_size` or when the *oldest* queued request has waited `max_batch_delay`
//!   (the clock starts at that request's arrival, not when a worker picks it up);
//! - the queue is bounded, and a full queue refuses a request at once ([`Error::Overloaded`]);
//! - a request whose caller has gone (its [`Ticket`] dropped) is skipped before inference, and one whose
//!   deadline has passed is answered with [`Error::DeadlineExceeded`] without being computed.

use std::collections::VecDeque;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use crate::{Error, Result};

/// Batching parameters of one model.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BatchConfig {
    /// Largest batch handed to a worker.
    pub max_batch_size: usize,
    /// Longest a queued request waits for company once a worker is free, from its arrival.
    #[serde(with = "duration_micros")]
    pub max_batch_delay: Duration,
    /// Requests that may wait in the queue; one more is refused.
    pub queue_capacity: usize,
    /// Whether requests whose tensors differ in shape share a batch, zero-padded to the largest
    /// (`true`), or only requests of identical shapes are batched together, so that a request's result
    /// never depends on what else was queued (`false`; for models whose output padding would change).
    #[serde(default = "yes")]
    pub mixed_shapes: bool,
}

fn yes() -> bool {
    true
}

impl Default for BatchConfig {
    fn default() -> Self {
        BatchConfig {
            max_batch_size: 32,
            max_batch_delay: Duration::from_millis(5),
            queue_capacity: 1024,
            mixed_shapes: true,
        }
    }
}

mod duration_micros {
    use std::time::Duration;

    pub fn serialize<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(d.as_micros() as u64)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let micros: u64 = serde::Deserialize::deserialize(d)?;
        Ok(Duration::from_micros(micros))
    }
}

/// Computes batches. One runner per worker thread; it may hold engine state.
pub trait BatchRunner: Send + 'static {
    type Input: Send + 'static;
    type Output: Send + 'static;

    /// Runs one batch and returns one result per input, in the same order.
    fn run_batch(&mut self, inputs: Vec<Self::Input>) -> Vec<Result<Self::Output>>;
}

/// Timing of one request through the batcher, returned with its result.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timing {
    /// From arrival to the start of its batch.
    pub queue: Duration,
    /// The batch's compute time.
    pub inference: Duration,
    /// Size of the batch it ran in.
    pub batch_size: usize,
}

/// Counters a batcher keeps about itself.
#[derive(Debug, Default)]
pub struct BatchStats {
    pub batches: AtomicU64,
    pub computed: AtomicU64,
    pub cancelled: AtomicU64,
    pub expired: AtomicU64,
    pub refused: AtomicU64,
}

struct Job<I, O> {
    input: I,
    arrived: Instant,
    deadline: Option<Instant>,
    reply: oneshot::Sender<Result<(O, Timing)>>,
}

struct State<I, O> {
    queue: VecDeque<Job<I, O>>,
    idle: usize,
    busy: usize,
    closed: bool,
}

struct Shared<I, O> {
    name: String,
    /// `model` and `version` metric labels.
    labels: [(&'static str, String); 2],
    config: BatchConfig,
    state: Mutex<State<I, O>>,
    /// Workers with nothing to do wait here.
    idle_cv: Condvar,
    /// Workers gathering a batch wait here.
    gather_cv: Condvar,
    stats: BatchStats,
}

impl<I, O> Shared<I, O> {
    fn lock(&self) -> MutexGuard<'_, State<I, O>> {
        // A poisoned lock only means a thread panicked while holding it; the queue itself is intact.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The answer to a submitted request. Dropping it cancels the request if it has not started.
#[derive(Debug)]
pub struct Ticket<O> {
    rx: oneshot::Receiver<Result<(O, Timing)>>,
    model: String,
}

impl<O> Ticket<O> {
    /// Waits for the result on an async runtime.
    pub async fn wait(self) -> Result<(O, Timing)> {
        self.rx.await.unwrap_or(Err(Error::WorkerLost(self.model)))
    }

    /// Waits for the result on a plain thread (not on an async runtime's worker).
    pub fn wait_blocking(self) -> Result<(O, Timing)> {
        self.rx.blocking_recv().unwrap_or(Err(Error::WorkerLost(self.model)))
    }
}

/// A model's queue and its worker threads.
pub struct Batcher<I: Send + 'static, O: Send + 'static> {
    shared: Arc<Shared<I, O>>,
    threads: Mutex<Vec<JoinHandle<()>>>,
}

impl<I: Send + 'static, O: Send + 'static> Batcher<I, O> {
    /// Starts one worker thread per runner.
    pub fn start<R>(name: &str, config: BatchConfig, runners: Vec<R>) -> Result<Self>
    where
        R: BatchRunner<Input = I, Output = O>,
    {
        if runners.is_empty() || config.max_batch_size == 0 {
            return Err(Error::InvalidInput(
                "a batcher needs at least one worker and a batch size of 1 or more".into(),
            ));
        }
        let (model, version) = name.split_once('@').unwrap_or((name, ""));
        let labels = [("model", model.to_string()), ("version", version.to_string())];
        metrics::gauge!("adscreen_workers", &labels).set(runners.len() as f64);
        let shared = Arc::new(Shared {
            name: name.to_string(),
            labels,
            config,
            state: Mutex::new(State { queue: VecDeque::new(), idle: 0, busy: 0, closed: false }),
            idle_cv: Condvar::new(),
            gather_cv: Condvar::new(),
            stats: BatchStats::default(),
        });
        let mut threads = Vec::with_capacity(runners.len());
        for (i, runner) in runners.into_iter().enumerate() {
            let shared = shared.clone();
            let handle = std::thread::Builder::new()
                .name(format!("{name}-w{i}"))
                .spawn(move || worker(&shared, runner))
                .map_err(Error::Io)?;
            threads.push(handle);
        }
        Ok(Batcher { shared, threads: Mutex::new(threads) })
    }

    /// Queues a request. Refuses at once when the queue is full or the batcher is closed.
    pub fn submit(&self, input: I, deadline: Option<Instant>) -> Result<Ticket<O>> {
        let (tx, rx) = oneshot::channel();
        let mut st = self.shared.lock();
        if st.closed {
            return Err(Error::ShuttingDown(self.shared.name.clone()));
        }
        if st.queue.len() >= self.shared.config.queue_capacity {
            self.shared.stats.refused.fetch_add(1, Ordering::Relaxed);
            metrics::counter!("adscreen_batcher_requests_total", &self.labels_with("outcome", "refused"))
                .increment(1);
            return Err(Error::Overloaded {
                model: self.shared.name.clone(),
                capacity: self.shared.config.queue_capacity,
                retry_after: self.shared.config.max_batch_delay.max(Duration::from_secs(1)),
            });
        }
        st.queue.push_back(Job { input, arrived: Instant::now(), deadline, reply: tx });
        metrics::gauge!("adscreen_queue_depth", &self.shared.labels).set(st.queue.len() as f64);
        let full = st.queue.len() >= self.shared.config.max_batch_size;
        let idle = st.idle > 0;
        drop(st);
        if idle {
            self.shared.idle_cv.notify_one();
        }
        if full {
            self.shared.gather_cv.notify_all();
        }
        Ok(Ticket { rx, model: self.shared.name.clone() })
    }

    fn labels_with(&self, key: &'static str, value: &'static str) -> Vec<(&'static str, String)> {
        let mut l = self.shared.labels.to_vec();
        l.push((key, value.to_string()));
        l
    }

    /// Requests waiting in the queue now.
    pub fn queue_depth(&self) -> usize {
        self.shared.lock().queue.len()
    }

    /// Workers computing a batch now.
    pub fn busy_workers(&self) -> usize {
        self.shared.lock().busy
    }

    pub fn workers(&self) -> usize {
        self.threads.lock().map(|t| t.len()).unwrap_or(0)
    }

    pub fn config(&self) -> &BatchConfig {
        &self.shared.config
    }

    pub fn stats(&self) -> &BatchStats {
        &self.shared.stats
    }

    /// Stops accepting requests, lets the workers finish what is queued, and joins them.
    pub fn shutdown(&self) {
        self.shared.lock().closed = true;
        metrics::gauge!("adscreen_workers", &self.shared.labels).set(0.0);
        self.shared.idle_cv.notify_all();
        self.shared.gather_cv.notify_all();
        let threads = std::mem::take(&mut *self.threads.lock().unwrap_or_else(|p| p.into_inner()));
        for t in threads {
            let _ = t.join();
        }
    }
}

impl<I: Send + 'static, O: Send + 'static> Drop for Batcher<I, O> {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn worker<R: BatchRunner>(shared: &Shared<R::Input, R::Output>, mut runner: R) {
    let max = shared.config.max_batch_size;
    loop {
        let mut st = shared.lock();
        let from_idle = st.queue.is_empty();
        if from_idle {
            st.idle += 1;
            while st.queue.is_empty() && !st.closed {
                st = shared.idle_cv.wait(st).unwrap_or_else(|p| p.into_inner());
            }
            st.idle -= 1;
            if st.queue.is_empty() {
                return; // closed and drained
            }
        } else {
            // Work arrived while every worker was busy: gather until the batch is full or the oldest
            // request has waited max_batch_delay since it arrived.
            while !st.closed && st.queue.len() < max {
                let Some(oldest) = st.queue.front() else { break };
                let close_at = oldest.arrived + shared.config.max_batch_delay;
                let now = Instant::now();
                if now >= close_at {
                    break;
                }
                st = shared.gather_cv.wait_timeout(st, close_at - now).unwrap_or_else(|p| p.into_inner()).0;
            }
            if st.queue.is_empty() {
                continue; // another worker took them
            }
        }
        let take = st.queue.len().min(max);
        let jobs: Vec<_> = st.queue.drain(..take).collect();
        metrics::gauge!("adscreen_queue_depth", &shared.labels).set(st.queue.len() as f64);
        st.busy += 1;
        drop(st);
        run_jobs(shared, &mut runner, jobs);
        shared.lock().busy -= 1;
    }
}

fn run_jobs<R: BatchRunner>(
    shared: &Shared<R::Input, R::Output>,
    runner: &mut R,
    jobs: Vec<Job<R::Input, R::Output>>,
) {
    let start = Instant::now();
    let mut inputs = Vec::with_capacity(jobs.len());
    let mut live = Vec::with_capacity(jobs.len());
    let count = |outcome: &'static str| {
        let mut l = shared.labels.to_vec();
        l.push(("outcome", outcome.to_string()));
        metrics::counter!("adscreen_batcher_requests_total", &l).increment(1);
    };
    for job in jobs {
        if job.reply.is_closed() {
            shared.stats.cancelled.fetch_add(1, Ordering::Relaxed);
            count("cancelled");
        } else if job.deadline.is_some_and(|d| d <= start) {
            shared.stats.expired.fetch_add(1, Ordering::Relaxed);
            count("expired");
            let _ = job.reply.send(Err(Error::DeadlineExceeded));
        } else {
            inputs.push(job.input);
            live.push((job.arrived, job.reply));
        }
    }
    if live.is_empty() {
        return;
    }
    let n = live.len();
    let results = std::panic::catch_unwind(AssertUnwindSafe(|| runner.run_batch(inputs)));
    let inference = start.elapsed();
    shared.stats.batches.fetch_add(1, Ordering::Relaxed);
    shared.stats.computed.fetch_add(n as u64, Ordering::Relaxed);
    metrics::histogram!("adscreen_batch_size", &shared.labels).record(n as f64);
    for _ in 0..n {
        count("computed");
        metrics::histogram!("adscreen_inference_duration_seconds", &shared.labels)
            .record(inference.as_secs_f64());
    }
    for (arrived, _) in &live {
        metrics::histogram!("adscreen_queue_duration_seconds", &shared.labels)
            .record(start.duration_since(*arrived).as_secs_f64());
    }
    match results {
        Ok(results) if results.len() == n => {
            for ((arrived, reply), result) in live.into_iter().zip(results) {
                let timing = Timing { queue: start.duration_since(arrived), inference, batch_size: n };
                let _ = reply.send(result.map(|o| (o, timing)));
            }
        }
        Ok(results) => {
            tracing::error!(model = %shared.name, expected = n, got = results.len(), "runner returned the wrong number of results");
            for (_, reply) in live {
                let _ = reply.send(Err(Error::WorkerLost(shared.name.clone())));
            }
        }
        Err(_) => {
            tracing::error!(model = %shared.name, "a batch panicked; its requests fail, the worker goes on");
            for (_, reply) in live {
                let _ = reply.send(Err(Error::WorkerLost(shared.name.clone())));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// Doubles its input after sleeping; records every batch size.
    struct Slow {
        delay: Duration,
        sizes: Arc<Mutex<Vec<usize>>>,
        seen: Arc<Mutex<Vec<u64>>>,
    }

    impl BatchRunner for Slow {
        type Input = u64;
        type Output = u64;
        fn run_batch(&mut self, inputs: Vec<u64>) -> Vec<Result<u64>> {
            self.sizes.lock().unwrap().push(inputs.len());
            self.seen.lock().unwrap().extend(&inputs);
            std::thread::sleep(self.delay);
            inputs.into_iter().map(|x| Ok(x * 2)).collect()
        }
    }

    type Log<T> = Arc<Mutex<Vec<T>>>;

    fn slow(delay_ms: u64) -> (Slow, Log<usize>, Log<u64>) {
        let sizes = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::new(Mutex::new(Vec::new()));
        (
            Slow { delay: Duration::from_millis(delay_ms), sizes: sizes.clone(), seen: seen.clone() },
            sizes,
            seen,
        )
    }

    fn config(max: usize, delay_ms: u64, cap: usize) -> BatchConfig {
        BatchConfig {
            max_batch_size: max,
            max_batch_delay: Duration::from_millis(delay_ms),
            queue_capacity: cap,
            mixed_shapes: true,
        }
    }

    #[test]
    fn a_lone_request_to_an_idle_model_does_not_wait_for_the_delay() {
        let (r, _, _) = slow(0);
        // A delay of 10 s would be unmissable if the lone request waited for it.
        let b = Batcher::start("m", config(8, 10_000, 16), vec![r]).unwrap();
        std::thread::sleep(Duration::from_millis(20)); // let the worker go idle
        let t0 = Instant::now();
        let (out, timing) = b.submit(21, None).unwrap().wait_blocking().unwrap();
        assert_eq!(out, 42);
        assert!(t0.elapsed() < Duration::from_secs(5), "waited {:?}", t0.elapsed());
        assert!(timing.queue < Duration::from_secs(5));
        assert_eq!(timing.batch_size, 1);
    }

    #[test]
    fn requests_gather_while_the_worker_is_busy_and_close_at_max_batch_size() {
        let (r, sizes, _) = slow(200);
        let b = Batcher::start("m", config(4, 10_000, 64), vec![r]).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let first = b.submit(0, None).unwrap(); // occupies the worker for 200 ms
        std::thread::sleep(Duration::from_millis(30));
        let rest: Vec<_> = (1..=8).map(|i| b.submit(i, None).unwrap()).collect();
        first.wait_blocking().unwrap();
        for t in rest {
            t.wait_blocking().unwrap();
        }
        // With a 10 s delay only a full batch can close before the timeout: two batches of 4.
        assert_eq!(*sizes.lock().unwrap(), vec![1, 4, 4]);
    }

    #[test]
    fn no_request_waits_longer_than_the_delay_plus_the_batch_in_progress() {
        let (r, sizes, _) = slow(100);
        let b = Batcher::start("m", config(32, 50, 64), vec![r]).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let first = b.submit(0, None).unwrap();
        std::thread::sleep(Duration::from_millis(10));
        let t = b.submit(1, None).unwrap();
        let (_, timing) = t.wait_blocking().unwrap();
        first.wait_blocking().unwrap();
        // Batch in progress (100 ms) plus the delay (50 ms), with scheduling slack; the batch was not full.
        assert!(timing.queue <= Duration::from_millis(100 + 50 + 250), "queued {:?}", timing.queue);
        assert!(timing.queue >= Duration::from_millis(50), "closed before the delay: {:?}", timing.queue);
        assert_eq!(*sizes.lock().unwrap(), vec![1, 1]);
    }

    #[test]
    fn a_full_queue_is_refused_immediately() {
        let (r, _, _) = slow(300);
        let b = Batcher::start("m", config(1, 0, 2), vec![r]).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let _busy = b.submit(0, None).unwrap();
        std::thread::sleep(Duration::from_millis(30));
        let _q1 = b.submit(1, None).unwrap();
        let _q2 = b.submit(2, None).unwrap();
        let t0 = Instant::now();
        let err = b.submit(3, None).unwrap_err();
        assert!(matches!(err, Error::Overloaded { capacity: 2, .. }), "{err}");
        assert!(t0.elapsed() < Duration::from_millis(100));
        assert_eq!(b.stats().refused.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_cancelled_request_is_not_computed() {
        let (r, _, seen) = slow(150);
        let b = Batcher::start("m", config(8, 0, 16), vec![r]).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let busy = b.submit(1, None).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let gone = b.submit(99, None).unwrap();
        let kept = b.submit(3, None).unwrap();
        drop(gone); // the caller goes away while its request is queued
        busy.wait_blocking().unwrap();
        assert_eq!(kept.wait_blocking().unwrap().0, 6);
        assert!(
            !seen.lock().unwrap().contains(&99),
            "cancelled input was computed: {:?}",
            seen.lock().unwrap()
        );
        assert_eq!(b.stats().cancelled.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn an_expired_deadline_is_answered_without_computing() {
        let (r, _, seen) = slow(150);
        let b = Batcher::start("m", config(8, 0, 16), vec![r]).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let busy = b.submit(1, None).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let late = b.submit(77, Some(Instant::now() + Duration::from_millis(10))).unwrap();
        busy.wait_blocking().unwrap();
        assert!(matches!(late.wait_blocking(), Err(Error::DeadlineExceeded)));
        assert!(!seen.lock().unwrap().contains(&77));
    }

    #[test]
    fn results_return_to_the_right_caller_under_concurrency() {
        use rand::{Rng, SeedableRng};
        struct Echo;
        impl BatchRunner for Echo {
            type Input = Vec<u32>;
            type Output = u64;
            fn run_batch(&mut self, inputs: Vec<Vec<u32>>) -> Vec<Result<u64>> {
                inputs
                    .iter()
                    .map(|v| Ok(v.iter().map(|&x| x as u64).sum::<u64>() * 3 + v.len() as u64))
                    .collect()
            }
        }
        let b = Arc::new(Batcher::start("m", config(16, 2, 10_000), vec![Echo, Echo, Echo]).unwrap());
        let wrong = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..300u64)
            .map(|caller| {
                let b = b.clone();
                let wrong = wrong.clone();
                std::thread::spawn(move || {
                    let mut rng = rand::rngs::StdRng::seed_from_u64(caller);
                    for _ in 0..5 {
                        let len = rng.random_range(0..40);
                        let v: Vec<u32> = (0..len).map(|_| rng.random_range(0..1000)).collect();
                        let want = v.iter().map(|&x| x as u64).sum::<u64>() * 3 + v.len() as u64;
                        let (got, _) = b.submit(v, None).unwrap().wait_blocking().unwrap();
                        if got != want {
                            wrong.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(wrong.load(Ordering::Relaxed), 0);
        assert_eq!(b.stats().computed.load(Ordering::Relaxed), 1500);
        assert!(b.stats().batches.load(Ordering::Relaxed) < 1500, "no batching happened at all");
    }

    #[test]
    fn a_panicking_batch_fails_its_requests_and_the_worker_survives() {
        struct Picky;
        impl BatchRunner for Picky {
            type Input = u32;
            type Output = u32;
            fn run_batch(&mut self, inputs: Vec<u32>) -> Vec<Result<u32>> {
                assert!(!inputs.contains(&13), "unlucky");
                inputs.into_iter().map(Ok).collect()
            }
        }
        let b = Batcher::start("m", config(1, 0, 8), vec![Picky]).unwrap();
        assert!(matches!(b.submit(13, None).unwrap().wait_blocking(), Err(Error::WorkerLost(_))));
        assert_eq!(b.submit(7, None).unwrap().wait_blocking().unwrap().0, 7);
    }

    #[test]
    fn shutdown_finishes_queued_work_and_refuses_new_work() {
        let (r, _, _) = slow(50);
        let b = Batcher::start("m", config(1, 0, 8), vec![r]).unwrap();
        let tickets: Vec<_> = (0..3).map(|i| b.submit(i, None).unwrap()).collect();
        b.shutdown();
        for t in tickets {
            assert!(t.wait_blocking().is_ok());
        }
        assert!(matches!(b.submit(1, None), Err(Error::ShuttingDown(_))));
    }
}

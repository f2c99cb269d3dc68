//! The batcher's own overhead per request, with a runner that does no work: the cost of queueing,
//! waking a worker, forming the batch and answering over a oneshot channel.

use std::hint::black_box;

use adscreen_runtime::Result;
use adscreen_runtime::batcher::{BatchConfig, BatchRunner, Batcher};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

struct Trivial;

impl BatchRunner for Trivial {
    type Input = u64;
    type Output = u64;
    fn run_batch(&mut self, inputs: Vec<u64>) -> Vec<Result<u64>> {
        inputs.into_iter().map(|x| Ok(x + 1)).collect()
    }
}

fn bench(c: &mut Criterion) {
    let config = BatchConfig {
        max_batch_size: 32,
        max_batch_delay: std::time::Duration::ZERO,
        queue_capacity: 1 << 16,
        mixed_shapes: true,
    };
    let mut group = c.benchmark_group("batcher_overhead");
    let b = Batcher::start("bench", config, vec![Trivial]).unwrap();
    group.throughput(Throughput::Elements(1));
    group.bench_function("lone_request_round_trip", |bench| {
        bench.iter(|| black_box(b.submit(black_box(1), None).unwrap().wait_blocking().unwrap()));
    });
    for n in [32u64, 256] {
        group.throughput(Throughput::Elements(n));
        group.bench_function(format!("burst_of_{n}"), |bench| {
            bench.iter(|| {
                let tickets: Vec<_> = (0..n).map(|i| b.submit(i, None).unwrap()).collect();
                for t in tickets {
                    black_box(t.wait_blocking().unwrap());
                }
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Flash analysis throughput on 1280x720 frames: grid reduction (linear light, luminance, saturated
//! red) and both trackers, per frame.

use adscreen_screening::rules::flashing::{FlashAnalyzer, FlashConfig};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use image::RgbImage;

fn bench(c: &mut Criterion) {
    // Two busy 1280x720 frames (gradients and noise-like texture) alternating.
    let frame = |k: u32| {
        RgbImage::from_fn(1280, 720, |x, y| {
            let v = ((x * 7 + y * 13 + k * 97) % 251) as u8;
            image::Rgb([v, v.wrapping_mul(3), 255 - v])
        })
    };
    let frames = [frame(0), frame(1)];
    let mut group = c.benchmark_group("flash_analysis_1280x720");
    group.throughput(Throughput::Elements(60));
    group.bench_function("60_frames", |b| {
        b.iter(|| {
            let mut a = FlashAnalyzer::new(FlashConfig::default());
            for i in 0..60 {
                a.push(i as f64 * 1000.0 / 30.0, i, &frames[i % 2]);
            }
            a.finish(None, None)
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! JPEG decoding: `imaging::jpeg` (bit-exact with libjpeg-turbo) against the `image` crate's decoder
//! (zune-jpeg) on committed fixtures: a 1000x1000 4:2:0 photo-like image, a 1024x683 4:4:4 one and a
//! 600x800 progressive one. Both produce RGB pixels.

use adscreen_runtime::imaging::jpeg;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/images");
    let mut group = c.benchmark_group("jpeg_decode");
    group.sample_size(20);
    for (name, file) in [
        ("1000x1000_420", "flesh_gradient_1000x1000.jpg"),
        ("1024x683_444", "skin_blobs_1024x683_444.jpg"),
        ("600x800_progressive", "shaded_body_600x800_progressive.jpg"),
    ] {
        let bytes = std::fs::read(format!("{dir}/{file}")).unwrap();
        let (w, h) = image::load_from_memory(&bytes).unwrap().to_rgb8().dimensions();
        // Elements are pixels.
        group.throughput(Throughput::Elements(w as u64 * h as u64));
        group.bench_function(format!("adscreen/{name}"), |b| {
            b.iter(|| jpeg::decode(&bytes, 1 << 26, 1 << 30).unwrap());
        });
        group.bench_function(format!("image_crate/{name}"), |b| {
            b.iter(|| image::load_from_memory(&bytes).unwrap().to_rgb8());
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

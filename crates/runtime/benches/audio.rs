//! Audio analysis throughput: decoding and BS.1770 measurement (integrated, range, 4x oversampled
//! true peak) of 60 s of 48 kHz stereo, as 16-bit WAV.

use adscreen_runtime::media::MediaLimits;
use adscreen_runtime::media::audio::{measure, sine, wav_bytes};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let wav = wav_bytes(&sine(997.0, -20.0, 60.0, 2, 48_000), 2, 48_000);
    let mut group = c.benchmark_group("audio_analysis");
    group.sample_size(10);
    // Elements are seconds of audio.
    group.throughput(Throughput::Elements(60));
    group.bench_function("wav_60s_stereo_48k", |b| {
        b.iter(|| measure(&wav, Some("wav"), &MediaLimits::default()).unwrap());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

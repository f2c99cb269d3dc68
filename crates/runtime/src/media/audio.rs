//! Audio decoded with symphonia (WAV, MP3, AAC, FLAC, Ogg Vorbis, the audio of MP4/MOV and Matroska)
//! and measured block by block per ITU-R BS.1770-4 / EBU R 128 with `ebur128`: integrated loudness,
//! loudness range and true peak. Memory does not grow with duration.

use std::io::Cursor;

use serde::Serialize;
use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::{CODEC_TYPE_NULL, DecoderOptions};
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

use super::{MediaError, MediaLimits};

/// What the loudness meter measured.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Loudness {
    /// Integrated (programme) loudness, LUFS; `None` when everything is below the absolute gate
    /// (-70 LUFS), i.e. silence.
    pub integrated_lufs: Option<f64>,
    /// Loudness range, LU.
    pub range_lu: Option<f64>,
    /// Highest true peak over the channels, dBTP (4x oversampled).
    pub true_peak_dbtp: f64,
    /// Highest sample peak, dBFS.
    pub sample_peak_dbfs: f64,
    pub seconds: f64,
    pub channels: usize,
    pub sample_rate: u32,
    pub codec: String,
}

fn db(linear: f64) -> f64 {
    if linear > 0.0 { 20.0 * linear.log10() } else { f64::NEG_INFINITY }
}

fn corrupt(e: impl std::fmt::Display) -> MediaError {
    MediaError::Corrupt { format: "audio", reason: e.to_string() }
}

/// Decodes the first audio track of `bytes` and measures it. `ext` (e.g. `"mp3"`) helps the probe;
/// the content decides. Longer than `limits.max_seconds` is refused, from the header when it says
/// so, else as soon as the decoder gets there.
pub fn measure(bytes: &[u8], ext: Option<&str>, limits: &MediaLimits) -> Result<Loudness, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty("audio"));
    }
    let mss = MediaSourceStream::new(Box::new(Cursor::new(bytes.to_vec())), Default::default());
    let mut hint = Hint::new();
    if let Some(e) = ext {
        hint.with_extension(e);
    }
    let probed = symphonia::default::get_probe()
        .format(&hint, mss, &FormatOptions::default(), &MetadataOptions::default())
        .map_err(|e| match e {
            SymError::Unsupported(_) => {
                MediaError::Unsupported("no audio container or codec recognised".into())
            }
            other => corrupt(other),
        })?;
    let mut format = probed.format;
    let track = format
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL && t.codec_params.sample_rate.is_some())
        .ok_or_else(|| MediaError::Unsupported("no audio track".into()))?
        .clone();
    let rate = track.codec_params.sample_rate.unwrap_or(0);
    if rate == 0 {
        return Err(corrupt("the audio track has no sample rate"));
    }
    if let Some(n) = track.codec_params.n_frames
        && n as f64 / rate as f64 > limits.max_seconds
    {
        return Err(MediaError::TooLarge(format!(
            "the audio is {:.0} s long, over the limit of {:.0} s",
            n as f64 / rate as f64,
            limits.max_seconds
        )));
    }
    let codec = symphonia::default::get_codecs()
        .get_codec(track.codec_params.codec)
        .map(|d| d.short_name.to_string())
        .unwrap_or_else(|| "unknown".into());
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|e| MediaError::Unsupported(format!("the {codec} codec: {e}")))?;
    let mut meter: Option<(ebur128::EbuR128, usize)> = None;
    let mut buf: Option<SampleBuffer<f32>> = None;
    let (mut frames, mut bad_packets, mut good_packets) = (0u64, 0usize, 0usize);
    let max_frames = (limits.max_seconds * rate as f64) as u64;
    loop {
        let packet = match format.next_packet() {
            Ok(p) => p,
            Err(SymError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(SymError::ResetRequired) => break,
            Err(e) => {
                // A container cut short: what was read so far is measured only if it is most of it.
                if good_packets == 0 {
                    return Err(corrupt(e));
                }
                return Err(corrupt(format!("{e} after {:.1} s", frames as f64 / rate as f64)));
            }
        };
        if packet.track_id() != track.id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(d) => d,
            Err(SymError::DecodeError(e)) => {
                bad_packets += 1;
                if bad_packets > 8 && bad_packets > good_packets / 10 {
                    return Err(corrupt(format!("{bad_packets} packets failed to decode: {e}")));
                }
                continue;
            }
            Err(e) => return Err(corrupt(e)),
        };
        good_packets += 1;
        let spec = *decoded.spec();
        let channels = spec.channels.count();
        if channels == 0 {
            return Err(corrupt("a packet without channels"));
        }
        let (m, ch) = match &mut meter {
            Some(m) => m,
            None => {
                let mode = ebur128::Mode::I
                    | ebur128::Mode::LRA
                    | ebur128::Mode::TRUE_PEAK
                    | ebur128::Mode::SAMPLE_PEAK;
                let m = ebur128::EbuR128::new(channels as u32, spec.rate, mode).map_err(corrupt)?;
                meter.insert((m, channels))
            }
        };
        if *ch != channels {
            return Err(corrupt("the channel count changes mid-stream"));
        }
        let sb = match &mut buf {
            Some(b) if b.capacity() >= decoded.capacity() * channels => b,
            _ => buf.insert(SampleBuffer::<f32>::new(decoded.capacity() as u64, spec)),
        };
        sb.copy_interleaved_ref(decoded);
        m.add_frames_f32(sb.samples()).map_err(corrupt)?;
        frames += (sb.samples().len() / channels) as u64;
        if frames > max_frames {
            return Err(MediaError::TooLarge(format!(
                "the audio is longer than the limit of {:.0} s",
                limits.max_seconds
            )));
        }
    }
    let Some((m, channels)) = meter else { return Err(MediaError::Empty("audio")) };
    if frames == 0 {
        return Err(MediaError::Empty("audio"));
    }
    let integrated = m.loudness_global().map_err(corrupt)?;
    let range = m.loudness_range().map_err(corrupt)?;
    let mut tp: f64 = 0.0;
    let mut sp: f64 = 0.0;
    for c in 0..channels as u32 {
        tp = tp.max(m.true_peak(c).map_err(corrupt)?);
        sp = sp.max(m.sample_peak(c).map_err(corrupt)?);
    }
    Ok(Loudness {
        integrated_lufs: integrated.is_finite().then_some(integrated),
        range_lu: range.is_finite().then_some(range),
        true_peak_dbtp: db(tp),
        sample_peak_dbfs: db(sp),
        seconds: frames as f64 / rate as f64,
        channels,
        sample_rate: rate,
        codec,
    })
}

/// A 16-bit PCM WAV file of interleaved samples in [-1, 1] (for tests and tools).
pub fn wav_bytes(samples: &[f32], channels: u16, rate: u32) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + samples.len() * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&channels.to_le_bytes());
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * channels as u32 * 2).to_le_bytes());
    out.extend_from_slice(&(channels * 2).to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&((s.clamp(-1.0, 1.0) * 32767.0).round() as i16).to_le_bytes());
    }
    out
}

/// A 32-bit float WAV file (WAVE_FORMAT_IEEE_FLOAT) of interleaved samples.
pub fn wav_f32_bytes(samples: &[f32], channels: u16, rate: u32) -> Vec<u8> {
    let data_len = (samples.len() * 4) as u32;
    let mut out = Vec::with_capacity(58 + samples.len() * 4);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(50 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&18u32.to_le_bytes());
    out.extend_from_slice(&3u16.to_le_bytes());
    out.extend_from_slice(&channels.to_le_bytes());
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * channels as u32 * 4).to_le_bytes());
    out.extend_from_slice(&(channels * 4).to_le_bytes());
    out.extend_from_slice(&32u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(b"fact");
    out.extend_from_slice(&4u32.to_le_bytes());
    out.extend_from_slice(&((samples.len() / channels as usize) as u32).to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

/// `seconds` of a sine at `freq` Hz and peak level `dbfs` in each of `channels`, interleaved.
pub fn sine(freq: f64, dbfs: f64, seconds: f64, channels: usize, rate: u32) -> Vec<f32> {
    let amp = 10f64.powf(dbfs / 20.0);
    let n = (seconds * rate as f64).round() as usize;
    let mut out = Vec::with_capacity(n * channels);
    for i in 0..n {
        let v = (amp * (2.0 * std::f64::consts::PI * freq * i as f64 / rate as f64).sin()) as f32;
        out.extend(std::iter::repeat_n(v, channels));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stereo_sine_at_minus_23_dbfs_measures_minus_23_lufs() {
        let wav = wav_f32_bytes(&sine(1000.0, -23.0, 20.0, 2, 48_000), 2, 48_000);
        let l = measure(&wav, Some("wav"), &MediaLimits::default()).unwrap();
        let i = l.integrated_lufs.unwrap();
        assert!((i + 23.0).abs() <= 0.1, "{i}");
        assert!((l.true_peak_dbtp + 23.0).abs() < 0.2, "{}", l.true_peak_dbtp);
        assert_eq!((l.channels, l.sample_rate), (2, 48_000));
        assert!((l.seconds - 20.0).abs() < 1e-6);
    }

    /// Stereo 1 kHz sine segments `(dBFS, seconds)` back to back, measured.
    fn segments(parts: &[(f64, f64)], channels: usize) -> Loudness {
        let mut samples = Vec::new();
        for &(level, seconds) in parts {
            samples.extend(sine(1000.0, level, seconds, channels, 48_000));
        }
        let wav = wav_f32_bytes(&samples, channels as u16, 48_000);
        measure(&wav, Some("wav"), &MediaLimits::default()).unwrap()
    }

    /// EBU Tech 3341 (V4) minimum-requirement cases 1 to 5 that can be synthesised: integrated
    /// loudness within +/- 0.1 LU.
    #[test]
    fn ebu_tech_3341_integrated_loudness_cases() {
        // (name, segments of (dBFS, seconds), expected LUFS)
        type Case = (&'static str, Vec<(f64, f64)>, f64);
        let cases: [Case; 5] = [
            ("case 1", vec![(-23.0, 20.0)], -23.0),
            ("case 2", vec![(-33.0, 20.0)], -33.0),
            ("case 3", vec![(-36.0, 10.0), (-23.0, 60.0), (-36.0, 10.0)], -23.0),
            (
                "case 4",
                vec![(-72.0, 10.0), (-36.0, 10.0), (-23.0, 60.0), (-36.0, 10.0), (-72.0, 10.0)],
                -23.0,
            ),
            ("case 5", vec![(-26.0, 20.0), (-20.0, 20.1), (-26.0, 20.0)], -23.0),
        ];
        for (name, parts, want) in cases {
            let got = segments(&parts, 2).integrated_lufs.unwrap();
            assert!((got - want).abs() <= 0.1, "{name}: {got} LUFS, want {want} +/- 0.1");
        }
    }

    /// BS.1770 channel weights in the WAV/SMPTE order L R C LFE Ls Rs: front channels 1.0, surrounds
    /// 1.41 (+1.5 dB), the LFE left out. A -20 dBFS sine alone in one channel.
    #[test]
    fn surround_channels_are_weighted_and_the_lfe_is_ignored() {
        let rate = 48_000u32;
        let n = 10 * rate as usize;
        let one_channel = |ch: usize| {
            let mut samples = vec![0f32; n * 6];
            for i in 0..n {
                let s = 0.1 * (2.0 * std::f64::consts::PI * 1000.0 * i as f64 / rate as f64).sin();
                samples[i * 6 + ch] = s as f32;
            }
            measure(&wav_f32_bytes(&samples, 6, rate), Some("wav"), &MediaLimits::default())
                .unwrap()
                .integrated_lufs
        };
        let centre = one_channel(2).unwrap();
        assert!((centre + 23.01).abs() <= 0.1, "centre {centre}");
        let surround = one_channel(4).unwrap();
        assert!((surround - centre - 1.49).abs() <= 0.05, "surround {surround} vs centre {centre}");
        assert_eq!(one_channel(3), None, "the LFE does not count");
    }

    /// EBU Tech 3342 loudness-range cases 1 to 3 (stereo 1 kHz sines, 20 s each level): +/- 1 LU.
    #[test]
    fn ebu_tech_3342_loudness_range_cases() {
        for (parts, want) in [
            (vec![(-20.0, 20.0), (-30.0, 20.0)], 10.0),
            (vec![(-20.0, 20.0), (-15.0, 20.0)], 5.0),
            (vec![(-40.0, 20.0), (-20.0, 20.0)], 20.0),
        ] {
            let got = segments(&parts, 2).range_lu.unwrap();
            assert!((got - want).abs() <= 1.0, "{parts:?}: LRA {got}, want {want} +/- 1");
        }
    }

    /// True peak between samples: a sine at a quarter of the sample rate, 45 degrees out of phase with
    /// the sampling, has sample peaks 3 dB below its true peak. EBU Tech 3341 allows +0.2 / -0.4 dB.
    #[test]
    fn true_peak_sees_between_the_samples() {
        let rate = 48_000u32;
        let amp = 0.5f64; // -6.02 dBFS
        let n = 5 * rate as usize;
        let mut samples = Vec::with_capacity(n * 2);
        for i in 0..n {
            let v =
                (amp * (std::f64::consts::FRAC_PI_2 * i as f64 + std::f64::consts::FRAC_PI_4).sin()) as f32;
            samples.extend([v, v]);
        }
        let got = measure(&wav_f32_bytes(&samples, 2, rate), Some("wav"), &MediaLimits::default()).unwrap();
        let want = 20.0 * amp.log10();
        assert!((got.sample_peak_dbfs - (want - 3.01)).abs() < 0.05, "{got:?}");
        assert!(got.true_peak_dbtp - want <= 0.2 && want - got.true_peak_dbtp <= 0.4, "{got:?}");
    }

    #[test]
    fn silence_empty_long_and_garbage_are_told_apart() {
        let limits = MediaLimits { max_seconds: 5.0, ..Default::default() };
        let silent = wav_bytes(&vec![0.0; 48_000 * 2], 2, 48_000);
        assert_eq!(measure(&silent, None, &limits).unwrap().integrated_lufs, None);
        assert_eq!(measure(&[], None, &limits).unwrap_err(), MediaError::Empty("audio"));
        let no_samples = wav_bytes(&[], 2, 48_000);
        assert!(
            matches!(measure(&no_samples, None, &limits), Err(MediaError::Empty(_))),
            "{:?}",
            measure(&no_samples, None, &limits)
        );
        let long = wav_bytes(&vec![0.0; 48_000 * 6], 1, 48_000);
        assert!(matches!(measure(&long, None, &limits), Err(MediaError::TooLarge(_))));
        assert!(matches!(
            measure(b"definitely not audio at all, not even close", None, &limits),
            Err(MediaError::Unsupported(_))
        ));
    }
}

//! Timed media: the frames of animated images (GIF, APNG, WebP, decoded in pure Rust) and of videos
//! (MP4, WebM, MOV, decoded by ffmpeg in a subprocess), and audio (WAV, MP3, AAC, FLAC, Vorbis, and the
//! audio track of MP4, decoded by symphonia) measured for loudness and true peak (`ebur128`).
//!
//! Every decoder works as a stream: frames are handed to the caller one at a time and dropped, audio is
//! measured block by block, so memory does not grow with duration. Limits on frames, pixels, duration
//! and wall time are enforced while decoding.

pub mod audio;
pub mod timeline;
pub mod video;

use std::io::Cursor;

use image::{AnimationDecoder, RgbImage};

pub use timeline::{Plays, Timeline};

/// Why timed media could not be read; every variant is the input's fault or a missing tool, never a
/// crash.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum MediaError {
    #[error("the {format} is corrupt or truncated: {reason}")]
    Corrupt { format: &'static str, reason: String },
    #[error("{0}")]
    TooLarge(String),
    #[error("not a format adscreen reads: {0}")]
    Unsupported(String),
    #[error("{0}")]
    Tool(String),
    #[error("the {0} has no samples")]
    Empty(&'static str),
}

/// Limits on one timed asset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MediaLimits {
    /// Frames decoded at most (an animation or video with more is not analysed frame by frame).
    pub max_frames: usize,
    /// Pixels per frame (canvas width x height).
    pub max_pixels: u64,
    /// Longest animation, video or audio analysed, in seconds.
    pub max_seconds: f64,
    /// Longest a video decode may run, in seconds of wall time.
    pub max_wall_seconds: f64,
    /// Frames are handed over scaled to fit this box (the 1024x768 rendering WCAG's field of view is
    /// defined on), never enlarged.
    pub frame_box: (u32, u32),
}

impl Default for MediaLimits {
    fn default() -> Self {
        MediaLimits {
            max_frames: 5_000,
            max_pixels: 16_000_000,
            max_seconds: 300.0,
            max_wall_seconds: 120.0,
            frame_box: (1024, 768),
        }
    }
}

/// One frame, as it is shown.
#[derive(Clone, Debug)]
pub struct Frame {
    pub index: usize,
    /// When it appears, from the start, in milliseconds.
    pub time_ms: f64,
    /// How long it stays, in milliseconds.
    pub duration_ms: f64,
    pub rgb: RgbImage,
}

/// The size a `w` x `h` frame is handed over at: scaled down to fit `bx`, aspect kept.
pub fn fit(w: u32, h: u32, bx: (u32, u32)) -> (u32, u32) {
    if w <= bx.0 && h <= bx.1 {
        return (w.max(1), h.max(1));
    }
    let s = (bx.0 as f64 / w as f64).min(bx.1 as f64 / h as f64);
    (((w as f64 * s).round() as u32).max(1), ((h as f64 * s).round() as u32).max(1))
}

/// Decodes the frames of an animated GIF, APNG or WebP whose timeline is `t`, calling `each` with every
/// frame composited on the canvas (alpha over white) in display order; `each` returns `false` to stop.
/// Decoding stops after `limits.max_frames` frames or `limits.max_seconds`; the count decoded is
/// returned, so the caller can tell a partial analysis from a full one.
pub fn animation_frames(
    bytes: &[u8],
    t: &Timeline,
    limits: &MediaLimits,
    mut each: impl FnMut(Frame) -> bool,
) -> Result<usize, MediaError> {
    let corrupt = |e: image::ImageError| MediaError::Corrupt { format: t.format, reason: e.to_string() };
    if t.width as u64 * t.height as u64 > limits.max_pixels {
        return Err(MediaError::TooLarge(format!(
            "the {} canvas is {}x{} pixels, over the limit of {}",
            t.format, t.width, t.height, limits.max_pixels
        )));
    }
    let mut l = image::Limits::default();
    l.max_image_width = Some(t.width.max(1));
    l.max_image_height = Some(t.height.max(1));
    l.max_alloc = Some(limits.max_pixels * 8);
    let frames: image::Frames<'_> = match t.format {
        "GIF" => {
            let mut d = image::codecs::gif::GifDecoder::new(Cursor::new(bytes)).map_err(corrupt)?;
            image::ImageDecoder::set_limits(&mut d, l).map_err(corrupt)?;
            d.into_frames()
        }
        "APNG" => {
            let mut d = image::codecs::png::PngDecoder::new(Cursor::new(bytes)).map_err(corrupt)?;
            image::ImageDecoder::set_limits(&mut d, l).map_err(corrupt)?;
            d.apng().map_err(corrupt)?.into_frames()
        }
        "WebP" => {
            let mut d = image::codecs::webp::WebPDecoder::new(Cursor::new(bytes)).map_err(corrupt)?;
            image::ImageDecoder::set_limits(&mut d, l).map_err(corrupt)?;
            d.into_frames()
        }
        other => return Err(MediaError::Unsupported(other.to_string())),
    };
    let (mut time, mut n) = (0f64, 0usize);
    for (index, frame) in frames.enumerate() {
        if index >= t.frames() || index >= limits.max_frames || time / 1000.0 > limits.max_seconds {
            break;
        }
        let frame = frame.map_err(corrupt)?;
        let rgba = frame.into_buffer();
        let rgb = crate::imaging::flatten_rgba(&rgba);
        let (w, h) = fit(rgb.width(), rgb.height(), limits.frame_box);
        let rgb = if (w, h) == rgb.dimensions() {
            rgb
        } else {
            image::imageops::resize(&rgb, w, h, image::imageops::FilterType::Triangle)
        };
        let duration_ms = t.delays_ms[index] as f64;
        n += 1;
        if !each(Frame { index, time_ms: time, duration_ms, rgb }) {
            break;
        }
        time += duration_ms;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_come_with_their_times_and_fit_the_box() {
        let mut out = Vec::new();
        {
            let mut enc = image::codecs::gif::GifEncoder::new(&mut out);
            let frames = (0..4).map(|i| {
                let v = if i % 2 == 0 { 0 } else { 255 };
                image::Frame::from_parts(
                    image::RgbaImage::from_pixel(200, 100, image::Rgba([v, v, v, 255])),
                    0,
                    0,
                    image::Delay::from_numer_denom_ms(250, 1),
                )
            });
            enc.encode_frames(frames).unwrap();
        }
        let t = timeline::read(&out, 100).unwrap().unwrap();
        let limits = MediaLimits { frame_box: (100, 100), ..Default::default() };
        let mut seen = Vec::new();
        let n = animation_frames(&out, &t, &limits, |f| {
            seen.push((f.index, f.time_ms, f.rgb.dimensions(), f.rgb.get_pixel(0, 0)[0]));
            true
        })
        .unwrap();
        assert_eq!(n, 4);
        assert_eq!(seen[1], (1, 250.0, (100, 50), 255));
        assert_eq!(seen[3].1, 750.0);
        // Stopping early is honoured; limits refuse before decoding.
        assert_eq!(animation_frames(&out, &t, &limits, |_| false).unwrap(), 1);
        let tight = MediaLimits { max_frames: 3, ..limits };
        assert_eq!(animation_frames(&out, &t, &tight, |_| true).unwrap(), 3);
        let small = MediaLimits { max_pixels: 100, ..limits };
        assert!(matches!(animation_frames(&out, &t, &small, |_| true), Err(MediaError::TooLarge(_))));
    }

    #[test]
    fn fitting_keeps_the_aspect_and_never_enlarges() {
        assert_eq!(fit(1280, 720, (1024, 768)), (1024, 576));
        assert_eq!(fit(300, 250, (1024, 768)), (300, 250));
        assert_eq!(fit(4000, 100, (1024, 768)), (1024, 26));
    }
}

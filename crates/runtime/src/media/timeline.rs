//! The timeline of an animated GIF, APNG or animated WebP read from its container without decoding a
//! pixel: frame count, each frame's delay, loop count and canvas size. Reading it costs microseconds
//! even for 100 000 frames, so duration and loop rules never depend on decoding everything.

use super::MediaError;

/// How often an animation plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Plays {
    /// Plays this many times in all (1: once, no repeat).
    Times(u32),
    Forever,
}

/// What an animated image's container says.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub format: &'static str,
    pub width: u32,
    pub height: u32,
    /// Each frame's display time in milliseconds, after the browsers' rule for tiny delays.
    pub delays_ms: Vec<u32>,
    pub plays: Plays,
}

impl Timeline {
    pub fn frames(&self) -> usize {
        self.delays_ms.len()
    }

    /// Duration of one play, in milliseconds.
    pub fn duration_ms(&self) -> u64 {
        self.delays_ms.iter().map(|&d| d as u64).sum()
    }

    /// Mean frame rate of one play.
    pub fn mean_fps(&self) -> f64 {
        let d = self.duration_ms();
        if d == 0 { 0.0 } else { self.frames() as f64 * 1000.0 / d as f64 }
    }
}

/// Browsers show a frame whose delay is 10 ms or less (a GIF delay of 0 or 1 centisecond) for 100 ms.
pub fn browser_delay_ms(ms: u32) -> u32 {
    if ms <= 10 { 100 } else { ms }
}

fn truncated(format: &'static str, what: &str) -> MediaError {
    MediaError::Corrupt { format, reason: format!("truncated {what}") }
}

/// Reads the timeline of a GIF, APNG or WebP; `Ok(None)` for a still image (one frame, or not
/// animated). `max_frames` bounds the work on hostile files: more frames is an error.
pub fn read(bytes: &[u8], max_frames: usize) -> Result<Option<Timeline>, MediaError> {
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        gif(bytes, max_frames)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        apng(bytes, max_frames)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        webp(bytes, max_frames)
    } else {
        Ok(None)
    }
}

fn too_many(format: &'static str, max: usize) -> MediaError {
    MediaError::TooLarge(format!("the {format} has more than {max} frames"))
}

fn gif(b: &[u8], max_frames: usize) -> Result<Option<Timeline>, MediaError> {
    const F: &str = "GIF";
    let get = |at: usize, n: usize| b.get(at..at + n).ok_or_else(|| truncated(F, "header"));
    let screen = get(6, 7)?;
    let (width, height) = (
        u16::from_le_bytes([screen[0], screen[1]]) as u32,
        u16::from_le_bytes([screen[2], screen[3]]) as u32,
    );
    let mut at = 13;
    if screen[4] & 0x80 != 0 {
        at += 3 << ((screen[4] & 7) + 1);
    }
    // Skips data sub-blocks; returns the offset after the terminator.
    let skip_blocks = |mut at: usize| -> Result<usize, MediaError> {
        loop {
            let n = *b.get(at).ok_or_else(|| truncated(F, "data"))? as usize;
            at += 1 + n;
            if n == 0 {
                return Ok(at);
            }
            if at > b.len() {
                return Err(truncated(F, "data"));
            }
        }
    };
    let (mut delays, mut pending_delay, mut plays) = (Vec::new(), 0u32, Plays::Times(1));
    loop {
        match b.get(at).copied() {
            Some(0x21) => {
                let label = *b.get(at + 1).ok_or_else(|| truncated(F, "extension"))?;
                let first = b.get(at + 2).copied().unwrap_or(0) as usize;
                let data = b.get(at + 3..at + 3 + first).ok_or_else(|| truncated(F, "extension"))?;
                if label == 0xF9 && first >= 4 {
                    pending_delay = u16::from_le_bytes([data[1], data[2]]) as u32 * 10;
                } else if label == 0xFF && (data == b"NETSCAPE2.0" || data == b"ANIMEXTS1.0") {
                    let sub =
                        b.get(at + 3 + first..at + 3 + first + 4).ok_or_else(|| truncated(F, "extension"))?;
                    if sub[0] >= 3 && sub[1] == 1 {
                        // The loop count is the number of repeats after the first play; 0 is forever.
                        let n = u16::from_le_bytes([sub[2], sub[3]]) as u32;
                        plays = if n == 0 { Plays::Forever } else { Plays::Times(n + 1) };
                    }
                }
                at = skip_blocks(at + 2)?;
            }
            Some(0x2C) => {
                let desc = get(at + 1, 9)?;
                at += 10;
                if desc[8] & 0x80 != 0 {
                    at += 3 << ((desc[8] & 7) + 1);
                }
                at = skip_blocks(at + 1)?; // LZW minimum code size, then the image data
                if delays.len() == max_frames {
                    return Err(too_many(F, max_frames));
                }
                delays.push(browser_delay_ms(pending_delay));
                pending_delay = 0;
            }
            Some(0x3B) => break,
            // Many encoders end without a trailer; a file cut inside a block was caught above.
            None => break,
            Some(other) => {
                return Err(MediaError::Corrupt {
                    format: F,
                    reason: format!("unknown block 0x{other:02x} at byte {at}"),
                });
            }
        }
    }
    if delays.len() <= 1 {
        return Ok(None);
    }
    Ok(Some(Timeline { format: F, width, height, delays_ms: delays, plays }))
}

fn apng(b: &[u8], max_frames: usize) -> Result<Option<Timeline>, MediaError> {
    const F: &str = "APNG";
    let (mut at, mut delays, mut plays, mut size) = (8usize, Vec::new(), None, (0u32, 0u32));
    while let Some(head) = b.get(at..at + 8) {
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = &head[4..8];
        let data = b.get(at + 8..at + 8 + len).ok_or_else(|| truncated(F, "chunk"))?;
        match kind {
            b"IHDR" if len >= 8 => {
                size = (
                    u32::from_be_bytes([data[0], data[1], data[2], data[3]]),
                    u32::from_be_bytes([data[4], data[5], data[6], data[7]]),
                );
            }
            b"acTL" if len >= 8 => {
                let n = u32::from_be_bytes([data[4], data[5], data[6], data[7]]);
                plays = Some(if n == 0 { Plays::Forever } else { Plays::Times(n) });
            }
            b"fcTL" if len >= 26 => {
                let num = u16::from_be_bytes([data[20], data[21]]) as u64;
                let den = match u16::from_be_bytes([data[22], data[23]]) {
                    0 => 100,
                    d => d as u64,
                };
                if delays.len() == max_frames {
                    return Err(too_many(F, max_frames));
                }
                delays.push(browser_delay_ms((num * 1000 / den).min(u32::MAX as u64) as u32));
            }
            b"IEND" => break,
            _ => {}
        }
        at += 12 + len;
    }
    match plays {
        Some(plays) if delays.len() > 1 => {
            Ok(Some(Timeline { format: F, width: size.0, height: size.1, delays_ms: delays, plays }))
        }
        _ => Ok(None),
    }
}

fn webp(b: &[u8], max_frames: usize) -> Result<Option<Timeline>, MediaError> {
    const F: &str = "WebP";
    let u24 = |d: &[u8]| d[0] as u32 | (d[1] as u32) << 8 | (d[2] as u32) << 16;
    let (mut at, mut delays, mut plays, mut size) = (12usize, Vec::new(), Plays::Forever, (0, 0));
    let mut animated = false;
    while let Some(head) = b.get(at..at + 8) {
        let len = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
        let data = b.get(at + 8..at + 8 + len).ok_or_else(|| truncated(F, "chunk"))?;
        match &head[..4] {
            b"VP8X" if len >= 10 => {
                animated = data[0] & 0x02 != 0;
                size = (u24(&data[4..7]) + 1, u24(&data[7..10]) + 1);
            }
            b"ANIM" if len >= 6 => {
                let n = u16::from_le_bytes([data[4], data[5]]) as u32;
                plays = if n == 0 { Plays::Forever } else { Plays::Times(n) };
            }
            b"ANMF" if len >= 16 => {
                if delays.len() == max_frames {
                    return Err(too_many(F, max_frames));
                }
                delays.push(browser_delay_ms(u24(&data[12..15])));
            }
            _ => {}
        }
        at += 8 + len + (len & 1);
    }
    if !animated || delays.len() <= 1 {
        return Ok(None);
    }
    Ok(Some(Timeline { format: F, width: size.0, height: size.1, delays_ms: delays, plays }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A GIF of `n` 2x2 frames with the given delay (centiseconds) and NETSCAPE loop count.
    pub fn gif_bytes(n: usize, delay_cs: u16, loops: Option<u16>) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = image::codecs::gif::GifEncoder::new(&mut out);
            if let Some(l) = loops {
                enc.set_repeat(if l == 0 {
                    image::codecs::gif::Repeat::Infinite
                } else {
                    image::codecs::gif::Repeat::Finite(l)
                })
                .unwrap();
            }
            let frames = (0..n).map(|i| {
                let px = if i % 2 == 0 { [0, 0, 0, 255] } else { [255, 255, 255, 255] };
                image::Frame::from_parts(
                    image::RgbaImage::from_pixel(2, 2, image::Rgba(px)),
                    0,
                    0,
                    image::Delay::from_numer_denom_ms(delay_cs as u32 * 10, 1),
                )
            });
            enc.encode_frames(frames).unwrap();
        }
        out
    }

    #[test]
    fn gif_delays_loops_and_the_browser_rule() {
        let t = read(&gif_bytes(6, 25, Some(2)), 100).unwrap().unwrap();
        assert_eq!((t.format, t.width, t.height, t.frames()), ("GIF", 2, 2, 6));
        assert_eq!(t.delays_ms, vec![250; 6]);
        assert_eq!(t.plays, Plays::Times(3));
        assert_eq!(t.duration_ms(), 1500);
        assert!((t.mean_fps() - 4.0).abs() < 1e-9);
        // Delays of 0 and 1 centisecond play at 10 centiseconds.
        let t = read(&gif_bytes(3, 1, Some(0)), 100).unwrap().unwrap();
        assert_eq!((t.delays_ms.clone(), t.plays), (vec![100; 3], Plays::Forever));
        // Without a loop extension a GIF plays once.
        assert_eq!(read(&gif_bytes(2, 5, None), 100).unwrap().unwrap().plays, Plays::Times(1));
        // One frame is a still image.
        assert_eq!(read(&gif_bytes(1, 5, None), 100).unwrap(), None);
    }

    #[test]
    fn hostile_gifs_are_errors() {
        let many = gif_bytes(50, 5, None);
        assert!(matches!(read(&many, 10), Err(MediaError::TooLarge(_))));
        let cut = &many[..many.len() / 2];
        assert!(matches!(read(cut, 100), Err(MediaError::Corrupt { .. })));
    }

    #[test]
    fn apng_and_webp_timelines() {
        // APNG: acTL with 2 frames played 3 times, fcTL delays 1/4 s and 0/0 (100 ms).
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0; 4]);
            c
        };
        let fctl = |num: u16, den: u16| {
            let mut d = vec![0u8; 26];
            d[20..22].copy_from_slice(&num.to_be_bytes());
            d[22..24].copy_from_slice(&den.to_be_bytes());
            d
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = vec![0u8; 13];
        ihdr[..4].copy_from_slice(&64u32.to_be_bytes());
        ihdr[4..8].copy_from_slice(&32u32.to_be_bytes());
        png.extend(chunk(b"IHDR", &ihdr));
        png.extend(chunk(b"acTL", &[0, 0, 0, 2, 0, 0, 0, 3]));
        png.extend(chunk(b"fcTL", &fctl(1, 4)));
        png.extend(chunk(b"fcTL", &fctl(0, 0)));
        png.extend(chunk(b"IEND", &[]));
        let t = read(&png, 10).unwrap().unwrap();
        assert_eq!((t.format, t.width, t.height), ("APNG", 64, 32));
        assert_eq!((t.delays_ms.clone(), t.plays), (vec![250, 100], Plays::Times(3)));

        // Animated WebP: VP8X with the animation flag, ANIM looping forever, three 40 ms frames.
        let riff = |kind: &[u8], data: &[u8]| {
            let mut c = kind.to_vec();
            c.extend_from_slice(&(data.len() as u32).to_le_bytes());
            c.extend_from_slice(data);
            if data.len() % 2 == 1 {
                c.push(0);
            }
            c
        };
        let mut vp8x = vec![0x02, 0, 0, 0];
        vp8x.extend_from_slice(&[99, 0, 0, 49, 0, 0]);
        let mut anmf = vec![0u8; 16];
        anmf[12] = 40;
        let mut body = b"WEBP".to_vec();
        body.extend(riff(b"VP8X", &vp8x));
        body.extend(riff(b"ANIM", &[0, 0, 0, 0, 0, 0]));
        for _ in 0..3 {
            body.extend(riff(b"ANMF", &anmf));
        }
        let mut webp = b"RIFF".to_vec();
        webp.extend_from_slice(&(body.len() as u32).to_le_bytes());
        webp.extend(body);
        let t = read(&webp, 10).unwrap().unwrap();
        assert_eq!((t.format, t.width, t.height), ("WebP", 100, 50));
        assert_eq!((t.delays_ms.clone(), t.plays), (vec![40; 3], Plays::Forever));
    }
}

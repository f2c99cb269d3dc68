//! A JPEG decoder whose pixels are bit-exact with libjpeg-turbo's default decompression, which is
//! what Pillow (and so the reference pipelines of the image models) decodes with: the islow integer
//! IDCT, "fancy" (triangle) chroma upsampling with libjpeg's edge and rounding rules, and jdcolor.c's
//! fixed-point YCbCr -> RGB. Baseline, extended-sequential and progressive Huffman JPEGs with 8-bit
//! samples and one or three components are decoded here; anything else (CMYK, arithmetic coding,
//! 12-bit, lossless, DNL) is [`JpegError::Unsupported`] and the caller uses a general decoder.
//!
//! Hostile input: every length, index and table is checked, so corrupt data is an error and never a
//! panic; the caller's pixel limits are checked from the frame header before anything is allocated.
//! Where libjpeg would warn and carry on (bad Huffman code, data ending inside a scan, a missing
//! restart marker) this decoder refuses the image instead: a screening result must not rest on guessed
//! pixels. Progressive block smoothing (T.81 K.8) is not done: libjpeg applies it only to progressive
//! images whose scans never refine some coefficients to full precision, which files from common
//! encoders (libjpeg's and mozjpeg's scan scripts) do not leave; on a crafted file whose chroma AC stays
//! at half precision, pixels differ from libjpeg's by up to 8 levels.

use image::RgbImage;

/// Why an image was not decoded here.
#[derive(Debug, Clone, PartialEq)]
pub enum JpegError {
    /// A valid JPEG feature this decoder leaves to the general one.
    Unsupported(String),
    /// The data is not a well-formed JPEG.
    Corrupt(String),
}

/// A decoded JPEG: RGB pixels (grayscale replicated), and the raw EXIF TIFF block if there is one.
#[derive(Debug)]
pub struct Jpeg {
    pub rgb: RgbImage,
    pub exif: Option<Vec<u8>>,
}

type R<T> = Result<T, JpegError>;

fn corrupt<T>(why: impl Into<String>) -> R<T> {
    Err(JpegError::Corrupt(why.into()))
}

/// Zig-zag position -> natural (row-major) position.
const ZIGZAG: [usize; 64] = [
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
    14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39,
    46, 53, 60, 61, 54, 47, 55, 62, 63,
];

// ---- The islow IDCT (jidctint.c), shared with the encoder side in `pillow`. ----

pub(crate) const CONST_BITS: u32 = 13;
pub(crate) const PASS1_BITS: u32 = 2;
const C_0_298: i64 = 2446;
const C_0_390: i64 = 3196;
pub(crate) const C_0_541: i64 = 4433;
pub(crate) const C_0_765: i64 = 6270;
const C_0_899: i64 = 7373;
const C_1_175: i64 = 9633;
const C_1_501: i64 = 12299;
pub(crate) const C_1_847: i64 = 15137;
const C_1_961: i64 = 16069;
const C_2_053: i64 = 16819;
const C_2_562: i64 = 20995;
const C_3_072: i64 = 25172;

pub(crate) fn descale(x: i64, n: u32) -> i64 {
    (x + (1 << (n - 1))) >> n
}

/// The rotation shared by the islow FDCT and IDCT odd parts.
pub(crate) fn odd_part(t4: i64, t5: i64, t6: i64, t7: i64) -> (i64, i64, i64, i64) {
    let (z1, z2, z3, z4) = (t4 + t7, t5 + t6, t4 + t6, t5 + t7);
    let z5 = (z3 + z4) * C_1_175;
    let (t4, t5, t6, t7) = (t4 * C_0_298, t5 * C_2_053, t6 * C_3_072, t7 * C_1_501);
    let (z1, z2) = (z1 * -C_0_899, z2 * -C_2_562);
    let (z3, z4) = (z3 * -C_1_961 + z5, z4 * -C_0_390 + z5);
    (t4 + z1 + z3, t5 + z2 + z4, t6 + z2 + z3, t7 + z1 + z4)
}

fn idct_1d(d: [i64; 8], shift: u32) -> [i64; 8] {
    let z1 = (d[2] + d[6]) * C_0_541;
    let t2 = z1 - d[6] * C_1_847;
    let t3 = z1 + d[2] * C_0_765;
    let t0 = (d[0] + d[4]) << CONST_BITS;
    let t1 = (d[0] - d[4]) << CONST_BITS;
    let (t10, t13, t11, t12) = (t0 + t3, t0 - t3, t1 + t2, t1 - t2);
    let (o0, o1, o2, o3) = odd_part(d[7], d[5], d[3], d[1]);
    let out = [t10 + o3, t11 + o2, t12 + o1, t13 + o0, t13 - o0, t12 - o1, t11 - o2, t10 - o3];
    out.map(|v| descale(v, shift))
}

/// libjpeg's post-IDCT range limit: `x + 128` clamped to 0..255 for -512 <= x < 512, wrapping beyond.
fn range_limit(x: i64) -> u8 {
    let m = x & 1023;
    let v = if m < 512 { m } else { m - 1024 };
    (v + 128).clamp(0, 255) as u8
}

/// Dequantised coefficients (row-major) to samples, as `jpeg_idct_islow` computes them: columns,
/// then rows. A column or row whose AC terms are all zero takes libjpeg's shortcut, which gives the
/// same values as the full computation.
pub(crate) fn idct_block(coef: &[i64; 64]) -> [u8; 64] {
    let mut ws = [0i64; 64];
    for c in 0..8 {
        if (1..8).all(|r| coef[r * 8 + c] == 0) {
            let dc = coef[c] << PASS1_BITS;
            for r in 0..8 {
                ws[r * 8 + c] = dc;
            }
            continue;
        }
        let col: [i64; 8] = std::array::from_fn(|r| coef[r * 8 + c]);
        let out = idct_1d(col, CONST_BITS - PASS1_BITS);
        for r in 0..8 {
            ws[r * 8 + c] = out[r];
        }
    }
    let mut out = [0u8; 64];
    for r in 0..8 {
        let row: [i64; 8] = std::array::from_fn(|c| ws[r * 8 + c]);
        let dst = &mut out[r * 8..r * 8 + 8];
        if row[1..].iter().all(|&v| v == 0) {
            dst.fill(range_limit(descale(row[0], PASS1_BITS + 3)));
            continue;
        }
        let o = idct_1d(row, CONST_BITS + PASS1_BITS + 3);
        for (d, v) in dst.iter_mut().zip(o) {
            *d = range_limit(v);
        }
    }
    out
}

// ---- Upsampling (jdsample.c) and colour conversion (jdcolor.c). ----

/// A component's samples, `w` x `h` (its downsampled size, not the block-padded one).
pub(crate) struct Plane<'a> {
    pub data: &'a [u8],
    pub stride: usize,
    pub w: usize,
    pub h: usize,
}

/// Expands a component by integral factors `(hx, vx)` to `out_w` x `out_h` as libjpeg's upsampler does
/// with fancy upsampling on: triangle filters for 2x1, 1x2 and 2x2 (edges replicated, rows beyond the
/// component's height replaced by its last row), box replication otherwise.
pub(crate) fn upsample(p: &Plane, hx: usize, vx: usize, out_w: usize, out_h: usize) -> Vec<u8> {
    let mut out = vec![0u8; out_w * out_h];
    let mut sums = Vec::new();
    for (oy, dst) in out.chunks_exact_mut(out_w).enumerate() {
        upsample_row(p, hx, vx, oy, dst, &mut sums);
    }
    out
}

/// Output row `oy` of [`upsample`] into `dst`; `sums` is scratch space kept between calls.
fn upsample_row(p: &Plane, hx: usize, vx: usize, oy: usize, dst: &mut [u8], sums: &mut Vec<i32>) {
    let (w, h) = (p.w, p.h);
    let row_of = |y: usize| &p.data[y * p.stride..y * p.stride + w];
    let y = (oy / vx).min(h - 1);
    let near = row_of(y);
    // Column sums of the nearest row (x3) and the next nearest, for the vertical triangle filters.
    if vx == 2 && (hx == 1 || (hx == 2 && w > 2)) {
        let other = row_of(if oy.is_multiple_of(2) { y.saturating_sub(1) } else { (y + 1).min(h - 1) });
        sums.clear();
        sums.extend(near.iter().zip(other).map(|(&a, &b)| 3 * a as i32 + b as i32));
    }
    match (hx, vx) {
        (1, 1) => dst.copy_from_slice(&near[..dst.len()]),
        (2, 1) if w > 2 => {
            for (x, pair) in dst.chunks_mut(2).enumerate() {
                let v = 3 * near[x] as i32;
                let left = near[x.saturating_sub(1)] as i32;
                pair[0] = ((v + left + 1) >> 2) as u8;
                if pair.len() > 1 {
                    let right = near[(x + 1).min(w - 1)] as i32;
                    pair[1] = ((v + right + 2) >> 2) as u8;
                }
            }
        }
        (1, 2) => {
            let bias = if oy.is_multiple_of(2) { 1 } else { 2 };
            for (d, &s) in dst.iter_mut().zip(sums.iter()) {
                *d = ((s + bias) >> 2) as u8;
            }
        }
        (2, 2) if w > 2 => {
            for (x, pair) in dst.chunks_mut(2).enumerate() {
                let here = 3 * sums[x];
                pair[0] = ((here + sums[x.saturating_sub(1)] + 8) >> 4) as u8;
                if pair.len() > 1 {
                    pair[1] = ((here + sums[(x + 1).min(w - 1)] + 7) >> 4) as u8;
                }
            }
        }
        _ => {
            for (ox, d) in dst.iter_mut().enumerate() {
                *d = near[(ox / hx).min(w - 1)];
            }
        }
    }
}

pub(crate) const fn fix16(x: f64) -> i64 {
    (x * 65536.0 + 0.5) as i64
}

/// jdcolor.c's YCbCr -> RGB for one pixel (SCALEBITS 16; every term fits in 32 bits).
pub(crate) fn ycc_to_rgb(y: u8, cb: u8, cr: u8) -> [u8; 3] {
    const CR_R: i32 = fix16(1.40200) as i32;
    const CB_G: i32 = fix16(0.34414) as i32;
    const CR_G: i32 = fix16(0.71414) as i32;
    const CB_B: i32 = fix16(1.77200) as i32;
    let (y, cb, cr) = (y as i32, cb as i32 - 128, cr as i32 - 128);
    let r = y + ((CR_R * cr + 32768) >> 16);
    let g = y + ((-CB_G * cb + 32768 - CR_G * cr) >> 16);
    let b = y + ((CB_B * cb + 32768) >> 16);
    [r.clamp(0, 255) as u8, g.clamp(0, 255) as u8, b.clamp(0, 255) as u8]
}

// ---- Entropy decoding. ----

struct Huffman {
    /// For the next 9 bits: `(length << 8) | value`, or 0 when the code is longer.
    fast: Vec<u16>,
    /// Per code length 1..=16: the largest code of that length (-1 if none), and where its values start.
    maxcode: [i32; 18],
    valoffset: [i32; 17],
    values: Vec<u8>,
}

const FAST_BITS: u32 = 9;

impl Huffman {
    fn new(counts: &[u8; 16], values: Vec<u8>) -> R<Huffman> {
        let total: usize = counts.iter().map(|&c| c as usize).sum();
        if total != values.len() || total > 256 {
            return corrupt("a Huffman table's code counts do not match its values");
        }
        let mut fast = vec![0u16; 1 << FAST_BITS];
        let mut maxcode = [-1i32; 18];
        let mut valoffset = [0i32; 17];
        let (mut code, mut k) = (0i32, 0usize);
        for len in 1..=16usize {
            let n = counts[len - 1] as usize;
            valoffset[len] = k as i32 - code;
            for _ in 0..n {
                // No code may be all ones (jdhuff.c refuses such tables too).
                if code + 1 >= (1 << len) {
                    return corrupt("a Huffman table has more codes than its code lengths allow");
                }
                if len as u32 <= FAST_BITS {
                    let shift = FAST_BITS - len as u32;
                    let base = (code as usize) << shift;
                    for e in &mut fast[base..base + (1 << shift)] {
                        *e = ((len as u16) << 8) | values[k] as u16;
                    }
                }
                code += 1;
                k += 1;
            }
            if n > 0 {
                maxcode[len] = code - 1;
            }
            code <<= 1;
        }
        maxcode[17] = i32::MAX;
        Ok(Huffman { fast, maxcode, valoffset, values })
    }
}

/// Reads the entropy-coded bits of a scan; stuffed `FF 00` bytes are unstuffed, and at a marker zero
/// bits are supplied (as libjpeg does) but counted, so that reading into them is an error.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    acc: u64,
    n: u32,
    at_marker: bool,
    padded_bytes: u32,
}

impl<'a> Bits<'a> {
    fn new(data: &'a [u8], pos: usize) -> Self {
        Bits { data, pos, acc: 0, n: 0, at_marker: false, padded_bytes: 0 }
    }

    fn fill(&mut self) {
        while self.n <= 56 {
            let mut byte = 0u8;
            if !self.at_marker {
                match self.data.get(self.pos) {
                    Some(0xFF) if self.data.get(self.pos + 1) == Some(&0) => {
                        byte = 0xFF;
                        self.pos += 2;
                    }
                    Some(0xFF) | None => self.at_marker = true,
                    Some(&b) => {
                        byte = b;
                        self.pos += 1;
                    }
                }
            }
            if self.at_marker {
                self.padded_bytes += 1;
            }
            self.acc |= (byte as u64) << (56 - self.n);
            self.n += 8;
        }
    }

    /// Whether bits beyond the real data have been consumed.
    fn overran(&self) -> bool {
        self.padded_bytes as u64 * 8 > self.n as u64
    }

    fn peek(&mut self, k: u32) -> u32 {
        if self.n < k {
            self.fill();
        }
        (self.acc >> (64 - k)) as u32
    }

    fn consume(&mut self, k: u32) {
        self.acc <<= k;
        self.n -= k;
    }

    fn bits(&mut self, k: u32) -> u32 {
        if k == 0 {
            return 0;
        }
        let v = self.peek(k);
        self.consume(k);
        v
    }

    fn bit(&mut self) -> bool {
        self.bits(1) == 1
    }

    /// `k` bits as a signed value (the JPEG "EXTEND" of a magnitude category).
    fn signed(&mut self, k: u32) -> i32 {
        if k == 0 {
            return 0;
        }
        let v = self.bits(k) as i32;
        if v < 1 << (k - 1) { v - (1 << k) + 1 } else { v }
    }

    fn decode(&mut self, t: &Huffman) -> R<u8> {
        let look = self.peek(FAST_BITS) as usize;
        let e = t.fast[look];
        if e != 0 {
            self.consume((e >> 8) as u32);
            return Ok(e as u8);
        }
        let code16 = self.peek(16) as i32;
        for len in (FAST_BITS as usize + 1)..=16 {
            let code = code16 >> (16 - len);
            if code <= t.maxcode[len] {
                self.consume(len as u32);
                let i = (t.valoffset[len] + code) as usize;
                return t.values.get(i).copied().ok_or_else(|| JpegError::Corrupt("bad Huffman code".into()));
            }
        }
        corrupt("bad Huffman code in the entropy-coded data")
    }

    /// Expects restart marker `n` (mod 8) next, and resets the bit buffer after it.
    fn restart(&mut self, n: usize) -> R<()> {
        if self.overran() {
            return corrupt("entropy-coded data ends before a restart interval is complete");
        }
        let p = next_marker(self.data, self.pos);
        if self.data.get(p + 1) != Some(&(0xD0 + (n % 8) as u8)) {
            return corrupt("a restart marker is missing or out of order");
        }
        *self = Bits::new(self.data, p + 2);
        Ok(())
    }
}

// ---- Frame and scans. ----

struct Component {
    id: u8,
    h: usize,
    v: usize,
    tq: usize,
    /// The quantisation table, latched when the component's first scan starts (as libjpeg does).
    quant: Option<[u16; 64]>,
    /// Downsampled size in samples, and in blocks (not MCU-padded).
    dw: usize,
    dh: usize,
    wib: usize,
    hib: usize,
    /// Allocated blocks per row and rows (MCU-padded), and the coefficients, zig-zag order per block.
    bw: usize,
    bh: usize,
    coefs: Vec<i16>,
    dc_pred: i32,
}

struct Frame {
    width: usize,
    height: usize,
    progressive: bool,
    comps: Vec<Component>,
    hmax: usize,
    vmax: usize,
    mcus_x: usize,
    mcus_y: usize,
}

struct Scan {
    comps: Vec<(usize, usize, usize)>, // (component index, DC table, AC table)
    ss: usize,
    se: usize,
    ah: u32,
    al: u32,
}

fn ceil_div(a: usize, b: usize) -> usize {
    a.div_ceil(b)
}

fn read_u16(b: &[u8], at: usize) -> R<usize> {
    match b.get(at..at + 2) {
        Some(s) => Ok(((s[0] as usize) << 8) | s[1] as usize),
        None => corrupt("the file ends inside a marker segment"),
    }
}

/// Decodes a JPEG within `max_pixels` and `max_alloc` bytes of working memory.
pub fn decode(bytes: &[u8], max_pixels: u64, max_alloc: u64) -> R<Jpeg> {
    if bytes.get(..2) != Some(&[0xFF, 0xD8]) {
        return corrupt("no start-of-image marker");
    }
    let mut pos = 2;
    let mut quant: [Option<[u16; 64]>; 4] = [None; 4];
    let mut dc: [Option<Huffman>; 4] = [None, None, None, None];
    let mut ac: [Option<Huffman>; 4] = [None, None, None, None];
    let mut restart_interval = 0usize;
    let mut frame: Option<Frame> = None;
    let (mut jfif, mut adobe, mut exif) = (false, None::<u8>, None::<Vec<u8>>);
    let mut eoi = false;
    while pos < bytes.len() {
        if bytes[pos] != 0xFF {
            // libjpeg skips stray bytes between segments (with a warning).
            pos += 1;
            continue;
        }
        let marker = match bytes.get(pos + 1) {
            Some(0xFF) => {
                pos += 1;
                continue;
            }
            Some(&m) => m,
            None => break,
        };
        pos += 2;
        match marker {
            0xD8 | 0x01 | 0xD0..=0xD7 => continue,
            0xD9 => {
                eoi = true;
                break;
            }
            _ => {}
        }
        let len = read_u16(bytes, pos)?;
        if len < 2 || pos + len > bytes.len() {
            return corrupt(format!("marker FF{marker:02X} has a bad length"));
        }
        let seg = &bytes[pos + 2..pos + len];
        match marker {
            0xC0..=0xC2 => {
                if frame.is_some() {
                    return corrupt("more than one frame header");
                }
                frame = Some(parse_frame(seg, marker == 0xC2, max_pixels, max_alloc)?);
            }
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                return Err(JpegError::Unsupported(format!(
                    "JPEG process SOF{} (lossless, hierarchical or arithmetic-coded)",
                    marker - 0xC0
                )));
            }
            0xC4 => parse_dht(seg, &mut dc, &mut ac)?,
            0xDB => parse_dqt(seg, &mut quant)?,
            0xDD => {
                restart_interval = read_u16(seg, 0)?;
            }
            0xDC => return Err(JpegError::Unsupported("DNL marker".into())),
            0xE0 if seg.starts_with(b"JFIF\0") => jfif = true,
            0xE1 if seg.starts_with(b"Exif\0\0") && exif.is_none() => exif = Some(seg[6..].to_vec()),
            0xEE if seg.starts_with(b"Adobe") && seg.len() >= 12 => adobe = Some(seg[11]),
            0xDA => {
                let Some(f) = frame.as_mut() else { return corrupt("a scan before the frame header") };
                let scan = parse_sos(seg, f)?;
                for &(ci, _, _) in &scan.comps {
                    let c = &mut f.comps[ci];
                    if c.quant.is_none() {
                        c.quant = quant[c.tq];
                        if c.quant.is_none() {
                            return corrupt(format!(
                                "component {} uses an undefined quantisation table",
                                c.id
                            ));
                        }
                    }
                }
                pos = decode_scan(bytes, pos + len, f, &scan, &dc, &ac, restart_interval)?;
                continue;
            }
            _ => {}
        }
        pos += len;
    }
    let Some(f) = frame else { return corrupt("no frame header") };
    if !eoi {
        return corrupt("no end-of-image marker");
    }
    if f.comps.iter().any(|c| c.quant.is_none()) {
        return corrupt("a component has no scan");
    }
    let rgb_components = match f.comps.len() {
        1 => false,
        _ if jfif => false,
        _ => match adobe {
            Some(t) => t == 0,
            None => f.comps.iter().map(|c| c.id).eq([b'R', b'G', b'B']),
        },
    };
    Ok(Jpeg { rgb: output(&f, rgb_components), exif })
}

fn parse_frame(seg: &[u8], progressive: bool, max_pixels: u64, max_alloc: u64) -> R<Frame> {
    if seg.len() < 6 {
        return corrupt("frame header too short");
    }
    if seg[0] != 8 {
        return Err(JpegError::Unsupported(format!("{}-bit samples", seg[0])));
    }
    let height = read_u16(seg, 1)?;
    let width = read_u16(seg, 3)?;
    let n = seg[5] as usize;
    if width == 0 || height == 0 {
        return Err(JpegError::Unsupported("height defined by a DNL marker, or zero width".into()));
    }
    if width as u64 * height as u64 > max_pixels {
        return corrupt(format!("{width}x{height} pixels is over the limit"));
    }
    if n != 1 && n != 3 {
        return Err(JpegError::Unsupported(format!("{n} colour components")));
    }
    if seg.len() < 6 + 3 * n {
        return corrupt("frame header too short for its components");
    }
    let mut comps = Vec::with_capacity(n);
    for i in 0..n {
        let c = &seg[6 + 3 * i..9 + 3 * i];
        let (h, v, tq) = ((c[1] >> 4) as usize, (c[1] & 15) as usize, c[2] as usize);
        if !(1..=4).contains(&h) || !(1..=4).contains(&v) || tq > 3 {
            return corrupt("bad sampling factors or quantisation table in the frame header");
        }
        if comps.iter().any(|o: &Component| o.id == c[0]) {
            return corrupt("two components with the same id");
        }
        comps.push(Component {
            id: c[0],
            h,
            v,
            tq,
            quant: None,
            dw: 0,
            dh: 0,
            wib: 0,
            hib: 0,
            bw: 0,
            bh: 0,
            coefs: Vec::new(),
            dc_pred: 0,
        });
    }
    let hmax = comps.iter().map(|c| c.h).max().unwrap_or(1);
    let vmax = comps.iter().map(|c| c.v).max().unwrap_or(1);
    if comps.iter().any(|c| hmax % c.h != 0 || vmax % c.v != 0) {
        return Err(JpegError::Unsupported("fractional sampling ratios".into()));
    }
    let (mcus_x, mcus_y) = (ceil_div(width, 8 * hmax), ceil_div(height, 8 * vmax));
    let mut need: u64 = width as u64 * height as u64 * 3;
    for c in &mut comps {
        c.dw = ceil_div(width * c.h, hmax);
        c.dh = ceil_div(height * c.v, vmax);
        c.wib = ceil_div(c.dw, 8);
        c.hib = ceil_div(c.dh, 8);
        c.bw = (mcus_x * c.h).max(c.wib);
        c.bh = (mcus_y * c.v).max(c.hib);
        // Coefficients and the component's samples (upsampling works a row at a time).
        need += (c.bw * c.bh) as u64 * (64 * 2 + 64);
    }
    if need > max_alloc {
        return corrupt(format!("decoding needs {need} bytes, over the limit of {max_alloc}"));
    }
    for c in &mut comps {
        c.coefs = vec![0; c.bw * c.bh * 64];
    }
    Ok(Frame { width, height, progressive, comps, hmax, vmax, mcus_x, mcus_y })
}

fn parse_dqt(mut seg: &[u8], quant: &mut [Option<[u16; 64]>; 4]) -> R<()> {
    while !seg.is_empty() {
        let (pq, tq) = (seg[0] >> 4, (seg[0] & 15) as usize);
        let size = if pq == 0 { 64 } else { 128 };
        if pq > 1 || tq > 3 || seg.len() < 1 + size {
            return corrupt("bad quantisation table");
        }
        let mut t = [0u16; 64];
        for (k, &z) in ZIGZAG.iter().enumerate() {
            t[z] = if pq == 0 {
                seg[1 + k] as u16
            } else {
                ((seg[1 + 2 * k] as u16) << 8) | seg[2 + 2 * k] as u16
            };
        }
        quant[tq] = Some(t);
        seg = &seg[1 + size..];
    }
    Ok(())
}

fn parse_dht(mut seg: &[u8], dc: &mut [Option<Huffman>; 4], ac: &mut [Option<Huffman>; 4]) -> R<()> {
    while !seg.is_empty() {
        if seg.len() < 17 {
            return corrupt("bad Huffman table");
        }
        let (tc, th) = (seg[0] >> 4, (seg[0] & 15) as usize);
        let counts: [u8; 16] = std::array::from_fn(|i| seg[1 + i]);
        let total: usize = counts.iter().map(|&c| c as usize).sum();
        if tc > 1 || th > 3 || seg.len() < 17 + total {
            return corrupt("bad Huffman table");
        }
        let table = Huffman::new(&counts, seg[17..17 + total].to_vec())?;
        if tc == 0 {
            dc[th] = Some(table);
        } else {
            ac[th] = Some(table);
        }
        seg = &seg[17 + total..];
    }
    Ok(())
}

fn parse_sos(seg: &[u8], f: &Frame) -> R<Scan> {
    let n = *seg.first().unwrap_or(&0) as usize;
    if n == 0 || n > 4 || seg.len() < 1 + 2 * n + 3 {
        return corrupt("bad scan header");
    }
    let mut comps = Vec::with_capacity(n);
    for i in 0..n {
        let (id, t) = (seg[1 + 2 * i], seg[2 + 2 * i]);
        let Some(ci) = f.comps.iter().position(|c| c.id == id) else {
            return corrupt(format!("a scan names component {id}, which the frame does not have"));
        };
        if comps.iter().any(|&(c, _, _)| c == ci) {
            return corrupt("a scan names a component twice");
        }
        comps.push((ci, (t >> 4) as usize, (t & 15) as usize));
    }
    let p = 1 + 2 * n;
    let (ss, se, ah, al) =
        (seg[p] as usize, seg[p + 1] as usize, (seg[p + 2] >> 4) as u32, (seg[p + 2] & 15) as u32);
    let ok = if f.progressive {
        let dc_scan = ss == 0 && se == 0;
        let ac_scan = ss >= 1 && ss <= se && se <= 63 && n == 1;
        (dc_scan || ac_scan) && ah <= 13 && al <= 13
    } else {
        ss == 0 && se == 63 && ah == 0 && al == 0
    };
    let blocks: usize = comps.iter().map(|&(ci, _, _)| f.comps[ci].h * f.comps[ci].v).sum();
    if !ok || (n > 1 && blocks > 10) || comps.iter().any(|&(_, d, a)| d > 3 || a > 3) {
        return corrupt("bad scan parameters");
    }
    Ok(Scan { comps, ss, se, ah, al })
}

/// Decodes one scan's entropy-coded data from `pos`; returns the position of the marker after it.
fn decode_scan<'a>(
    bytes: &[u8],
    pos: usize,
    f: &mut Frame,
    scan: &Scan,
    dc: &'a [Option<Huffman>; 4],
    ac: &'a [Option<Huffman>; 4],
    restart_interval: usize,
) -> R<usize> {
    let table = |ts: &'a [Option<Huffman>; 4], i: usize, what: &str| -> R<&'a Huffman> {
        ts[i]
            .as_ref()
            .ok_or_else(|| JpegError::Corrupt(format!("a scan uses an undefined {what} Huffman table")))
    };
    let dc_first = scan.ss == 0 && scan.ah == 0;
    let ac_needed = scan.se > 0;
    let mut tables = Vec::with_capacity(scan.comps.len());
    for &(ci, d, a) in &scan.comps {
        let dt = if dc_first { Some(table(dc, d, "DC")?) } else { None };
        let at = if ac_needed { Some(table(ac, a, "AC")?) } else { None };
        tables.push((ci, dt, at));
    }
    for c in &mut f.comps {
        c.dc_pred = 0;
    }
    let mut bits = Bits::new(bytes, pos);
    let mut eobrun = 0u32;
    let single = scan.comps.len() == 1;
    let (units_x, units_y) = if single {
        let c = &f.comps[scan.comps[0].0];
        (c.wib, c.hib)
    } else {
        (f.mcus_x, f.mcus_y)
    };
    let total = units_x * units_y;
    let mut restarts = 0usize;
    for mcu in 0..total {
        if restart_interval > 0 && mcu > 0 && mcu % restart_interval == 0 {
            bits.restart(restarts)?;
            restarts += 1;
            eobrun = 0;
            for c in &mut f.comps {
                c.dc_pred = 0;
            }
        }
        let (mx, my) = (mcu % units_x, mcu / units_x);
        for (ci, dt, at) in &tables {
            let c = &mut f.comps[*ci];
            let (nh, nv) = if single { (1, 1) } else { (c.h, c.v) };
            for by in 0..nv {
                for bx in 0..nh {
                    let (x, y) = (mx * nh + bx, my * nv + by);
                    let at_block = (y * c.bw + x) * 64;
                    let block = &mut c.coefs[at_block..at_block + 64];
                    decode_block(
                        &mut bits,
                        block,
                        &mut c.dc_pred,
                        *dt,
                        *at,
                        scan,
                        f.progressive,
                        &mut eobrun,
                    )?;
                }
            }
        }
    }
    if bits.overran() {
        return corrupt("entropy-coded data ends before the scan is complete");
    }
    Ok(next_marker(bytes, bits.pos))
}

/// The position of the next marker (`FF` followed by a byte other than `00` or `FF`) at or after
/// `p`, skipping what a scan's data may end with (libjpeg skips such bytes with a warning); the end of
/// the data if there is none.
fn next_marker(bytes: &[u8], mut p: usize) -> usize {
    while p + 1 < bytes.len() && (bytes[p] != 0xFF || matches!(bytes[p + 1], 0x00 | 0xFF)) {
        p += 1;
    }
    p.min(bytes.len())
}

#[allow(clippy::too_many_arguments)]
fn decode_block(
    bits: &mut Bits,
    block: &mut [i16],
    pred: &mut i32,
    dc: Option<&Huffman>,
    ac: Option<&Huffman>,
    scan: &Scan,
    progressive: bool,
    eobrun: &mut u32,
) -> R<()> {
    if !progressive {
        let (Some(dc), Some(ac)) = (dc, ac) else { return corrupt("missing Huffman table") };
        let s = bits.decode(dc)? as u32;
        if s > 11 {
            return corrupt("bad DC coefficient size");
        }
        *pred = pred.wrapping_add(bits.signed(s));
        block[0] = *pred as i16;
        let mut k = 1;
        while k < 64 {
            let rs = bits.decode(ac)?;
            let (r, s) = ((rs >> 4) as usize, (rs & 15) as u32);
            if s == 0 {
                if r != 15 {
                    break;
                }
                k += 16;
                continue;
            }
            k += r;
            if k > 63 {
                return corrupt("AC coefficients run past the end of a block");
            }
            block[k] = bits.signed(s) as i16;
            k += 1;
        }
        return Ok(());
    }
    let (ss, se, ah, al) = (scan.ss, scan.se, scan.ah, scan.al);
    if ss == 0 {
        if ah == 0 {
            let Some(dc) = dc else { return corrupt("missing DC Huffman table") };
            let s = bits.decode(dc)? as u32;
            if s > 11 {
                return corrupt("bad DC coefficient size");
            }
            *pred = pred.wrapping_add(bits.signed(s));
            block[0] = pred.wrapping_shl(al) as i16;
        } else if bits.bit() {
            block[0] |= 1 << al;
        }
        return Ok(());
    }
    let Some(ac) = ac else { return corrupt("missing AC Huffman table") };
    if ah == 0 {
        // First AC pass.
        if *eobrun > 0 {
            *eobrun -= 1;
            return Ok(());
        }
        let mut k = ss;
        while k <= se {
            let rs = bits.decode(ac)?;
            let (r, s) = ((rs >> 4) as u32, (rs & 15) as u32);
            if s == 0 {
                if r < 15 {
                    *eobrun = (1 << r) + bits.bits(r) - 1;
                    break;
                }
                k += 16;
                continue;
            }
            k += r as usize;
            if k > 63 {
                return corrupt("AC coefficients run past the end of a block");
            }
            block[k] = (bits.signed(s).wrapping_shl(al)) as i16;
            k += 1;
        }
        return Ok(());
    }
    // AC refinement.
    let (p1, m1) = (1i16 << al, (-1i16).wrapping_shl(al));
    let refine = |bits: &mut Bits, c: &mut i16| {
        if bits.bit() && *c & p1 == 0 {
            *c = c.wrapping_add(if *c >= 0 { p1 } else { m1 });
        }
    };
    let mut k = ss;
    if *eobrun == 0 {
        while k <= se {
            let rs = bits.decode(ac)?;
            let (mut r, s) = ((rs >> 4) as i32, (rs & 15) as u32);
            let mut value = 0i16;
            if s != 0 {
                if s != 1 {
                    return corrupt("bad refinement coefficient size");
                }
                value = if bits.bit() { p1 } else { m1 };
            } else if r != 15 {
                *eobrun = (1 << r) + bits.bits(r as u32);
                break;
            }
            while k <= se {
                if block[k] != 0 {
                    refine(bits, &mut block[k]);
                } else {
                    r -= 1;
                    if r < 0 {
                        break;
                    }
                }
                k += 1;
            }
            if value != 0 {
                if k > se {
                    return corrupt("a refinement coefficient runs past the end of the band");
                }
                block[k] = value;
            }
            k += 1;
        }
    }
    if *eobrun > 0 {
        while k <= se {
            if block[k] != 0 {
                refine(bits, &mut block[k]);
            }
            k += 1;
        }
        *eobrun -= 1;
    }
    Ok(())
}

/// Inverse DCT of every block, then row by row upsampling and colour conversion (no full-size
/// copies of the components are made).
fn output(f: &Frame, rgb_components: bool) -> RgbImage {
    let (w, h) = (f.width, f.height);
    let samples: Vec<(Vec<u8>, usize)> = f
        .comps
        .iter()
        .map(|c| {
            let q = c.quant.unwrap_or([1; 64]);
            let stride = c.wib * 8;
            let mut samples = vec![0u8; stride * c.hib * 8];
            for by in 0..c.hib {
                for bx in 0..c.wib {
                    let at = (by * c.bw + bx) * 64;
                    let mut deq = [0i64; 64];
                    for (k, &z) in ZIGZAG.iter().enumerate() {
                        deq[z] = c.coefs[at + k] as i64 * q[z] as i64;
                    }
                    let px = idct_block(&deq);
                    for r in 0..8 {
                        let dst = (by * 8 + r) * stride + bx * 8;
                        samples[dst..dst + 8].copy_from_slice(&px[r * 8..r * 8 + 8]);
                    }
                }
            }
            (samples, stride)
        })
        .collect();
    let planes: Vec<(Plane, usize, usize)> = f
        .comps
        .iter()
        .zip(&samples)
        .map(|(c, (data, stride))| {
            (Plane { data, stride: *stride, w: c.dw, h: c.dh }, f.hmax / c.h, f.vmax / c.v)
        })
        .collect();
    let mut out = vec![0u8; w * h * 3];
    let mut rows = vec![vec![0u8; w]; planes.len()];
    let mut sums = Vec::new();
    for (oy, dst) in out.chunks_exact_mut(w * 3).enumerate() {
        for ((p, hx, vx), row) in planes.iter().zip(rows.iter_mut()) {
            upsample_row(p, *hx, *vx, oy, row, &mut sums);
        }
        let pixels = dst.chunks_exact_mut(3);
        match &rows[..] {
            [g] => pixels.zip(g).for_each(|(px, &v)| px.fill(v)),
            [a, b, c] if rgb_components => {
                pixels
                    .zip(a.iter().zip(b).zip(c))
                    .for_each(|(px, ((&a, &b), &c))| px.copy_from_slice(&[a, b, c]));
            }
            [a, b, c] => pixels
                .zip(a.iter().zip(b).zip(c))
                .for_each(|(px, ((&y, &cb), &cr))| px.copy_from_slice(&ycc_to_rgb(y, cb, cr))),
            _ => {}
        }
    }
    RgbImage::from_raw(w as u32, h as u32, out).unwrap_or_else(|| RgbImage::new(w as u32, h as u32))
}

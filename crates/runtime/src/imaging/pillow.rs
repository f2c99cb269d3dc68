//! Pillow-exact image operations, for models whose reference pipeline is Pillow's (the Yahoo NSFW
//! model's, EfficientNet's torchvision transforms): `Image.resize(..., BILINEAR)` as
//! `libImaging/Resample.c` computes it (Pillow 13.0.0), and the JPEG round trip that
//! `save(format="JPEG")` plus decoding performs in libjpeg-turbo (quality 75, 4:2:0, islow DCT, fancy
//! upsampling), done arithmetically since entropy coding is lossless. Both are bit-exact with the
//! reference on the project's fixtures (scripts/reference/nsfw_preprocess_numpy.py is the spec).

use image::RgbImage;

use super::jpeg::{C_0_541, C_0_765, C_1_847, CONST_BITS, PASS1_BITS, descale, fix16, odd_part};

const PRECISION_BITS: u32 = 32 - 8 - 2;

/// Per output index: the first input index and fixed-point weights (Resample.c precompute_coeffs and
/// normalize_coeffs_8bpc) of Pillow's BILINEAR filter, whose support widens when downscaling.
fn coefficients(in_size: usize, out_size: usize) -> Vec<(usize, Vec<i64>)> {
    let scale = in_size as f64 / out_size as f64;
    let filterscale = scale.max(1.0);
    let support = filterscale;
    (0..out_size)
        .map(|xx| {
            let center = (xx as f64 + 0.5) * scale;
            let xmin = ((center - support + 0.5) as i64).max(0) as usize;
            let xmax = ((center + support + 0.5) as i64).min(in_size as i64).max(0) as usize;
            let mut w: Vec<f64> = (xmin..xmax)
                .map(|x| {
                    let t = ((x as f64 - center + 0.5) / filterscale).abs();
                    if t < 1.0 { 1.0 - t } else { 0.0 }
                })
                .collect();
            let total: f64 = w.iter().sum();
            if total != 0.0 {
                for v in &mut w {
                    *v /= total;
                }
            }
            let k = w
                .iter()
                .map(|&v| {
                    let f = v * (1u64 << PRECISION_BITS) as f64;
                    (if v >= 0.0 { f + 0.5 } else { f - 0.5 }) as i64
                })
                .collect();
            (xmin, k)
        })
        .collect()
}

/// One separable pass over an interleaved 3-channel u8 buffer of `w x h`, along `horizontal` or not.
fn pass(src: &[u8], w: usize, h: usize, out_len: usize, horizontal: bool) -> Vec<u8> {
    let (in_len, other) = if horizontal { (w, h) } else { (h, w) };
    let coeffs = coefficients(in_len, out_len);
    let (ow, oh) = if horizontal { (out_len, h) } else { (w, out_len) };
    let mut out = vec![0u8; ow * oh * 3];
    for o in 0..other {
        for (i, (xmin, k)) in coeffs.iter().enumerate() {
            for c in 0..3 {
                let mut acc: i64 = 1 << (PRECISION_BITS - 1);
                for (j, &kj) in k.iter().enumerate() {
                    let x = xmin + j;
                    let idx = if horizontal { (o * w + x) * 3 + c } else { (x * w + o) * 3 + c };
                    acc += src[idx] as i64 * kj;
                }
                let v = (acc >> PRECISION_BITS).clamp(0, 255) as u8;
                let dst = if horizontal { (o * ow + i) * 3 + c } else { (i * ow + o) * 3 + c };
                out[dst] = v;
            }
        }
    }
    out
}

/// Pillow 13's `Image.resize((out_w, out_h), Image.BILINEAR)` of an RGB image.
pub fn resize_bilinear(img: &RgbImage, out_w: u32, out_h: u32) -> RgbImage {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let (ow, oh) = (out_w as usize, out_h as usize);
    if (w, h) == (ow, oh) {
        return img.clone();
    }
    // Pillow 13.0.0 runs the vertical pass first when the height shrinks by more than twice as many
    // pixels as the width does.
    let horizontal_first = !(h > oh && (h - oh) as i64 > (w as i64 - ow as i64) * 2);
    let mut buf = img.as_raw().clone();
    let (mut cw, mut ch) = (w, h);
    let run = |horizontal: bool, buf: &mut Vec<u8>, cw: &mut usize, ch: &mut usize| {
        let (n_in, n_out) = if horizontal { (*cw, ow) } else { (*ch, oh) };
        if n_in != n_out {
            *buf = pass(buf, *cw, *ch, n_out, horizontal);
            if horizontal {
                *cw = n_out;
            } else {
                *ch = n_out;
            }
        }
    };
    if horizontal_first {
        run(true, &mut buf, &mut cw, &mut ch);
        run(false, &mut buf, &mut cw, &mut ch);
    } else {
        run(false, &mut buf, &mut cw, &mut ch);
        run(true, &mut buf, &mut cw, &mut ch);
    }
    RgbImage::from_raw(ow as u32, oh as u32, buf).unwrap_or_else(|| RgbImage::new(out_w, out_h))
}

const STD_LUMINANCE: [i64; 64] = [
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17,
    22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78,
    87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

fn std_chrominance() -> [i64; 64] {
    let mut t = [99i64; 64];
    let head = [
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47,
        66,
    ];
    t[..head.len()].copy_from_slice(&head);
    t
}

/// jcparam.c's quality scaling (baseline tables clamped to 1..255).
fn quant_table(base: &[i64; 64], quality: i64) -> [i64; 64] {
    let scale = if quality < 50 { 5000 / quality } else { 200 - 2 * quality };
    let mut out = [0; 64];
    for (o, b) in out.iter_mut().zip(base) {
        *o = ((b * scale + 50) / 100).clamp(1, 255);
    }
    out
}

fn fdct_1d(d: [i64; 8], first: bool) -> [i64; 8] {
    let (t0, t7) = (d[0] + d[7], d[0] - d[7]);
    let (t1, t6) = (d[1] + d[6], d[1] - d[6]);
    let (t2, t5) = (d[2] + d[5], d[2] - d[5]);
    let (t3, t4) = (d[3] + d[4], d[3] - d[4]);
    let (t10, t13, t11, t12) = (t0 + t3, t0 - t3, t1 + t2, t1 - t2);
    let sh = if first { CONST_BITS - PASS1_BITS } else { CONST_BITS + PASS1_BITS };
    let mut o = [0i64; 8];
    o[0] = if first { (t10 + t11) << PASS1_BITS } else { descale(t10 + t11, PASS1_BITS) };
    o[4] = if first { (t10 - t11) << PASS1_BITS } else { descale(t10 - t11, PASS1_BITS) };
    let z1 = (t12 + t13) * C_0_541;
    o[2] = descale(z1 + t13 * C_0_765, sh);
    o[6] = descale(z1 - t12 * C_1_847, sh);
    let (o7, o5, o3, o1) = odd_part(t4, t5, t6, t7);
    o[7] = descale(o7, sh);
    o[5] = descale(o5, sh);
    o[3] = descale(o3, sh);
    o[1] = descale(o1, sh);
    o
}

/// Quantises and reconstructs one 8x8 block of level-shifted samples, as an encoder + decoder would.
fn block_roundtrip(block: &mut [i64; 64], q: &[i64; 64]) {
    // Forward DCT: rows then columns.
    let mut tmp = [0i64; 64];
    for r in 0..8 {
        let row: [i64; 8] = std::array::from_fn(|c| block[r * 8 + c]);
        let out = fdct_1d(row, true);
        tmp[r * 8..r * 8 + 8].copy_from_slice(&out);
    }
    let mut coef = [0i64; 64];
    for c in 0..8 {
        let col: [i64; 8] = std::array::from_fn(|r| tmp[r * 8 + c]);
        let out = fdct_1d(col, false);
        for r in 0..8 {
            coef[r * 8 + c] = out[r];
        }
    }
    // Quantise (divide by q << 3, half away from zero), then dequantise.
    for i in 0..64 {
        let d = q[i] << 3;
        let qv = coef[i].signum() * ((coef[i].abs() + (d >> 1)) / d);
        coef[i] = qv * q[i];
    }
    let px = super::jpeg::idct_block(&coef);
    for (b, p) in block.iter_mut().zip(px) {
        *b = p as i64;
    }
}

fn plane_roundtrip(plane: &mut [i64], w: usize, h: usize, q: &[i64; 64]) {
    for by in (0..h).step_by(8) {
        for bx in (0..w).step_by(8) {
            let mut block = [0i64; 64];
            for r in 0..8 {
                for c in 0..8 {
                    block[r * 8 + c] = plane[(by + r) * w + bx + c] - 128;
                }
            }
            block_roundtrip(&mut block, q);
            for r in 0..8 {
                for c in 0..8 {
                    plane[(by + r) * w + bx + c] = block[r * 8 + c];
                }
            }
        }
    }
}

/// Pillow's `save(format="JPEG")` (quality 75, 4:2:0) followed by decoding, for an RGB image whose
/// sides are multiples of 16 (no edge padding is then needed).
pub fn jpeg_roundtrip(img: &RgbImage) -> RgbImage {
    let (w, h) = (img.width() as usize, img.height() as usize);
    assert!(w % 16 == 0 && h % 16 == 0, "jpeg_roundtrip needs sides that are multiples of 16");
    let (ql, qc) = (quant_table(&STD_LUMINANCE, 75), quant_table(&std_chrominance(), 75));
    let mut y = vec![0i64; w * h];
    let mut cb_full = vec![0i64; w * h];
    let mut cr_full = vec![0i64; w * h];
    for (i, p) in img.pixels().enumerate() {
        let (r, g, b) = (p[0] as i64, p[1] as i64, p[2] as i64);
        y[i] = (fix16(0.29900) * r + fix16(0.58700) * g + fix16(0.11400) * b + 32768) >> 16;
        cb_full[i] = (-fix16(0.16874) * r - fix16(0.33126) * g + fix16(0.5) * b + (128 << 16) + 32767) >> 16;
        cr_full[i] = (fix16(0.5) * r - fix16(0.41869) * g - fix16(0.08131) * b + (128 << 16) + 32767) >> 16;
    }
    // h2v2 downsampling: (2x2 sum + bias) >> 2 with bias 1, 2, 1, 2, ... along the row.
    let (cw, ch) = (w / 2, h / 2);
    let down = |full: &[i64]| -> Vec<i64> {
        let mut out = vec![0i64; cw * ch];
        for yy in 0..ch {
            for xx in 0..cw {
                let s = full[2 * yy * w + 2 * xx]
                    + full[2 * yy * w + 2 * xx + 1]
                    + full[(2 * yy + 1) * w + 2 * xx]
                    + full[(2 * yy + 1) * w + 2 * xx + 1];
                out[yy * cw + xx] = (s + if xx % 2 == 0 { 1 } else { 2 }) >> 2;
            }
        }
        out
    };
    let mut cb = down(&cb_full);
    let mut cr = down(&cr_full);
    plane_roundtrip(&mut y, w, h, &ql);
    plane_roundtrip(&mut cb, cw, ch, &qc);
    plane_roundtrip(&mut cr, cw, ch, &qc);
    let up = |c: &[i64]| {
        let bytes: Vec<u8> = c.iter().map(|&v| v as u8).collect();
        super::jpeg::upsample(&super::jpeg::Plane { data: &bytes, stride: cw, w: cw, h: ch }, 2, 2, w, h)
    };
    let (cb, cr) = (up(&cb), up(&cr));
    let mut out = RgbImage::new(w as u32, h as u32);
    for (i, p) in out.pixels_mut().enumerate() {
        *p = image::Rgb(super::jpeg::ycc_to_rgb(y[i] as u8, cb[i], cr[i]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resize_keeps_a_flat_colour_flat_and_matches_known_coefficients() {
        let img = RgbImage::from_pixel(100, 40, image::Rgb([10, 200, 30]));
        let out = resize_bilinear(&img, 256, 256);
        assert!(out.pixels().all(|p| p.0 == [10, 200, 30]));
        // Downscaling 4 -> 2 averages pairs with weights 1/4, 3/4 ... as Pillow's widened triangle does.
        let k = coefficients(4, 2);
        assert_eq!(k[0].0, 0);
        assert_eq!(k[0].1.iter().sum::<i64>(), 1 << PRECISION_BITS);
    }

    #[test]
    fn jpeg_roundtrip_is_stable_on_flat_grey() {
        let img = RgbImage::from_pixel(32, 32, image::Rgb([128, 128, 128]));
        let out = jpeg_roundtrip(&img);
        assert!(out.pixels().all(|p| p.0 == [128, 128, 128]));
    }
}

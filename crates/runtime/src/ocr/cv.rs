//! The few OpenCV operations the PP-OCR pipeline depends on, reproduced bit for bit on 8-bit images:
//! `resize` with `INTER_LINEAR` (OpenCV 4.x's fixed-point path), `warpPerspective` with `INTER_CUBIC`
//! and `BORDER_REPLICATE` (1/32-pixel tables), and `fillPoly` for integer vertices. The executable
//! specification they follow, checked against OpenCV itself, is `scripts/reference/ocr_port_numpy.py`.

/// An interleaved 8-bit image with three channels (the pipeline keeps OpenCV's BGR order).
#[derive(Clone, Debug, PartialEq)]
pub struct Image8 {
    pub width: usize,
    pub height: usize,
    pub data: Vec<u8>,
}

impl Image8 {
    pub fn new(width: usize, height: usize) -> Image8 {
        Image8 { width, height, data: vec![0; width * height * 3] }
    }

    /// BGR from an RGB image.
    pub fn from_rgb(img: &image::RgbImage) -> Image8 {
        let (w, h) = img.dimensions();
        let mut data = Vec::with_capacity(img.as_raw().len());
        for p in img.as_raw().chunks_exact(3) {
            data.extend_from_slice(&[p[2], p[1], p[0]]);
        }
        Image8 { width: w as usize, height: h as usize, data }
    }

    #[inline]
    pub fn px(&self, x: usize, y: usize) -> &[u8] {
        let i = (y * self.width + x) * 3;
        &self.data[i..i + 3]
    }

    /// Rotated 90 degrees counter-clockwise (`np.rot90`).
    pub fn rot90(&self) -> Image8 {
        let mut out = Image8::new(self.height, self.width);
        for i in 0..out.height {
            for j in 0..out.width {
                let o = (i * out.width + j) * 3;
                out.data[o..o + 3].copy_from_slice(self.px(self.width - 1 - i, j));
            }
        }
        out
    }

    /// Rotated 180 degrees.
    pub fn rot180(&self) -> Image8 {
        let mut out = Image8::new(self.width, self.height);
        for (o, p) in out.data.chunks_exact_mut(3).zip(self.data.chunks_exact(3).rev()) {
            o.copy_from_slice(p);
        }
        out
    }

    /// The image padded with `pad` black rows above and below.
    pub fn pad_vertical(&self, pad: usize) -> Image8 {
        let mut out = Image8::new(self.width, self.height + 2 * pad);
        let row = self.width * 3;
        out.data[pad * row..(pad + self.height) * row].copy_from_slice(&self.data);
        out
    }
}

/// Source index and fraction of each destination column or row, as OpenCV computes them.
fn linear_coeffs(dst: usize, src: usize) -> Vec<(i64, f32)> {
    let scale = 1.0 / (dst as f64 / src as f64);
    (0..dst)
        .map(|i| {
            let f = ((i as f64 + 0.5) * scale - 0.5) as f32;
            let s = f.floor();
            (s as i64, f - s)
        })
        .collect()
}

fn weight(f: f32) -> i64 {
    (f * 2048.0).round_ties_even() as i64
}

/// `cv2.resize(img, (dw, dh))` with `INTER_LINEAR` (and OpenCV's exact-halving shortcut).
pub fn resize_linear(img: &Image8, dw: usize, dh: usize) -> Image8 {
    let (sw, sh) = (img.width, img.height);
    let mut out = Image8::new(dw, dh);
    if dw == 0 || dh == 0 || sw == 0 || sh == 0 {
        return out;
    }
    if dw * 2 == sw && dh * 2 == sh {
        for y in 0..dh {
            for x in 0..dw {
                let o = (y * dw + x) * 3;
                for c in 0..3 {
                    let s = |xx: usize, yy: usize| img.px(xx, yy)[c] as u32;
                    let v =
                        s(2 * x, 2 * y) + s(2 * x + 1, 2 * y) + s(2 * x, 2 * y + 1) + s(2 * x + 1, 2 * y + 1);
                    out.data[o + c] = ((v + 2) >> 2) as u8;
                }
            }
        }
        return out;
    }
    let xs: Vec<(usize, usize, i64, i64)> = linear_coeffs(dw, sw)
        .into_iter()
        .map(|(s, f)| {
            let (s, f) = if s < 0 {
                (0, 0.0)
            } else if s >= sw as i64 - 1 {
                (sw as i64 - 1, 0.0)
            } else {
                (s, f)
            };
            let s = s as usize;
            (s, (s + 1).min(sw - 1), weight(1.0 - f), weight(f))
        })
        .collect();
    // The horizontal pass for every source row, lazily, as the vertical pass needs them.
    let horizontal = |y: usize| -> Vec<i64> {
        let mut row = Vec::with_capacity(dw * 3);
        for &(s0, s1, a0, a1) in &xs {
            let (p0, p1) = (img.px(s0, y), img.px(s1, y));
            for c in 0..3 {
                row.push(p0[c] as i64 * a0 + p1[c] as i64 * a1);
            }
        }
        row
    };
    let clamp_row = |v: i64| v.clamp(0, sh as i64 - 1) as usize;
    let mut cache: Vec<Option<Vec<i64>>> = vec![None; sh];
    for (y, (sy, fy)) in linear_coeffs(dh, sh).into_iter().enumerate() {
        let (r0, r1) = (clamp_row(sy), clamp_row(sy + 1));
        for r in [r0, r1] {
            if cache[r].is_none() {
                cache[r] = Some(horizontal(r));
            }
        }
        let (b0, b1) = (weight(1.0 - fy), weight(fy));
        let (h0, h1) = (cache[r0].as_deref().unwrap_or(&[]), cache[r1].as_deref().unwrap_or(&[]));
        let dst = &mut out.data[y * dw * 3..(y + 1) * dw * 3];
        for ((d, &v0), &v1) in dst.iter_mut().zip(h0).zip(h1) {
            // OpenCV's SIMD vertical pass: 16-bit high multiplies, then (v + 2) >> 2.
            let v = (((v0 >> 4) * b0) >> 16) + (((v1 >> 4) * b1) >> 16);
            *d = ((v + 2) >> 2).clamp(0, 255) as u8;
        }
        // Rows above the current window are no longer needed.
        if r0 > 0 {
            cache[r0 - 1] = None;
        }
    }
    out
}

fn cubic_1d(x: f32) -> [f32; 4] {
    const A: f32 = -0.75;
    let c0 = ((A * (x + 1.0) - 5.0 * A) * (x + 1.0) + 8.0 * A) * (x + 1.0) - 4.0 * A;
    let c1 = ((A + 2.0) * x - (A + 3.0)) * x * x + 1.0;
    let c2 = ((A + 2.0) * (1.0 - x) - (A + 3.0)) * (1.0 - x) * (1.0 - x) + 1.0;
    [c0, c1, c2, 1.0 - c0 - c1 - c2]
}

/// OpenCV's fixed-point 4x4 cubic weights for each (y, x) fraction in 1/32 pixel, summing to 1 << 15.
fn cubic_table() -> Vec<[[i64; 4]; 4]> {
    let t1: Vec<[f32; 4]> = (0..32).map(|i| cubic_1d((1.0f32 / 32.0) * i as f32)).collect();
    let mut tab = Vec::with_capacity(32 * 32);
    for ty in &t1 {
        for tx in &t1 {
            let mut it = [[0i64; 4]; 4];
            for k1 in 0..4 {
                for k2 in 0..4 {
                    it[k1][k2] = ((ty[k1] * tx[k2]) * 32768.0).round_ties_even() as i64;
                }
            }
            let diff: i64 = it.iter().flatten().sum::<i64>() - 32768;
            if diff != 0 {
                let (mut mk, mut big) = ((2, 2), (2, 2));
                for k1 in 2..4 {
                    for k2 in 2..4 {
                        if it[k1][k2] < it[mk.0][mk.1] {
                            mk = (k1, k2);
                        } else if it[k1][k2] > it[big.0][big.1] {
                            big = (k1, k2);
                        }
                    }
                }
                if diff < 0 {
                    it[big.0][big.1] -= diff;
                } else {
                    it[mk.0][mk.1] -= diff;
                }
            }
            tab.push(it);
        }
    }
    tab
}

/// `cv2.warpPerspective(img, M, (w, h), flags=INTER_CUBIC, borderMode=BORDER_REPLICATE)`, given `minv`,
/// the matrix that maps destination `(x, y, 1)` to source coordinates.
pub fn warp_cubic(img: &Image8, minv: &[[f64; 3]; 3], w: usize, h: usize) -> Image8 {
    static TABLE: std::sync::OnceLock<Vec<[[i64; 4]; 4]>> = std::sync::OnceLock::new();
    let tab = TABLE.get_or_init(cubic_table);
    let mut out = Image8::new(w, h);
    if w == 0 || h == 0 || img.width == 0 || img.height == 0 {
        return out;
    }
    let m: Vec<f64> = minv.iter().flatten().copied().collect();
    let (sw, sh) = (img.width as i64, img.height as i64);
    // OpenCV works in blocks; the block origin enters the floating-point sums.
    let bh0 = h.min(16);
    let bw0 = (1024 / bh0).min(w);
    let to_int = |v: f64| v.clamp(-2147483648.0, 2147483647.0).round_ties_even() as i64;
    for y in 0..h {
        let yf = y as f64;
        for x in 0..w {
            let xb = ((x / bw0) * bw0) as f64;
            let x1 = (x as f64) - xb;
            let x0 = m[0] * xb + m[1] * yf + m[2];
            let y0 = m[3] * xb + m[4] * yf + m[5];
            let w0 = m[6] * xb + m[7] * yf + m[8];
            let ww = w0 + m[6] * x1;
            let wi = if ww != 0.0 { 32.0 / ww } else { 0.0 };
            let xx = to_int((x0 + m[0] * x1) * wi);
            let yy = to_int((y0 + m[3] * x1) * wi);
            let (sx, sy) = ((xx >> 5) - 1, (yy >> 5) - 1);
            let wt = &tab[((yy & 31) * 32 + (xx & 31)) as usize];
            let mut acc = [0i64; 3];
            for (k1, row) in wt.iter().enumerate() {
                let py = (sy + k1 as i64).clamp(0, sh - 1) as usize;
                for (k2, &wgt) in row.iter().enumerate() {
                    let px = (sx + k2 as i64).clamp(0, sw - 1) as usize;
                    for (a, &v) in acc.iter_mut().zip(img.px(px, py)) {
                        *a += v as i64 * wgt;
                    }
                }
            }
            let o = (y * w + x) * 3;
            for (d, a) in out.data[o..o + 3].iter_mut().zip(acc) {
                *d = ((a + (1 << 14)) >> 15).clamp(0, 255) as u8;
            }
        }
    }
    out
}

/// The 3x3 matrix `H` with `H (src, 1) ~ (dst, 1)` for four point pairs (Gaussian elimination with
/// partial pivoting in f64); `None` when the points are degenerate.
pub fn homography(src: &[[f64; 2]; 4], dst: &[[f64; 2]; 4]) -> Option<[[f64; 3]; 3]> {
    let mut a = [[0f64; 9]; 8];
    for (k, (s, d)) in src.iter().zip(dst).enumerate() {
        let ([x, y], [u, v]) = (*s, *d);
        a[2 * k] = [x, y, 1.0, 0.0, 0.0, 0.0, -x * u, -y * u, u];
        a[2 * k + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -x * v, -y * v, v];
    }
    for col in 0..8 {
        let pivot = (col..8).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        let pivot_row = a[col];
        for row in a.iter_mut().skip(col + 1) {
            let f = row[col] / pivot_row[col];
            if f != 0.0 {
                for (v, p) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                    *v -= f * p;
                }
            }
        }
    }
    let mut h = [0f64; 8];
    for r in (0..8).rev() {
        let mut s = a[r][8];
        for c in r + 1..8 {
            s -= a[r][c] * h[c];
        }
        h[r] = s / a[r][r];
    }
    Some([[h[0], h[1], h[2]], [h[3], h[4], h[5]], [h[6], h[7], 1.0]])
}

/// Bresenham 8-connected line, as OpenCV draws a polygon's outline.
fn line8(mask: &mut [u8], w: usize, h: usize, p1: (i64, i64), p2: (i64, i64)) {
    let ((mut x1, mut y1), (mut x2, mut y2)) = (p1, p2);
    if x2 < x1 {
        std::mem::swap(&mut x1, &mut x2);
        std::mem::swap(&mut y1, &mut y2);
    }
    let mut dx = x2 - x1;
    let mut dy = y2 - y1;
    let sy = if dy < 0 { -1 } else { 1 };
    dy = dy.abs();
    let major_x = dx >= dy;
    if !major_x {
        std::mem::swap(&mut dx, &mut dy);
    }
    let (mut err, mut x, mut y) = (dx - 2 * dy, x1, y1);
    for _ in 0..=dx {
        if (0..w as i64).contains(&x) && (0..h as i64).contains(&y) {
            mask[y as usize * w + x as usize] = 1;
        }
        let minor = err < 0;
        err += -2 * dy + if minor { 2 * dx } else { 0 };
        if major_x {
            x += 1;
            if minor {
                y += sy;
            }
        } else {
            y += sy;
            if minor {
                x += 1;
            }
        }
    }
}

/// `cv2.fillPoly(mask, [pts], 1)` for integer vertices (outline included), on a `w` x `h` mask.
pub fn fill_poly(mask: &mut [u8], w: usize, h: usize, pts: &[(i64, i64)]) {
    let Some(&last) = pts.last() else { return };
    let mut edges = Vec::new();
    let mut p0 = last;
    for &p1 in pts {
        line8(mask, w, h, p0, p1);
        if p0.1 != p1.1 {
            let (x0, x1) = (p0.0 << 16, p1.0 << 16);
            let (num, den) = (x1 - x0, p1.1 - p0.1);
            let q = num.abs() / den.abs();
            let dxv = if (num >= 0) == (den > 0) { q } else { -q };
            let (ya, yb, x) = if p0.1 < p1.1 { (p0.1, p1.1, x0) } else { (p1.1, p0.1, x1) };
            edges.push((ya, yb, x, dxv));
        }
        p0 = p1;
    }
    if edges.len() < 2 {
        return;
    }
    let ymin = edges.iter().map(|e| e.0).min().unwrap_or(0);
    let ymax = edges.iter().map(|e| e.1).max().unwrap_or(0).min(h as i64);
    let mut xs = Vec::new();
    for y in ymin..ymax {
        xs.clear();
        xs.extend(edges.iter().filter(|e| e.0 <= y && y < e.1).map(|e| e.2 + (y - e.0) * e.3));
        xs.sort_unstable();
        for pair in xs.chunks_exact(2) {
            let (a, b) = ((pair[0] + 65535) >> 16, pair[1] >> 16);
            if y >= 0 && a < w as i64 && b >= 0 {
                let (a, b) = (a.max(0) as usize, b.min(w as i64 - 1) as usize);
                if a <= b {
                    mask[y as usize * w + a..=y as usize * w + b].fill(1);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ramp(w: usize, h: usize) -> Image8 {
        let mut img = Image8::new(w, h);
        for y in 0..h {
            for x in 0..w {
                let o = (y * w + x) * 3;
                img.data[o] = (x * 7 + y * 3) as u8;
                img.data[o + 1] = (x * 11) as u8;
                img.data[o + 2] = (y * 13) as u8;
            }
        }
        img
    }

    #[test]
    fn resizing_to_the_same_size_is_the_identity() {
        let img = ramp(17, 9);
        assert_eq!(resize_linear(&img, 17, 9), img);
    }

    #[test]
    fn exact_halving_averages_two_by_two_blocks() {
        let img = ramp(4, 2);
        let out = resize_linear(&img, 2, 1);
        let avg = |c: usize| {
            let v: u32 = [(0, 0), (1, 0), (0, 1), (1, 1)].iter().map(|&(x, y)| img.px(x, y)[c] as u32).sum();
            ((v + 2) >> 2) as u8
        };
        assert_eq!(out.px(0, 0), &[avg(0), avg(1), avg(2)]);
    }

    #[test]
    fn an_identity_warp_reproduces_the_image() {
        let img = ramp(20, 12);
        let id = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        assert_eq!(warp_cubic(&img, &id, 20, 12), img);
    }

    #[test]
    fn cubic_weights_sum_to_one_in_fixed_point() {
        for t in cubic_table() {
            assert_eq!(t.iter().flatten().sum::<i64>(), 32768);
        }
    }

    #[test]
    fn homography_maps_the_four_points() {
        let src = [[0.0, 0.0], [10.0, 0.0], [10.0, 5.0], [0.0, 5.0]];
        let dst = [[3.0, 4.0], [20.0, 6.0], [19.0, 15.0], [2.0, 12.0]];
        let m = homography(&src, &dst).unwrap();
        for (s, d) in src.iter().zip(&dst) {
            let w = m[2][0] * s[0] + m[2][1] * s[1] + m[2][2];
            let x = (m[0][0] * s[0] + m[0][1] * s[1] + m[0][2]) / w;
            let y = (m[1][0] * s[0] + m[1][1] * s[1] + m[1][2]) / w;
            assert!((x - d[0]).abs() < 1e-9 && (y - d[1]).abs() < 1e-9);
        }
        assert!(homography(&[[0.0, 0.0]; 4], &dst).is_none());
    }

    #[test]
    fn fill_poly_covers_a_rectangle_inclusively() {
        let (w, h) = (8, 6);
        let mut mask = vec![0u8; w * h];
        fill_poly(&mut mask, w, h, &[(1, 1), (5, 1), (5, 3), (1, 3)]);
        let filled: usize = mask.iter().map(|&v| v as usize).sum();
        assert_eq!(filled, 5 * 3);
        assert_eq!(mask[w + 1], 1);
        assert_eq!(mask[3 * w + 5], 1);
        assert_eq!(mask[4 * w + 5], 0);
    }

    #[test]
    fn rotations_move_pixels_where_numpy_does() {
        let img = ramp(3, 2);
        let r = img.rot90();
        assert_eq!((r.width, r.height), (2, 3));
        // np.rot90: out[i, j] = in[j, W - 1 - i]
        assert_eq!(r.px(1, 0), img.px(2, 1));
        assert_eq!(img.rot180().px(0, 0), img.px(2, 1));
        assert_eq!(img.rot180().rot180(), img);
    }
}

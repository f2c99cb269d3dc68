//! Geometry of the text detector's post-processing: connected components of the probability map,
//! their minimum-area rectangles (convex hull and rotating calipers), and the round-join polygon offset
//! (Clipper 6.4.2's `ClipperOffset`, as `pyclipper` runs it) that grows a box before it is cropped.

/// A 2-D point in f64.
pub type Point = [f64; 2];

/// One 8-connected component of a binary map: the end points of its horizontal runs (the convex hull
/// of these is the hull of all its pixel centres).
pub fn components(bitmap: &[bool], w: usize, h: usize) -> Vec<Vec<Point>> {
    // Runs (y, first x, last x) in raster order.
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    let mut row_start = vec![usize::MAX; h + 1];
    for y in 0..h {
        row_start[y] = runs.len();
        let row = &bitmap[y * w..(y + 1) * w];
        let mut x = 0;
        while x < w {
            if row[x] {
                let s = x;
                while x < w && row[x] {
                    x += 1;
                }
                runs.push((y, s, x - 1));
            } else {
                x += 1;
            }
        }
    }
    row_start[h] = runs.len();
    let mut parent: Vec<usize> = (0..runs.len()).collect();
    fn find(parent: &mut [usize], mut a: usize) -> usize {
        while parent[a] != a {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        a
    }
    for k in 0..runs.len() {
        let (y, s, e) = runs[k];
        if y == 0 {
            continue;
        }
        for (j, &(_, ps, pe)) in runs.iter().enumerate().take(row_start[y]).skip(row_start[y - 1]) {
            // Overlap, diagonal touch included.
            if ps <= e + 1 && pe + 1 >= s {
                let (ra, rb) = (find(&mut parent, k), find(&mut parent, j));
                if ra != rb {
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    // Components in the order of their first pixel in raster order (the smallest run index is the root).
    let mut index_of_root = vec![usize::MAX; runs.len()];
    let mut out: Vec<Vec<Point>> = Vec::new();
    let mut ends: Vec<Vec<Point>> = Vec::new();
    for (k, &(y, s, e)) in runs.iter().enumerate() {
        let r = find(&mut parent, k);
        if index_of_root[r] == usize::MAX {
            index_of_root[r] = out.len();
            out.push(Vec::new());
            ends.push(Vec::new());
        }
        out[index_of_root[r]].push([s as f64, y as f64]);
        ends[index_of_root[r]].push([e as f64, y as f64]);
    }
    for (starts, e) in out.iter_mut().zip(ends) {
        starts.extend(e);
    }
    out
}

fn cross(o: (i64, i64), a: (i64, i64), b: (i64, i64)) -> i64 {
    (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
}

/// Convex hull (Andrew's monotone chain) of integer points, counter-clockwise in image coordinates'
/// maths orientation; fewer than three distinct points come back sorted.
pub fn convex_hull(points: &[Point]) -> Vec<Point> {
    let mut pts: Vec<(i64, i64)> = points.iter().map(|p| (p[0] as i64, p[1] as i64)).collect();
    pts.sort_unstable();
    pts.dedup();
    if pts.len() <= 2 {
        return pts.into_iter().map(|(x, y)| [x as f64, y as f64]).collect();
    }
    let mut lower: Vec<(i64, i64)> = Vec::new();
    for &p in &pts {
        while lower.len() >= 2 && cross(lower[lower.len() - 2], lower[lower.len() - 1], p) <= 0 {
            lower.pop();
        }
        lower.push(p);
    }
    let mut upper: Vec<(i64, i64)> = Vec::new();
    for &p in pts.iter().rev() {
        while upper.len() >= 2 && cross(upper[upper.len() - 2], upper[upper.len() - 1], p) <= 0 {
            upper.pop();
        }
        upper.push(p);
    }
    lower.pop();
    upper.pop();
    lower.into_iter().chain(upper).map(|(x, y)| [x as f64, y as f64]).collect()
}

/// The minimum-area rectangle around the points: its four corners (in no particular order) and its
/// two side lengths.
pub fn min_area_rect(points: &[Point]) -> ([Point; 4], (f64, f64)) {
    let hull = convex_hull(points);
    match hull.len() {
        0 => return ([[0.0; 2]; 4], (0.0, 0.0)),
        1 => return ([hull[0]; 4], (0.0, 0.0)),
        _ => {}
    }
    let n = hull.len();
    let mut best: Option<(f64, Point, Point, f64, f64, f64, f64)> = None;
    for i in 0..(if n > 2 { n } else { 1 }) {
        let (a, b) = (hull[i], hull[(i + 1) % n]);
        let e = [b[0] - a[0], b[1] - a[1]];
        let len = e[0].hypot(e[1]);
        let u = [e[0] / len, e[1] / len];
        let v = [-u[1], u[0]];
        let (mut u0, mut u1, mut v0, mut v1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for p in &hull {
            let pu = p[0] * u[0] + p[1] * u[1];
            let pv = p[0] * v[0] + p[1] * v[1];
            u0 = u0.min(pu);
            u1 = u1.max(pu);
            v0 = v0.min(pv);
            v1 = v1.max(pv);
        }
        let area = (u1 - u0) * (v1 - v0);
        if best.as_ref().is_none_or(|b| area < b.0 - 1e-9) {
            best = Some((area, u, v, u0, u1, v0, v1));
        }
    }
    let Some((_, u, v, u0, u1, v0, v1)) = best else { return ([[0.0; 2]; 4], (0.0, 0.0)) };
    let corner = |a: f64, b: f64| [u[0] * a + v[0] * b, u[1] * a + v[1] * b];
    ([corner(u0, v0), corner(u1, v0), corner(u1, v1), corner(u0, v1)], (u1 - u0, v1 - v0))
}

/// Corners ordered top-left, top-right, bottom-right, bottom-left as the detector's post-processing
/// orders them: stably by x, then each pair by y.
pub fn order_mini_box(pts: &[Point; 4]) -> [Point; 4] {
    let mut p = *pts;
    p.sort_by(|a, b| a[0].total_cmp(&b[0]));
    let (i1, i4) = if p[1][1] > p[0][1] { (0, 1) } else { (1, 0) };
    let (i2, i3) = if p[3][1] > p[2][1] { (2, 3) } else { (3, 2) };
    [p[i1], p[i2], p[i3], p[i4]]
}

fn round_half_away(v: f64) -> i64 {
    if v < 0.0 { (v - 0.5) as i64 } else { (v + 0.5) as i64 }
}

/// Grows a closed polygon by `delta` with round joins (arc tolerance 0.25), as Clipper 6.4.2 does;
/// coordinates are truncated to integers first, as `pyclipper` does.
pub fn offset_round(path: &[Point], delta: f64) -> Vec<Point> {
    let mut pts: Vec<(i64, i64)> = Vec::new();
    for p in path {
        let q = (p[0] as i64, p[1] as i64);
        if pts.last() != Some(&q) {
            pts.push(q);
        }
    }
    while pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    let n = pts.len();
    if n < 3 {
        return pts.into_iter().map(|(x, y)| [x as f64, y as f64]).collect();
    }
    let area2: i64 = (0..n)
        .map(|i| {
            let j = (i + n - 1) % n;
            (pts[j].0 + pts[i].0) * (pts[j].1 - pts[i].1)
        })
        .sum();
    if -(area2 as f64) * 0.5 < 0.0 {
        pts.reverse();
    }
    let arc_tol = 0.25;
    let y = if arc_tol <= delta.abs() * 0.25 { arc_tol } else { delta.abs() * 0.25 };
    let steps =
        (std::f64::consts::PI / (1.0 - y / delta.abs()).acos()).min(delta.abs() * std::f64::consts::PI);
    let two_pi = 2.0 * std::f64::consts::PI;
    let (sn, cs, spr) = ((two_pi / steps).sin(), (two_pi / steps).cos(), steps / two_pi);
    let normals: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let (dx, dy) = ((pts[(i + 1) % n].0 - pts[i].0) as f64, (pts[(i + 1) % n].1 - pts[i].1) as f64);
            let f = 1.0 / (dx * dx + dy * dy).sqrt();
            (dy * f, -dx * f)
        })
        .collect();
    let mut out: Vec<(i64, i64)> = Vec::new();
    let mut k = n - 1;
    for j in 0..n {
        let ((nkx, nky), (njx, njy)) = (normals[k], normals[j]);
        let (px, py) = (pts[j].0 as f64, pts[j].1 as f64);
        let at = |nx: f64, ny: f64| (round_half_away(px + nx * delta), round_half_away(py + ny * delta));
        let mut sin_a = nkx * njy - njx * nky;
        if (sin_a * delta).abs() < 1.0 && nkx * njx + njy * nky > 0.0 {
            out.push(at(nkx, nky));
        } else {
            sin_a = sin_a.clamp(-1.0, 1.0);
            if sin_a * delta < 0.0 {
                out.push(at(nkx, nky));
                out.push(pts[j]);
                out.push(at(njx, njy));
            } else {
                let a = sin_a.atan2(nkx * njx + nky * njy);
                let (mut x, mut y) = (nkx, nky);
                for _ in 0..round_half_away(spr * a.abs()).max(1) {
                    out.push(at(x, y));
                    (x, y) = (x * cs - sn * y, x * sn + y * cs);
                }
                out.push(at(njx, njy));
            }
        }
        k = j;
    }
    out.into_iter().map(|(x, y)| [x as f64, y as f64]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_join_diagonal_neighbours_and_keep_raster_order() {
        #[rustfmt::skip]
        let map = [
            1, 0, 0, 0, 1,
            0, 1, 0, 0, 1,
            0, 0, 0, 0, 0,
            1, 1, 0, 0, 0,
        ];
        let bits: Vec<bool> = map.iter().map(|&v| v == 1).collect();
        let c = components(&bits, 5, 4);
        assert_eq!(c.len(), 3);
        assert!(c[0].contains(&[0.0, 0.0]) && c[0].contains(&[1.0, 1.0]));
        assert!(c[1].contains(&[4.0, 0.0]) && c[1].contains(&[4.0, 1.0]));
        assert!(c[2].contains(&[0.0, 3.0]) && c[2].contains(&[1.0, 3.0]));
    }

    #[test]
    fn the_minimum_rectangle_of_a_rotated_square_is_the_square() {
        let pts = [[5.0, 0.0], [10.0, 5.0], [5.0, 10.0], [0.0, 5.0], [5.0, 5.0]];
        let (_, (w, h)) = min_area_rect(&pts);
        let side = 50f64.sqrt();
        assert!((w - side).abs() < 1e-9 && (h - side).abs() < 1e-9, "{w} {h}");
        let (_, (w, h)) = min_area_rect(&[[0.0, 0.0], [9.0, 0.0], [9.0, 3.0], [0.0, 3.0], [4.0, 1.0]]);
        assert_eq!((w.max(h), w.min(h)), (9.0, 3.0));
    }

    #[test]
    fn boxes_are_ordered_clockwise_from_top_left() {
        let b = order_mini_box(&[[10.0, 5.0], [0.0, 5.0], [10.0, 0.0], [0.0, 0.0]]);
        assert_eq!(b, [[0.0, 0.0], [10.0, 0.0], [10.0, 5.0], [0.0, 5.0]]);
    }

    #[test]
    fn offsetting_grows_a_rectangle_by_delta_on_every_side() {
        let grown = offset_round(&[[10.0, 10.0], [50.0, 10.0], [50.0, 30.0], [10.0, 30.0]], 5.0);
        let xs: Vec<f64> = grown.iter().map(|p| p[0]).collect();
        let ys: Vec<f64> = grown.iter().map(|p| p[1]).collect();
        let min = |v: &[f64]| v.iter().copied().fold(f64::MAX, f64::min);
        let max = |v: &[f64]| v.iter().copied().fold(f64::MIN, f64::max);
        assert_eq!((min(&xs), max(&xs), min(&ys), max(&ys)), (5.0, 55.0, 5.0, 35.0));
        // Round joins: more than the four corners.
        assert!(grown.len() > 8);
        let (_, (w, h)) = min_area_rect(&grown);
        assert_eq!((w.max(h), w.min(h)), (50.0, 30.0));
    }
}

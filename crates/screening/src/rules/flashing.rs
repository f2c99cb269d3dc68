//! Photosensitive flashing (WCAG 2.x success criterion 2.3.1, and the broadcast practice it comes
//! from: ITU-R BT.1702, Ofcom): a general flash is a pair of opposing changes in relative luminance of
//! at least 0.1 where the darker state is below 0.8; a red flash is a pair of opposing changes of at
//! least 20 in saturated red, `(R - G - B) x 320` on linear channels where `R / (R + G + B) >= 0.8`.
//! Content fails when more than three flashes of either kind occur within any one second over at
//! least a quarter of the frame.
//!
//! Frames are reduced to a grid (at most [`GRID`] cells on the long side) of linear-light cell means.
//! Each cell follows its own signal: a monotone run that has moved by the threshold is one transition
//! (counted once, when it gets there), a move back by more than a tenth of the threshold starts the
//! next run. Transitions are counted per cell over the last second (time-based, half-open window);
//! at each frame the flash rate reached by at least a quarter of the cells is the frame's rate. How
//! this differs from EA's IRIS is set out in ARCHITECTURE.md.

use std::collections::VecDeque;

use image::RgbImage;

/// Cells on the longer side of the analysis grid.
pub const GRID: usize = 160;

/// The thresholds of the criterion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlashConfig {
    /// Relative-luminance change of one transition.
    pub luminance_change: f32,
    /// The darker state of a general flash must be below this.
    pub dark_limit: f32,
    /// Saturated-red change of one transition.
    pub red_change: f32,
    /// Share of the frame that must flash together.
    pub area: f64,
    /// Flashes allowed in any one second.
    pub max_flashes_per_second: f64,
}

impl Default for FlashConfig {
    fn default() -> Self {
        FlashConfig {
            luminance_change: 0.1,
            dark_limit: 0.8,
            red_change: 20.0,
            area: 0.25,
            max_flashes_per_second: 3.0,
        }
    }
}

/// sRGB to linear light, one entry per 8-bit code value (threshold 0.04045).
fn linear_table() -> [f32; 256] {
    let mut t = [0f32; 256];
    for (i, v) in t.iter_mut().enumerate() {
        let c = i as f64 / 255.0;
        *v = (if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }) as f32;
    }
    t
}

/// A frame reduced to the analysis grid: relative luminance and saturated red per cell.
#[derive(Clone, Debug)]
pub struct Grid {
    pub luminance: Vec<f32>,
    pub red: Vec<f32>,
}

/// Grid dimensions for a `w` x `h` frame.
pub fn grid_size(w: u32, h: u32) -> (usize, usize) {
    let (w, h) = (w.max(1) as usize, h.max(1) as usize);
    if w >= h {
        let gw = w.min(GRID);
        (gw, (h * gw).div_ceil(w).max(1))
    } else {
        let gh = h.min(GRID);
        ((w * gh).div_ceil(h).max(1), gh)
    }
}

/// Reduces a frame to a `gw` x `gh` grid of cell means of linear-light luminance and saturated red.
pub fn reduce(rgb: &RgbImage, gw: usize, gh: usize) -> Grid {
    static TABLE: std::sync::OnceLock<[f32; 256]> = std::sync::OnceLock::new();
    let lin = TABLE.get_or_init(linear_table);
    let (w, h) = (rgb.width() as usize, rgb.height() as usize);
    let mut lum = vec![0f32; gw * gh];
    let mut red = vec![0f32; gw * gh];
    let mut count = vec![0u32; gw * gh];
    let cols: Vec<usize> = (0..w).map(|x| x * gw / w.max(1)).collect();
    for (y, row) in rgb.as_raw().chunks_exact(w * 3).enumerate().take(h) {
        let base = (y * gh / h.max(1)) * gw;
        for (px, &cx) in row.chunks_exact(3).zip(&cols) {
            let (r, g, b) = (lin[px[0] as usize], lin[px[1] as usize], lin[px[2] as usize]);
            let cell = base + cx;
            lum[cell] += 0.2126 * r + 0.7152 * g + 0.0722 * b;
            let sum = r + g + b;
            if sum > 0.0 && r >= 0.8 * sum {
                red[cell] += ((r - g - b) * 320.0).max(0.0);
            }
            count[cell] += 1;
        }
    }
    for ((l, r), &n) in lum.iter_mut().zip(red.iter_mut()).zip(&count) {
        if n > 0 {
            *l /= n as f32;
            *r /= n as f32;
        }
    }
    Grid { luminance: lum, red }
}

/// One cell's current monotone run.
#[derive(Clone, Copy, Default)]
struct Run {
    start: f32,
    peak: f32,
    dir: i8,
    counted: bool,
}

/// A stretch of time in which the limit was exceeded.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FailWindow {
    pub start_ms: f64,
    pub end_ms: f64,
    pub start_frame: usize,
    pub end_frame: usize,
    /// Highest flash rate reached by a quarter of the frame in it.
    pub flashes: f64,
    /// Largest share of the frame flashing more than the limit in it.
    pub area: f64,
}

/// What one kind of flash measured.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct FlashReport {
    /// Highest flashes per second reached by at least the configured share of the frame.
    pub peak_flashes_per_second: f64,
    /// Largest share of the frame that flashed more than the limit in one second.
    pub peak_area: f64,
    pub fails: bool,
    pub windows: Vec<FailWindow>,
}

/// Tracks one signal (luminance or red) over all cells.
struct Tracker {
    change: f32,
    eps: f32,
    dark: f32,
    runs: Vec<Run>,
    counts: Vec<u32>,
    hist: Vec<u32>,
    events: VecDeque<(f64, u32)>,
    started: bool,
    report: FlashReport,
}

impl Tracker {
    fn new(cells: usize, change: f32, dark: f32) -> Tracker {
        Tracker {
            change,
            eps: change / 10.0,
            dark,
            runs: vec![Run::default(); cells],
            counts: vec![0; cells],
            hist: vec![cells as u32],
            events: VecDeque::new(),
            started: false,
            report: FlashReport::default(),
        }
    }

    fn bump(&mut self, cell: usize, up: bool) {
        let c = self.counts[cell] as usize;
        self.hist[c] -= 1;
        let n = if up { c + 1 } else { c - 1 };
        if n >= self.hist.len() {
            self.hist.resize(n + 1, 0);
        }
        self.hist[n] += 1;
        self.counts[cell] = n as u32;
    }

    /// Feeds one frame's values at time `t`; returns the transitions now counted per cell in the last
    /// second that at least `area` of the cells reach, and the share of cells above `limit`.
    fn push(&mut self, t: f64, values: &[f32], area: f64, limit: u32) -> (u32, f64) {
        if !self.started {
            for (r, &v) in self.runs.iter_mut().zip(values) {
                *r = Run { start: v, peak: v, dir: 0, counted: false };
            }
            self.started = true;
        } else {
            for (cell, &v) in values.iter().enumerate() {
                let r = &mut self.runs[cell];
                match r.dir {
                    0 if v - r.start > self.eps => (r.dir, r.peak) = (1, v),
                    0 if r.start - v > self.eps => (r.dir, r.peak) = (-1, v),
                    1 if v > r.peak => r.peak = v,
                    1 if r.peak - v > self.eps => {
                        *r = Run { start: r.peak, peak: v, dir: -1, counted: false }
                    }
                    -1 if v < r.peak => r.peak = v,
                    -1 if v - r.peak > self.eps => {
                        *r = Run { start: r.peak, peak: v, dir: 1, counted: false }
                    }
                    _ => {}
                }
                if r.dir != 0
                    && !r.counted
                    && (r.peak - r.start).abs() >= self.change
                    && r.start.min(r.peak) < self.dark
                {
                    r.counted = true;
                    self.events.push_back((t, cell as u32));
                    self.bump(cell, true);
                }
            }
        }
        while let Some(&(et, cell)) = self.events.front() {
            // Half-open (t - 1 s, t]; the microsecond keeps frame times that are exactly a second
            // apart (e.g. 30 frames at 30 fps) apart despite floating-point rounding.
            if et > t - 1000.0 + 1e-3 {
                break;
            }
            self.events.pop_front();
            self.bump(cell as usize, false);
        }
        let cells = self.runs.len() as f64;
        let need = (area * cells).ceil() as u32;
        let (mut cum, mut reached, mut above) = (0u32, 0u32, 0u32);
        for k in (1..self.hist.len()).rev() {
            cum += self.hist[k];
            if k as u32 > limit {
                above = cum;
            }
            if reached == 0 && cum >= need.max(1) {
                reached = k as u32;
            }
        }
        (reached, above as f64 / cells)
    }
}

/// The two flash trackers over a stream of frames.
pub struct FlashAnalyzer {
    config: FlashConfig,
    size: Option<(usize, usize)>,
    luminance: Option<Tracker>,
    red: Option<Tracker>,
    /// Times and indices of the frames of the last second (window starts for the evidence).
    recent: VecDeque<(f64, usize)>,
    /// The first second of frames, kept to replay the wrap into the next play of a loop.
    first_second: Vec<(f64, usize, Grid)>,
    last: Option<(f64, usize)>,
    pub frames: usize,
}

impl FlashAnalyzer {
    pub fn new(config: FlashConfig) -> FlashAnalyzer {
        FlashAnalyzer {
            config,
            size: None,
            luminance: None,
            red: None,
            recent: VecDeque::new(),
            first_second: Vec::new(),
            last: None,
            frames: 0,
        }
    }

    /// Adds the frame shown from `time_ms`.
    pub fn push(&mut self, time_ms: f64, frame: usize, rgb: &RgbImage) {
        let (gw, gh) = *self.size.get_or_insert_with(|| grid_size(rgb.width(), rgb.height()));
        let grid = reduce(rgb, gw, gh);
        if time_ms < 1000.0 {
            self.first_second.push((time_ms, frame, grid.clone()));
        }
        self.push_grid(time_ms, frame, &grid);
    }

    fn push_grid(&mut self, t: f64, frame: usize, grid: &Grid) {
        let cells = grid.luminance.len();
        let lum = self
            .luminance
            .get_or_insert_with(|| Tracker::new(cells, self.config.luminance_change, self.config.dark_limit));
        let red = self.red.get_or_insert_with(|| Tracker::new(cells, self.config.red_change, f32::INFINITY));
        let limit = (2.0 * self.config.max_flashes_per_second).floor() as u32;
        self.recent.push_back((t, frame));
        while self.recent.front().is_some_and(|&(rt, _)| rt <= t - 1000.0 + 1e-3) {
            self.recent.pop_front();
        }
        let window_start = self.recent.front().copied().unwrap_or((t, frame));
        for (tracker, values) in [(lum, &grid.luminance), (red, &grid.red)] {
            let (transitions, above) = tracker.push(t, values, self.config.area, limit);
            let flashes = transitions as f64 / 2.0;
            let r = &mut tracker.report;
            r.peak_flashes_per_second = r.peak_flashes_per_second.max(flashes);
            r.peak_area = r.peak_area.max(above);
            if transitions > limit {
                r.fails = true;
                let start_ms = (t - 1000.0).max(0.0).max(window_start.0.min(t));
                match r.windows.last_mut() {
                    Some(w) if start_ms <= w.end_ms => {
                        w.end_ms = t;
                        w.end_frame = frame;
                        w.flashes = w.flashes.max(flashes);
                        w.area = w.area.max(above);
                    }
                    _ => r.windows.push(FailWindow {
                        start_ms,
                        end_ms: t,
                        start_frame: window_start.1,
                        end_frame: frame,
                        flashes,
                        area: above,
                    }),
                }
            }
        }
        self.last = Some((t, frame));
        self.frames += 1;
    }

    /// Ends the stream. `play_ms` and `plays` describe a looping animation: the wrap from its last
    /// frame into the next play is analysed by replaying the first second (several times for an
    /// animation shorter than a second), as long as plays remain.
    pub fn finish(mut self, play_ms: Option<f64>, plays: Option<u32>) -> (FlashReport, FlashReport) {
        if let (Some(d), Some(plays)) = (play_ms, plays)
            && d > 0.0
            && plays > 1
        {
            let kept = std::mem::take(&mut self.first_second);
            let replays = ((1000.0 / d).ceil() as u32 + 1).min(plays - 1);
            for k in 1..=replays {
                for (t, frame, grid) in &kept {
                    let at = t + d * k as f64;
                    if at > d + 1000.0 {
                        break;
                    }
                    self.push_grid(at, *frame, grid);
                }
            }
        }
        (self.luminance.map(|t| t.report).unwrap_or_default(), self.red.map(|t| t.report).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `seconds` of frames at `fps`, alternating between `a` and `b` at `hz` flashes per second (a
    /// flash is one a->b->a cycle) over `area` of a 320x240 frame (the rest `a`).
    fn flashing(
        hz: f64,
        area: f64,
        a: [u8; 3],
        b: [u8; 3],
        fps: f64,
        seconds: f64,
    ) -> (FlashReport, FlashReport) {
        let mut an = FlashAnalyzer::new(FlashConfig::default());
        let (w, h) = (320u32, 240u32);
        let cut = (h as f64 * area).round() as u32;
        for i in 0..(fps * seconds) as usize {
            let t = i as f64 * 1000.0 / fps;
            // Integer arithmetic: the state toggles 2 * hz times a second, exactly.
            let on = (i * (2.0 * hz) as usize / fps as usize) % 2 == 1;
            let img = RgbImage::from_fn(w, h, |_, y| image::Rgb(if on && y < cut { b } else { a }));
            an.push(t, i, &img);
        }
        an.finish(None, None)
    }

    const BLACK: [u8; 3] = [0, 0, 0];
    const WHITE: [u8; 3] = [255, 255, 255];

    #[test]
    fn full_frame_black_white_passes_at_2_hz_and_fails_at_4_hz() {
        let (g, _) = flashing(2.0, 1.0, BLACK, WHITE, 30.0, 4.0);
        assert!(!g.fails && g.peak_flashes_per_second == 2.0, "{g:?}");
        let (g, r) = flashing(4.0, 1.0, BLACK, WHITE, 30.0, 4.0);
        assert!(g.fails && g.peak_flashes_per_second >= 4.0 && g.peak_area == 1.0, "{g:?}");
        assert!(!r.fails, "black/white is not a red flash");
        let w = &g.windows[0];
        assert!(w.start_ms < 1000.0 && w.end_ms > 3000.0, "{w:?}");
    }

    #[test]
    fn the_flashing_area_must_reach_a_quarter_of_the_frame() {
        assert!(!flashing(4.0, 0.10, BLACK, WHITE, 30.0, 3.0).0.fails);
        let (g, _) = flashing(4.0, 0.40, BLACK, WHITE, 30.0, 3.0);
        assert!(g.fails && (g.peak_area - 0.40).abs() < 0.02, "{g:?}");
    }

    #[test]
    fn small_changes_and_bright_flashes_pass_and_saturated_red_is_a_red_flash() {
        // A luminance change of about 0.05 (grey 0.40 <-> 0.45) at 4 Hz.
        let (g, _) = flashing(4.0, 1.0, [170, 170, 170], [177, 177, 177], 30.0, 3.0);
        assert!(!g.fails && g.peak_flashes_per_second == 0.0, "{g:?}");
        // Both states brighter than 0.8: not a general flash.
        assert!(!flashing(4.0, 1.0, [235, 235, 235], [255, 255, 255], 30.0, 3.0).0.fails);
        // Saturated red and black at 4 Hz: a red flash (and a general one).
        let (g, r) = flashing(4.0, 1.0, BLACK, [255, 0, 0], 30.0, 3.0);
        assert!(r.fails && r.peak_flashes_per_second >= 4.0, "{r:?}");
        assert!(g.fails);
        // Red and black at 3 Hz is not more than three.
        assert!(!flashing(3.0, 1.0, BLACK, [255, 0, 0], 60.0, 3.0).1.fails);
    }

    #[test]
    fn a_slow_fade_passes() {
        let mut an = FlashAnalyzer::new(FlashConfig::default());
        for i in 0..240 {
            // Black to white and back over 4 s (30 fps), twice.
            let phase = (i % 120) as f64 / 120.0;
            let v = (255.0 * (1.0 - (2.0 * phase - 1.0).abs())) as u8;
            an.push(i as f64 * 1000.0 / 30.0, i, &RgbImage::from_pixel(64, 48, image::Rgb([v, v, v])));
        }
        let (g, _) = an.finish(None, None);
        assert!(!g.fails && g.peak_flashes_per_second <= 1.0, "{g:?}");
    }

    #[test]
    fn a_short_loop_is_judged_over_its_repeats() {
        // Two frames of 100 ms, black then white: one play has a single change, but looping it
        // forever flashes 5 times a second.
        let frames = [
            RgbImage::from_pixel(32, 32, image::Rgb(BLACK)),
            RgbImage::from_pixel(32, 32, image::Rgb(WHITE)),
        ];
        let run = |plays: Option<u32>| {
            let mut an = FlashAnalyzer::new(FlashConfig::default());
            for (i, f) in frames.iter().enumerate() {
                an.push(i as f64 * 100.0, i, f);
            }
            an.finish(Some(200.0), plays).0
        };
        assert!(!run(Some(1)).fails);
        let looped = run(Some(u32::MAX));
        assert!(looped.fails && looped.peak_flashes_per_second >= 4.0, "{looped:?}");
    }

    #[test]
    fn the_grid_keeps_the_aspect_and_linear_light() {
        assert_eq!(grid_size(1280, 720), (160, 90));
        assert_eq!(grid_size(300, 600), (80, 160));
        assert_eq!(grid_size(20, 10), (20, 10));
        let g = reduce(&RgbImage::from_pixel(4, 4, image::Rgb([255, 0, 0])), 2, 2);
        assert!((g.luminance[0] - 0.2126).abs() < 1e-6 && (g.red[0] - 320.0).abs() < 1e-3);
        // Mid grey (code 188) is about 0.5 in linear light.
        let g = reduce(&RgbImage::from_pixel(4, 4, image::Rgb([188, 188, 188])), 1, 1);
        assert!((g.luminance[0] - 0.5029).abs() < 1e-3, "{}", g.luminance[0]);
    }
}

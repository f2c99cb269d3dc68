//! `imaging::jpeg` against Pillow 13 / libjpeg-turbo 3.2, bit for bit, on committed fixtures (the
//! NSFW fixtures and `fixtures/jpeg`, whose reference hashes scripts/reference/*.py computed with
//! Pillow itself), and against hostile input: thousands of corrupted files decode or fail with an
//! error, never a panic.

use adscreen_runtime::fetch::sha256_hex;
use adscreen_runtime::imaging::{self, ImageLimits, jpeg};

use crate::util::fixture;

fn json(name: &str) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(fixture(name)).unwrap()).unwrap()
}

/// (file path, sha256 of Pillow's `convert("RGB")` pixels) for every JPEG fixture.
fn references() -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for item in json("jpeg/reference.json")["images"].as_array().unwrap() {
        let file = item["file"].as_str().unwrap();
        out.push((fixture(&format!("jpeg/{file}")), item["rgb_sha256"].as_str().unwrap().to_string()));
    }
    for item in json("nsfw_reference.json")["images"].as_array().unwrap() {
        let file = item["file"].as_str().unwrap();
        if file.ends_with(".jpg") {
            out.push((
                fixture(&format!("images/{file}")),
                item["sha256"]["rgb"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

#[test]
fn decodes_every_fixture_exactly_as_libjpeg_turbo() {
    let refs = references();
    assert!(refs.len() >= 20, "{}", refs.len());
    let mut differ = Vec::new();
    for (path, want) in &refs {
        let bytes = std::fs::read(path).unwrap();
        let got =
            jpeg::decode(&bytes, 1 << 26, 1 << 30).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        if sha256_hex(got.rgb.as_raw()) != *want {
            differ.push(path.file_name().unwrap().to_string_lossy().to_string());
        }
    }
    eprintln!(
        "{} of {} JPEG fixtures bit-exact with Pillow/libjpeg-turbo",
        refs.len() - differ.len(),
        refs.len()
    );
    assert!(differ.is_empty(), "decoded pixels differ from libjpeg-turbo's: {differ:?}");
}

#[test]
fn the_screening_decoder_uses_it_and_applies_exif_orientation_after() {
    let path = fixture("images/exif_orientation6_360x270.jpg");
    let bytes = std::fs::read(&path).unwrap();
    let raw = jpeg::decode(&bytes, 1 << 26, 1 << 30).unwrap();
    assert_eq!(raw.rgb.dimensions(), (360, 270));
    let screened = imaging::decode(&bytes, &ImageLimits::default()).unwrap();
    // Orientation 6: rotated 90 degrees clockwise for display.
    assert_eq!(screened.rgb.dimensions(), (270, 360));
    assert_eq!(screened.stored_size, (360, 270));
    let rotated = image::imageops::rotate90(&raw.rgb);
    assert_eq!(screened.rgb.as_raw(), rotated.as_raw());
}

/// A small deterministic generator (xorshift64*), so that a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn corrupted_jpegs_are_errors_never_panics() {
    let files = [
        "progressive_restart_1block.jpg",
        "baseline_422_restart_2blocks.jpg",
        "sample_1x2.jpg",
        "one_pixel.jpg",
    ];
    let limits = ImageLimits::default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut ok, mut refused) = (0usize, 0usize);
    for name in files {
        let good = std::fs::read(fixture(&format!("jpeg/{name}"))).unwrap();
        for case in 0..800 {
            let mut bad = good.clone();
            let kind = case % 4;
            match kind {
                // Truncated anywhere: always an error (no end-of-image marker).
                0 => bad.truncate(rng.below(good.len())),
                // A few bytes overwritten, headers included.
                1 => {
                    for _ in 0..1 + rng.below(4) {
                        let at = rng.below(bad.len());
                        bad[at] = rng.next() as u8;
                    }
                }
                // A marker byte planted in the data.
                2 => {
                    let at = rng.below(bad.len());
                    bad[at] = 0xFF;
                }
                // A slice duplicated.
                _ => {
                    let (a, n) = (rng.below(bad.len()), 1 + rng.below(64));
                    let chunk: Vec<u8> = bad[a..(a + n).min(bad.len())].to_vec();
                    let at = rng.below(bad.len());
                    bad.splice(at..at, chunk);
                }
            }
            let direct = jpeg::decode(&bad, 1 << 24, 256 << 20);
            let screened = imaging::decode(&bad, &limits);
            if kind == 0 {
                assert!(direct.is_err(), "{name} case {case}: a truncated file decoded");
                assert!(screened.is_err(), "{name} case {case}: a truncated file was screened");
            }
            match screened {
                Ok(_) => ok += 1,
                Err(_) => refused += 1,
            }
        }
    }
    eprintln!("{} corrupted files: {ok} still decodable, {refused} refused with an error", ok + refused);
    assert!(refused > 800, "{refused}");
}

#[test]
fn a_header_claiming_huge_dimensions_is_refused_before_allocating() {
    let mut bytes = std::fs::read(fixture("jpeg/one_pixel.jpg")).unwrap();
    // Rewrite the frame header's height and width (SOF0: FF C0, length, precision, H, W).
    let sof = bytes.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    bytes[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]); // 60000 x 60000
    let err = jpeg::decode(&bytes, 40_000_000, 512 << 20).unwrap_err();
    assert!(matches!(&err, jpeg::JpegError::Corrupt(why) if why.contains("60000x60000")), "{err:?}");
    let err = imaging::decode(&bytes, &ImageLimits::default()).unwrap_err();
    assert!(matches!(err, imaging::ImageError::TooManyPixels { width: 60000, height: 60000, .. }), "{err}");
}

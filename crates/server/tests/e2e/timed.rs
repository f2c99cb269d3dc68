//! Animations, video and audio end to end: flashing measured to WCAG on animations and videos the
//! tests make, the animation rules, frames through the image models, loudness and true peak, and
//! hostile files. Videos and compressed audio are encoded with ffmpeg (installed by the test command).

use std::io::Write;
use std::process::{Command, Stdio};

use adscreen_runtime::media::audio::{sine, wav_bytes};
use image::{Delay, Frame, RgbImage, RgbaImage};
use serde_json::{Value, json};

use crate::util::{Server, b64, casino_banner, http, peak_rss_mib};

fn screen(server: &Server, body: &Value) -> Value {
    let (status, _, body) = http(server.addr, "POST", "/v1/screen", body.to_string().as_bytes()).unwrap();
    let d: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    assert_eq!(status, 200, "{d}");
    d
}

fn asset(id: &str, kind: &str, bytes: &[u8]) -> Value {
    json!({"assets": [{"id": id, "type": kind, "data_base64": b64(bytes)}]})
}

fn finding<'a>(d: &'a Value, category: &str) -> Option<&'a Value> {
    d["findings"].as_array().unwrap().iter().find(|f| f["category"] == category)
}

/// Frames alternating `a` / `b` over the top `area` of a 320x240 frame, toggling every `half_ms`.
fn flash_frames(count: usize, area: f64, a: [u8; 3], b: [u8; 3]) -> Vec<RgbImage> {
    let cut = (240.0 * area).round() as u32;
    (0..count)
        .map(|i| RgbImage::from_fn(320, 240, |_, y| image::Rgb(if i % 2 == 1 && y < cut { b } else { a })))
        .collect()
}

/// A GIF of the frames, each shown `delay_cs` centiseconds, played once.
fn gif(frames: &[RgbImage], delay_cs: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = image::codecs::gif::GifEncoder::new(&mut out);
        let frames = frames.iter().map(|f| {
            let rgba = RgbaImage::from_fn(f.width(), f.height(), |x, y| {
                let p = f.get_pixel(x, y);
                image::Rgba([p[0], p[1], p[2], 255])
            });
            Frame::from_parts(rgba, 0, 0, Delay::from_numer_denom_ms(delay_cs * 10, 1))
        });
        enc.encode_frames(frames).unwrap();
    }
    out
}

/// An H.264 MP4 of raw frames at `fps` (ffmpeg reads them from a pipe).
fn mp4(frames: &[RgbImage], fps: u32) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("v.mp4");
    let (w, h) = frames[0].dimensions();
    let mut child = Command::new("ffmpeg")
        .args([
            "-v",
            "error",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-s",
            &format!("{w}x{h}"),
            "-r",
            &fps.to_string(),
        ])
        .args(["-i", "pipe:0", "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv444p"])
        .arg(&out)
        .stdin(Stdio::piped())
        .spawn()
        .expect("ffmpeg (the test command installs it)");
    let mut stdin = child.stdin.take().unwrap();
    for f in frames {
        stdin.write_all(f.as_raw()).unwrap();
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    std::fs::read(out).unwrap()
}

/// Encodes a WAV with ffmpeg into another container/codec (`args` like `["-c:a", "libmp3lame"]`).
fn transcode(wav: &[u8], ext: &str, args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (src, dst) = (dir.path().join("in.wav"), dir.path().join(format!("out.{ext}")));
    std::fs::write(&src, wav).unwrap();
    let ok =
        Command::new("ffmpeg").args(["-v", "error", "-i"]).arg(&src).args(args).arg(&dst).status().unwrap();
    assert!(ok.success());
    std::fs::read(dst).unwrap()
}

const BLACK: [u8; 3] = [0, 0, 0];
const WHITE: [u8; 3] = [255, 255, 255];

#[test]
fn flashing_is_measured_on_animations_and_videos() {
    let server = Server::start(&[]);
    // (name, frames, delay in cs, expected general fail, expected red fail)
    let cases: Vec<(&str, Vec<RgbImage>, u32, bool, bool)> = vec![
        ("bw-2hz", flash_frames(12, 1.0, BLACK, WHITE), 25, false, false),
        ("bw-4hz", flash_frames(24, 1.0, BLACK, WHITE), 12, true, false),
        ("bw-4hz-10pct", flash_frames(24, 0.10, BLACK, WHITE), 12, false, false),
        ("bw-4hz-40pct", flash_frames(24, 0.40, BLACK, WHITE), 12, true, false),
        ("red-4hz", flash_frames(24, 1.0, BLACK, [255, 0, 0]), 12, true, true),
        ("grey-0.05-4hz", flash_frames(24, 1.0, [170, 170, 170], [177, 177, 177]), 12, false, false),
        (
            "fade",
            (0..40)
                .map(|i| {
                    let v = (255.0 * (1.0 - ((i as f64 / 20.0) - 1.0).abs())) as u8;
                    RgbImage::from_pixel(320, 240, image::Rgb([v, v, v]))
                })
                .collect(),
            10,
            false,
            false,
        ),
    ];
    for (name, frames, delay, general, red) in &cases {
        let d = screen(&server, &asset(name, "animation", &gif(frames, *delay)));
        let g = finding(&d, "technical.flashing.general");
        let r = finding(&d, "technical.flashing.red");
        assert_eq!(g.is_some(), *general, "{name}: {}", d["scores_by_detector"]["flashing"]);
        assert_eq!(r.is_some(), *red, "{name}: {}", d["scores_by_detector"]["flashing"]);
        if let Some(g) = g {
            let m = &g["measurement"];
            assert_eq!(m["metric"], "flashes_per_second");
            assert!(m["value"].as_f64().unwrap() > 3.0 && m["limit"] == 3.0, "{name}: {m}");
            let ev = &g["evidence"][0];
            assert!(
                ev["end_ms"].as_u64().unwrap() > ev["time_ms"].as_u64().unwrap(),
                "{name}: a time range {ev}"
            );
            assert_eq!(d["decision"]["outcome"], "reject", "flashing is rejected by the default profile");
        }
        assert!(
            d["coverage"]["not_evaluated"]
                .as_array()
                .unwrap()
                .iter()
                .all(|g| !g["category"].as_str().unwrap_or("").starts_with("technical.flashing")),
            "{name}: {}",
            d["coverage"]
        );
    }
    // The same flashes as H.264 videos at 30 fps: 2 Hz passes, 4 Hz fails, 4 Hz red fails as red.
    let video = |half_frames: usize, b: [u8; 3]| {
        let frames: Vec<RgbImage> = (0..90)
            .map(|i| {
                RgbImage::from_pixel(320, 240, image::Rgb(if (i / half_frames) % 2 == 1 { b } else { BLACK }))
            })
            .collect();
        mp4(&frames, 30)
    };
    let d = screen(&server, &asset("v2", "video", &video(8, WHITE)));
    assert!(finding(&d, "technical.flashing.general").is_none(), "{}", d["scores_by_detector"]);
    assert!(
        d["scores_by_detector"]["flashing"]["frames"].as_f64().unwrap() >= 89.0,
        "{}",
        d["scores_by_detector"]
    );
    let d = screen(&server, &asset("v4", "video", &video(4, WHITE)));
    assert!(finding(&d, "technical.flashing.general").is_some(), "{}", d["scores_by_detector"]);
    let d = screen(&server, &asset("v4r", "video", &video(4, [255, 0, 0])));
    assert!(finding(&d, "technical.flashing.red").is_some(), "{}", d["scores_by_detector"]);
}

#[test]
fn animation_rules_frames_through_the_image_models_and_loudness() {
    let server = Server::start(&[]);
    // 40 frames of 500 ms, looping forever: 20 s a play, forever; 2 fps.
    let slow: Vec<RgbImage> =
        (0..40).map(|i| RgbImage::from_pixel(300, 250, image::Rgb([(i * 6) as u8, 80, 120]))).collect();
    let mut bytes = Vec::new();
    {
        let mut enc = image::codecs::gif::GifEncoder::new(&mut bytes);
        enc.set_repeat(image::codecs::gif::Repeat::Infinite).unwrap();
        enc.encode_frames(slow.iter().map(|f| {
            let rgba = image::DynamicImage::ImageRgb8(f.clone()).to_rgba8();
            Frame::from_parts(rgba, 0, 0, Delay::from_numer_denom_ms(500, 1))
        }))
        .unwrap();
    }
    let d = screen(&server, &asset("loop", "image", &bytes));
    let dur = finding(&d, "technical.animation.duration").expect("20 s is over 15 s");
    assert_eq!(dur["measurement"]["value"], 20.0);
    assert_eq!(finding(&d, "technical.animation.loops").unwrap()["measurement"]["metric"], "plays_forever");
    assert!(
        finding(&d, "technical.animation.framerate").is_none(),
        "the default profile sets no GIF frame rate"
    );

    // 10 fps GIF under a profile limiting GIFs to 5 fps.
    let mut body = asset("fast", "animation", &gif(&flash_frames(10, 0.0, [40, 40, 40], [40, 40, 40]), 10));
    body["profile"] = json!("eu-en-display");
    let d = screen(&server, &body);
    let fps = finding(&d, "technical.animation.framerate").expect("10 fps over 5");
    assert_eq!(
        (fps["measurement"]["value"].as_f64().unwrap(), fps["measurement"]["limit"].as_f64().unwrap()),
        (10.0, 5.0)
    );

    // Casino copy appears after 1.5 s: a sampled frame shows it to OCR and the text model.
    let plain = RgbImage::from_pixel(700, 400, image::Rgb([30, 90, 160]));
    let casino = casino_banner();
    let frames: Vec<RgbImage> = (0..6).map(|i| if i < 3 { plain.clone() } else { casino.clone() }).collect();
    let d = screen(&server, &asset("story", "animation", &gif(&frames, 50)));
    let gambling = finding(&d, "regulated.gambling").unwrap_or_else(|| panic!("{}", d["scores"]));
    let ev = gambling["evidence"].as_array().unwrap();
    assert!(ev.iter().any(|e| e["bbox"].is_array() && e["text"].is_string()), "{gambling}");
    let at = ev.iter().find_map(|e| e["time_ms"].as_u64()).expect("the frame's time");
    assert!((1500..=2500).contains(&at), "the casino frames start at 1.5 s: {at}");
    for m in ["open-nsfw", "efficientnet-lite0", "ppocr-rec"] {
        assert!(d["versions"]["models"].get(m).is_some(), "{m}");
    }

    // Loudness: a -23 dBFS stereo sine meets EBU R 128; at -12 dBFS it is too loud; a -0.5 dBFS
    // sine's true peak is over -1 dBTP. The US profile measures against -24 +/- 2.
    let tone = |db: f64| wav_bytes(&sine(1000.0, db, 10.0, 2, 48_000), 2, 48_000);
    let d = screen(&server, &asset("ok", "audio", &tone(-23.0)));
    assert!(finding(&d, "technical.audio.loudness").is_none(), "{}", d["scores_by_detector"]);
    let i = d["scores_by_detector"]["loudness"]["integrated_lufs"].as_f64().unwrap();
    assert!((i + 23.0).abs() < 0.15, "{i}");
    let d = screen(&server, &asset("loud", "audio", &tone(-12.0)));
    let l = finding(&d, "technical.audio.loudness").unwrap();
    assert!(
        (l["measurement"]["value"].as_f64().unwrap() + 12.0).abs() < 0.2
            && l["measurement"]["limit"] == -22.0,
        "{l}"
    );
    let d = screen(&server, &asset("peak", "audio", &tone(-0.5)));
    assert!(finding(&d, "technical.audio.true_peak").is_some());
    let mut body = asset("us", "audio", &tone(-25.0));
    body["profile"] = json!("us-en-social-feed");
    assert!(
        finding(&screen(&server, &body), "technical.audio.loudness").is_none(),
        "-25 is within -24 +/- 2"
    );
    // Compressed formats measure the same programme within half a LU.
    for (ext, args) in [
        ("mp3", vec!["-c:a", "libmp3lame", "-b:a", "192k"]),
        ("m4a", vec!["-c:a", "aac", "-b:a", "192k"]),
        ("flac", vec![]),
        ("ogg", vec!["-c:a", "libvorbis"]),
    ] {
        let d = screen(&server, &asset(ext, "audio", &transcode(&tone(-23.0), ext, &args)));
        let i = d["scores_by_detector"]["loudness"]["integrated_lufs"]
            .as_f64()
            .unwrap_or_else(|| panic!("{ext}: {d}"));
        assert!((i + 23.0).abs() < 0.5, "{ext}: {i}");
    }
    // A video's sound track is measured too.
    let frames: Vec<RgbImage> =
        (0..30).map(|_| RgbImage::from_pixel(160, 120, image::Rgb([10, 10, 10]))).collect();
    let silent_video = mp4(&frames, 30);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("v.mp4"), &silent_video).unwrap();
    std::fs::write(dir.path().join("a.wav"), tone(-12.0)).unwrap();
    let muxed = dir.path().join("av.mp4");
    let ok = Command::new("ffmpeg")
        .args(["-v", "error", "-i"])
        .arg(dir.path().join("v.mp4"))
        .arg("-i")
        .arg(dir.path().join("a.wav"))
        .args(["-c:v", "copy", "-c:a", "aac", "-shortest"])
        .arg(&muxed)
        .status()
        .unwrap();
    assert!(ok.success());
    let d = screen(&server, &asset("av", "video", &std::fs::read(&muxed).unwrap()));
    assert!(finding(&d, "technical.audio.loudness").is_some(), "{}", d["scores_by_detector"]);
}

#[test]
fn hostile_timed_media_is_bounded_and_reported() {
    let server = Server::start(&["--max-media-seconds", "60"]);
    let gap = |d: &Value, id: &str| -> String {
        d["coverage"]["not_evaluated"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["asset"] == id)
            .map(|g| g["reason"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    // 100 000 frames: the timeline is read (for the rules); frames are decoded up to the limits only.
    let many = {
        let mut out = Vec::new();
        {
            let mut enc = image::codecs::gif::GifEncoder::new(&mut out);
            let f = RgbaImage::from_pixel(2, 2, image::Rgba([9, 9, 9, 255]));
            enc.encode_frames(
                (0..100_000).map(|_| Frame::from_parts(f.clone(), 0, 0, Delay::from_numer_denom_ms(20, 1))),
            )
            .unwrap();
        }
        out
    };
    let started = std::time::Instant::now();
    let d = screen(&server, &asset("many", "animation", &many));
    assert!(gap(&d, "many").contains("of 100000 frames were analysed"), "{}", d["coverage"]);
    assert!(finding(&d, "technical.animation.duration").is_some(), "2000 s of animation");
    eprintln!("100 000-frame GIF answered in {:?}", started.elapsed());

    let anim = gif(&flash_frames(8, 1.0, BLACK, WHITE), 25);
    let d = screen(&server, &asset("cut-gif", "animation", &anim[..anim.len() / 2]));
    assert!(
        gap(&d, "cut-gif").contains("truncated") || gap(&d, "cut-gif").contains("corrupt"),
        "{}",
        d["coverage"]
    );
    assert_ne!(d["decision"]["outcome"], "approve");

    let video = mp4(&flash_frames(60, 1.0, BLACK, WHITE), 30);
    let d = screen(&server, &asset("cut-mp4", "video", &video[..video.len() / 2]));
    assert!(!gap(&d, "cut-mp4").is_empty(), "{d}");
    assert_ne!(d["decision"]["outcome"], "approve");

    // An hour of audio (the header says so): refused from the header, at once.
    let mut hour = wav_bytes(&sine(1000.0, -23.0, 1.0, 2, 48_000), 2, 48_000);
    let claimed = 3600u32 * 48_000 * 4;
    hour[4..8].copy_from_slice(&(36 + claimed).to_le_bytes());
    hour[40..44].copy_from_slice(&claimed.to_le_bytes());
    let d = screen(&server, &asset("hour", "audio", &hour));
    assert!(gap(&d, "hour").contains("over the limit"), "{}", d["coverage"]);

    for (id, kind, bytes, want) in [
        ("empty-audio", "audio", Vec::new(), "no samples"),
        ("no-samples", "audio", wav_bytes(&[], 2, 48_000), "no samples"),
        ("not-audio", "audio", b"PK\x03\x04 a zip file, not audio".to_vec(), "not a format"),
        ("not-video", "video", b"\x00\x00\x00\x18ftypisom garbage garbage".to_vec(), "video"),
    ] {
        let d = screen(&server, &asset(id, kind, &bytes));
        assert!(gap(&d, id).contains(want), "{id}: {}", d["coverage"]);
        assert_ne!(d["decision"]["outcome"], "approve", "{id}");
    }
    // Still serving (`screen` asserts the 200).
    let d = screen(&server, &json!({"headline": "Handmade oak dining tables, free delivery"}));
    assert!(d["decision"]["outcome"].is_string());
    let peak = peak_rss_mib(server.child.id());
    eprintln!("peak RSS of the server after the hostile media: {peak:.0} MiB");
    assert!(peak < 4096.0, "memory stays bounded: {peak} MiB");
}

//! Image screening end to end on the real models: text drawn by the test read back and screened,
//! image rules, the models in the decision and the metrics, and hostile images that must neither crash
//! the server nor pass silently.

use std::io::Cursor;

use adscreen_runtime::testkit::{png_claiming, render_text};
use image::{ImageFormat, RgbImage};
use serde_json::{Value, json};

use crate::util::{Server, b64, bin, casino_banner, http, peak_rss_mib};

fn encode(img: &RgbImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

fn screen(server: &Server, body: &Value) -> (u16, Value) {
    let (status, _, body) = http(server.addr, "POST", "/v1/screen", body.to_string().as_bytes()).unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

fn findings<'a>(d: &'a Value, category: &str) -> Vec<&'a Value> {
    d["findings"].as_array().unwrap().iter().filter(|f| f["category"] == category).collect()
}

#[test]
fn text_drawn_in_an_image_is_read_and_screened_with_boxes_as_evidence() {
    let server = Server::start(&[]);
    // A 640x160 banner: the words cover about 40% of it (over the default 20% limit), and it is lower
    // than the 250 px minimum.
    let banner = render_text(&["BUY NOW 50% OFF"], 60.0, [0, 0, 0], [255, 255, 255], 640, 160).unwrap();
    // Gambling copy on a second image: its text must reach the text policy model.
    let casino = casino_banner();
    let body = json!({
        "creative_id": "img-1",
        "headline": "Spring deals on garden furniture",
        "assets": [
            {"id": "banner", "type": "image", "data_base64": b64(&encode(&banner, ImageFormat::Png))},
            {"id": "promo", "type": "image", "data_base64": b64(&encode(&casino, ImageFormat::Jpeg))},
        ]
    });
    let (status, d) = screen(&server, &body);
    assert_eq!(status, 200, "{d}");
    eprintln!("{}", serde_json::to_string_pretty(&d["findings"]).unwrap());

    let ratio = findings(&d, "technical.image.text_ratio");
    let banner_ratio =
        ratio.iter().find(|f| f["evidence"][0]["asset"] == "banner").expect("text_ratio on the banner");
    assert!(banner_ratio["measurement"]["value"].as_f64().unwrap() > 0.2);
    assert_eq!(banner_ratio["evidence"][0]["text"], "BUY NOW 50% OFF", "{banner_ratio}");
    let bbox: Vec<f64> =
        banner_ratio["evidence"][0]["bbox"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert!(
        bbox[0] >= 0.0 && bbox[2] > 300.0 && bbox[2] < 640.0 && bbox[3] > 30.0 && bbox[3] < 120.0,
        "{bbox:?}"
    );
    let res = findings(&d, "technical.image.resolution");
    assert!(
        res.iter()
            .any(|f| f["evidence"][0]["asset"] == "banner" && f["measurement"]["metric"] == "height_px")
    );

    let gambling = findings(&d, "regulated.gambling");
    let from_image = gambling
        .iter()
        .find(|f| {
            f["evidence"].as_array().unwrap().iter().any(|e| e["asset"] == "promo" && e["bbox"].is_array())
        })
        .unwrap_or_else(|| panic!("a gambling finding with the promo image's boxes: {}", d["scores"]));
    assert_eq!(from_image["source"], "model");
    assert!(
        from_image["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["text"].as_str().is_some_and(|t| t.contains("CASINO")))
    );
    assert_ne!(d["decision"]["outcome"], "approve");

    // Every image model is in the versions, the per-detector scores and the stage timings.
    for m in ["open-nsfw", "efficientnet-lite0", "ppocr-det", "ppocr-cls", "ppocr-rec"] {
        assert!(d["versions"]["models"].get(m).is_some(), "{m}: {}", d["versions"]);
    }
    for det in ["open-nsfw", "efficientnet-lite0", "ocr"] {
        assert!(d["scores_by_detector"].get(det).is_some(), "{det}: {}", d["scores_by_detector"]);
    }
    for stage in ["image_decode", "image_nsfw", "image_objects", "image_ocr", "image_text"] {
        assert!(d["timing_ms"][stage].as_f64().is_some(), "{stage}: {}", d["timing_ms"]);
    }
    for c in ["sexual.explicit", "sexual.suggestive", "regulated.weapons", "regulated.alcohol"] {
        assert!(d["scores"][c].as_f64().is_some(), "{c} scored: {}", d["scores"]);
    }
    assert!(
        d["scores"]["sexual.explicit"].as_f64().unwrap() < 0.5,
        "text on a plain background is not explicit"
    );

    // The image models batch through the registry and show in the metrics.
    let (_, _, metrics) = http(server.metrics, "GET", "/metrics", b"").unwrap();
    let metrics = String::from_utf8_lossy(&metrics);
    for m in ["open-nsfw", "efficientnet-lite0", "ppocr-det", "ppocr-rec"] {
        assert!(
            metrics
                .lines()
                .any(|l| l.starts_with("adscreen_batch_size_count") && l.contains(&format!("model=\"{m}\""))),
            "no batches of {m} in the metrics"
        );
    }
    // The stored request keeps a digest of the image, not the image.
    let out = bin()
        .args(["decisions", "show", d["request_id"].as_str().unwrap(), "--store"])
        .arg(server.dir.path().join("decisions.db"))
        .output()
        .unwrap();
    let stored: Value = serde_json::from_slice(&out.stdout).unwrap();
    let data = stored["request"]["assets"][0]["data_base64"].as_str().unwrap();
    assert!(data.contains("sha256") && data.len() < 200, "{data}");
}

#[test]
fn hostile_images_are_refused_or_reported_and_the_server_keeps_serving() {
    let server = Server::start(&[]);
    let photo = RgbImage::from_fn(1000, 1000, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    });
    let jpeg = encode(&photo, ImageFormat::Jpeg);
    let truncated = jpeg[..jpeg.len() / 3].to_vec();
    // A PNG whose header claims 100000 x 100000 pixels, with almost no data.
    let bomb = png_claiming(100_000, 100_000);
    // A real, well-compressed PNG over the pixel limit (9000 x 9000 of one colour).
    let big = encode(&RgbImage::new(9000, 9000), ImageFormat::Png);
    // A GIF of 100 000 frames: only the first is decoded here.
    let gif = {
        let mut out = Vec::new();
        {
            let mut enc = image::codecs::gif::GifEncoder::new(&mut out);
            let frame = image::RgbaImage::from_pixel(2, 2, image::Rgba([200, 10, 10, 255]));
            enc.encode_frames((0..100_000).map(|_| image::Frame::new(frame.clone()))).unwrap();
        }
        out
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated-jpeg", truncated, "corrupt or truncated"),
        ("png-bomb", bomb, "over the limit"),
        ("over-pixel-limit", big, "over the limit"),
        ("empty", Vec::new(), "empty"),
        ("wrong-magic", b"MZ\x90\x00 this is not an image at all".to_vec(), "not a JPEG, PNG, WebP or GIF"),
    ];
    for (id, bytes, reason) in &cases {
        let (status, d) =
            screen(&server, &json!({"assets": [{"id": id, "type": "image", "data_base64": b64(bytes)}]}));
        assert_eq!(status, 200, "{id}: {d}");
        let gap = d["coverage"]["not_evaluated"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["asset"] == *id)
            .unwrap_or_else(|| panic!("{id} must be a coverage gap: {d}"));
        assert!(gap["reason"].as_str().unwrap().contains(reason), "{id}: {gap}");
        assert_ne!(d["decision"]["outcome"], "approve", "{id} must not pass silently");
    }
    let (status, d) =
        screen(&server, &json!({"assets": [{"id": "anim", "type": "image", "data_base64": b64(&gif)}]}));
    assert_eq!(status, 200, "{d}");
    assert!(d["scores_by_detector"]["open-nsfw"].is_object(), "the first frame is screened: {d}");

    // Bad requests are 4xx naming the field.
    let bad: Vec<(Value, &str)> = vec![
        (
            json!({"assets": [{"id": "a", "type": "image", "data_base64": "%%%not base64%%%"}]}),
            "assets[0].data_base64",
        ),
        (json!({"assets": [{"id": "a", "type": "image", "path": "/etc/passwd"}]}), "assets[0].path"),
        (json!({"assets": [{"id": "a", "type": "image"}]}), "assets[0]"),
    ];
    for (body, field) in bad {
        let (status, err) = screen(&server, &body);
        assert_eq!(status, 400, "{err}");
        assert_eq!(err["field"], field, "{err}");
    }
    let (status, d) = screen(&server, &json!({"headline": "Fresh flowers delivered today"}));
    assert_eq!(status, 200, "still serving: {d}");
    let peak = peak_rss_mib(server.child.id());
    eprintln!("peak RSS of the server after the hostile images: {peak:.0} MiB");
    assert!(peak < 4096.0, "memory stays bounded: {peak} MiB");
}

#[test]
fn the_cli_reads_image_paths_next_to_the_input_and_never_outside_it() {
    let dir = tempfile::tempdir().unwrap();
    let ads = dir.path().join("ads");
    std::fs::create_dir(&ads).unwrap();
    // The package's own reading of this committed fixture is "MEGA", "DEAL" (ocr_reference.json).
    let banner = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../runtime/tests/fixtures/ocr/text_40pct_area.png"
    ))
    .unwrap();
    std::fs::write(ads.join("banner.png"), &banner).unwrap();
    std::fs::write(dir.path().join("secret.png"), &banner).unwrap();
    std::fs::write(
        ads.join("ok.jsonl"),
        "{\"creative_id\": \"banner-ad\", \"assets\": [{\"id\": \"b\", \"type\": \"image\", \"path\": \"banner.png\"}]}\n",
    )
    .unwrap();
    let out = bin().args(["screen", "--no-store", "--json"]).arg(ads.join("ok.jsonl")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ratio = findings(&d, "technical.image.text_ratio");
    let texts: Vec<&str> =
        ratio[0]["evidence"].as_array().unwrap().iter().filter_map(|e| e["text"].as_str()).collect();
    assert_eq!(texts, ["MEGA", "DEAL"], "{d}");

    std::fs::write(
        ads.join("escape.jsonl"),
        "{\"assets\": [{\"id\": \"b\", \"type\": \"image\", \"path\": \"../secret.png\"}]}\n",
    )
    .unwrap();
    let out = bin().args(["screen", "--no-store"]).arg(ads.join("escape.jsonl")).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("escape.jsonl:1") && stderr.contains("assets[0].path") && stderr.contains("outside"),
        "{stderr}"
    );
}

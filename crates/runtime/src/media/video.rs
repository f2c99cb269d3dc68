//! Video frames through ffmpeg (Debian's `ffmpeg` package), run as a subprocess on a private copy of
//! the file: `ffprobe` reads the streams, `ffmpeg` decodes the first video stream, scales it down to
//! the frame box and writes raw RGB frames to a pipe, while its `showinfo` filter reports each frame's
//! presentation time on stderr. Why a subprocess: ffmpeg decodes every codec ads use (H.264, HEVC,
//! VP8/9, AV1) and is maintained by Debian's security team; running it in its own process keeps a
//! decoder crash out of the server, and a wall-clock watchdog kills a decode that takes too long.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use image::RgbImage;

use super::{Frame, MediaError, MediaLimits};

/// What ffprobe says about a video.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct VideoInfo {
    pub container: String,
    pub codec: String,
    pub width: u32,
    pub height: u32,
    pub seconds: f64,
    pub fps: f64,
    pub has_audio: bool,
}

/// The ffmpeg and ffprobe to run: `$ADSCREEN_FFMPEG` (the ffmpeg binary; ffprobe beside it) or the ones
/// on `PATH`.
fn tools() -> (PathBuf, PathBuf) {
    match std::env::var_os("ADSCREEN_FFMPEG") {
        Some(p) => {
            let ffmpeg = PathBuf::from(p);
            let ffprobe = ffmpeg.with_file_name("ffprobe");
            (ffmpeg, ffprobe)
        }
        None => (PathBuf::from("ffmpeg"), PathBuf::from("ffprobe")),
    }
}

fn missing(e: &std::io::Error, tool: &Path) -> MediaError {
    if e.kind() == std::io::ErrorKind::NotFound {
        MediaError::Tool(format!(
            "video needs ffmpeg, which is not installed (Debian: apt-get install ffmpeg; or set ADSCREEN_FFMPEG): {}",
            tool.display()
        ))
    } else {
        MediaError::Tool(format!("cannot run {}: {e}", tool.display()))
    }
}

/// True when ffmpeg and ffprobe can be run.
pub fn available() -> bool {
    let (ffmpeg, ffprobe) = tools();
    [ffmpeg, ffprobe].iter().all(|t| {
        Command::new(t)
            .arg("-version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// The video written to a private temporary file (ffmpeg needs to seek in MP4).
pub struct VideoFile {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl VideoFile {
    pub fn new(bytes: &[u8]) -> Result<VideoFile, MediaError> {
        let dir = tempfile::Builder::new()
            .prefix("adscreen-video-")
            .tempdir()
            .map_err(|e| MediaError::Tool(format!("cannot create a temporary directory: {e}")))?;
        let path = dir.path().join("input");
        let mut f = std::fs::File::create(&path)
            .map_err(|e| MediaError::Tool(format!("cannot write the video: {e}")))?;
        f.write_all(bytes).map_err(|e| MediaError::Tool(format!("cannot write the video: {e}")))?;
        Ok(VideoFile { _dir: dir, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Runs a command with a wall-clock limit, returning its stdout.
fn run_limited(
    mut cmd: Command,
    limit: Duration,
    tool: &Path,
) -> Result<(bool, Vec<u8>, String), MediaError> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| missing(&e, tool))?;
    let mut out = child.stdout.take().ok_or_else(|| MediaError::Tool("no stdout".into()))?;
    let mut err = child.stderr.take().ok_or_else(|| MediaError::Tool("no stderr".into()))?;
    let reader = std::thread::spawn(move || {
        let mut o = Vec::new();
        let _ = out.by_ref().take(16 << 20).read_to_end(&mut o);
        o
    });
    let err_reader = std::thread::spawn(move || {
        let mut e = Vec::new();
        let _ = err.by_ref().take(1 << 20).read_to_end(&mut e);
        e
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| MediaError::Tool(e.to_string()))? {
            break s;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(MediaError::TooLarge(format!(
                "{} took longer than {:.0} s",
                tool.display(),
                limit.as_secs_f64()
            )));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Ok((status.success(), stdout, stderr))
}

fn rate(s: &str) -> f64 {
    match s.split_once('/') {
        Some((n, d)) => {
            let (n, d): (f64, f64) = (n.parse().unwrap_or(0.0), d.parse().unwrap_or(0.0));
            if d > 0.0 { n / d } else { 0.0 }
        }
        None => s.parse().unwrap_or(0.0),
    }
}

/// Reads the container and first video stream.
pub fn probe(file: &VideoFile, limits: &MediaLimits) -> Result<VideoInfo, MediaError> {
    let (_, ffprobe) = tools();
    let mut cmd = Command::new(&ffprobe);
    cmd.args(["-v", "error", "-print_format", "json", "-show_format", "-show_streams"]).arg(file.path());
    let (ok, out, err) =
        run_limited(cmd, Duration::from_secs_f64(limits.max_wall_seconds.min(30.0)), &ffprobe)?;
    if !ok {
        return Err(MediaError::Unsupported(format!(
            "not a video ffmpeg can read: {}",
            err.trim().lines().last().unwrap_or("")
        )));
    }
    let v: serde_json::Value = serde_json::from_slice(&out)
        .map_err(|e| MediaError::Tool(format!("unreadable ffprobe output: {e}")))?;
    let streams = v["streams"].as_array().cloned().unwrap_or_default();
    let video = streams
        .iter()
        .find(|s| s["codec_type"] == "video" && s["disposition"]["attached_pic"].as_i64() != Some(1))
        .ok_or_else(|| MediaError::Unsupported("the file has no video stream".into()))?;
    let num = |x: &serde_json::Value| x.as_str().and_then(|s| s.parse::<f64>().ok()).or_else(|| x.as_f64());
    let seconds = num(&v["format"]["duration"]).or_else(|| num(&video["duration"])).unwrap_or(0.0);
    let info = VideoInfo {
        container: v["format"]["format_name"].as_str().unwrap_or("").to_string(),
        codec: video["codec_name"].as_str().unwrap_or("").to_string(),
        width: video["width"].as_u64().unwrap_or(0) as u32,
        height: video["height"].as_u64().unwrap_or(0) as u32,
        seconds,
        fps: rate(video["avg_frame_rate"].as_str().unwrap_or("0/0")),
        has_audio: streams.iter().any(|s| s["codec_type"] == "audio"),
    };
    if info.width == 0 || info.height == 0 {
        return Err(MediaError::Corrupt { format: "video", reason: "the video stream has no size".into() });
    }
    if info.width as u64 * info.height as u64 > limits.max_pixels {
        return Err(MediaError::TooLarge(format!(
            "the video is {}x{} pixels, over the limit of {}",
            info.width, info.height, limits.max_pixels
        )));
    }
    if info.seconds > limits.max_seconds {
        return Err(MediaError::TooLarge(format!(
            "the video is {:.0} s long, over the limit of {:.0} s",
            info.seconds, limits.max_seconds
        )));
    }
    Ok(info)
}

/// One `showinfo` line: the frame's presentation time and size.
fn parse_showinfo(line: &str) -> Option<(f64, u32, u32)> {
    let after = |key: &str| line.split(key).nth(1).map(|s| s.split_whitespace().next().unwrap_or(""));
    let t: f64 = after("pts_time:")?.parse().ok()?;
    let (w, h) = after(" s:")?.split_once('x')?;
    Some((t, w.parse().ok()?, h.parse().ok()?))
}

/// Decodes the first video stream, calling `each` with every frame (scaled to fit the frame box) in
/// presentation order; `each` returns `false` to stop. More frames than `limits.max_frames`, or a
/// decode past `limits.max_wall_seconds`, is an error.
pub fn frames(
    file: &VideoFile,
    info: &VideoInfo,
    limits: &MediaLimits,
    mut each: impl FnMut(Frame) -> bool,
) -> Result<usize, MediaError> {
    let (ffmpeg, _) = tools();
    let (bw, bh) = limits.frame_box;
    let filter = format!(
        "scale=w='min(iw,{bw})':h='min(ih,{bh})':force_original_aspect_ratio=decrease:flags=area,format=rgb24,showinfo"
    );
    let mut child = Command::new(&ffmpeg)
        .args(["-nostdin", "-hide_banner", "-v", "info", "-i"])
        .arg(file.path())
        .args(["-map", "0:v:0", "-an", "-sn", "-dn", "-t"])
        .arg(format!("{}", limits.max_seconds))
        .args(["-vf", &filter, "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| missing(&e, &ffmpeg))?;
    let mut stdout = child.stdout.take().ok_or_else(|| MediaError::Tool("no stdout".into()))?;
    let stderr = child.stderr.take().ok_or_else(|| MediaError::Tool("no stderr".into()))?;
    let child = Arc::new(Mutex::new(child));
    // stderr: frame times to the channel, the last error lines kept for the message.
    let (tx, rx) = mpsc::channel::<(f64, u32, u32)>();
    let errors = Arc::new(Mutex::new(Vec::<String>::new()));
    let errs = errors.clone();
    let err_thread = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(info) = parse_showinfo(&line) {
                if tx.send(info).is_err() {
                    break;
                }
            } else if !line.contains("Parsed_showinfo") {
                let mut e = errs.lock().unwrap_or_else(|p| p.into_inner());
                e.push(line);
                if e.len() > 20 {
                    e.remove(0);
                }
            }
        }
    });
    // The watchdog: kills ffmpeg when the wall-clock limit passes.
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let timed_out = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watchdog = {
        let (child, done, timed_out) = (child.clone(), done.clone(), timed_out.clone());
        let limit = Duration::from_secs_f64(limits.max_wall_seconds);
        std::thread::spawn(move || {
            let started = Instant::now();
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                if started.elapsed() > limit {
                    timed_out.store(true, std::sync::atomic::Ordering::Relaxed);
                    let _ = child.lock().unwrap_or_else(|p| p.into_inner()).kill();
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let mut result = Ok(0usize);
    let mut pending: Option<(f64, RgbImage, usize)> = None;
    let mut index = 0usize;
    let fallback = if info.fps > 0.0 { 1000.0 / info.fps } else { 40.0 };
    let mut stopped = false;
    while let Ok((t, w, h)) = rx.recv() {
        if w == 0 || h == 0 || w as u64 * h as u64 > bw as u64 * bh as u64 {
            result = Err(MediaError::Corrupt {
                format: "video",
                reason: format!("unexpected frame size {w}x{h}"),
            });
            break;
        }
        let mut buf = vec![0u8; w as usize * h as usize * 3];
        if stdout.read_exact(&mut buf).is_err() {
            break;
        }
        if index >= limits.max_frames {
            result =
                Err(MediaError::TooLarge(format!("the video has more than {} frames", limits.max_frames)));
            break;
        }
        let Some(rgb) = RgbImage::from_raw(w, h, buf) else { break };
        let time_ms = t * 1000.0;
        if let Some((pt, prgb, pi)) = pending.take()
            && !each(Frame { index: pi, time_ms: pt, duration_ms: (time_ms - pt).max(0.0), rgb: prgb })
        {
            stopped = true;
            break;
        }
        pending = Some((time_ms, rgb, index));
        index += 1;
    }
    if let Some((pt, prgb, pi)) = pending.take()
        && !stopped
        && result.is_ok()
    {
        each(Frame { index: pi, time_ms: pt, duration_ms: fallback, rgb: prgb });
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let status = {
        let mut c = child.lock().unwrap_or_else(|p| p.into_inner());
        if stopped || result.is_err() {
            let _ = c.kill();
        }
        c.wait()
    };
    let _ = watchdog.join();
    drop(rx);
    let _ = err_thread.join();
    if timed_out.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(MediaError::TooLarge(format!(
            "decoding took longer than {:.0} s",
            limits.max_wall_seconds
        )));
    }
    result?;
    let ok = status.map(|s| s.success()).unwrap_or(false);
    if !ok && !stopped {
        let e = errors.lock().unwrap_or_else(|p| p.into_inner());
        let reason =
            e.iter().rev().find(|l| !l.trim().is_empty()).cloned().unwrap_or_else(|| "ffmpeg failed".into());
        return Err(MediaError::Corrupt { format: "video", reason });
    }
    if index == 0 {
        return Err(MediaError::Corrupt { format: "video", reason: "no frame could be decoded".into() });
    }
    Ok(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn showinfo_lines_give_time_and_size() {
        let line = "[Parsed_showinfo_2 @ 0x55] n:   3 pts:  12288 pt:   0.96 pts_time:0.96    duration:512 \
                    fmt:rgb24 sar:1/1 s:320x240 i:P iskey:0 type:P";
        assert_eq!(parse_showinfo(line), Some((0.96, 320, 240)));
        assert_eq!(parse_showinfo("[libx264 @ 0x1] frame I:1"), None);
        assert!((rate("30000/1001") - 29.97).abs() < 0.01);
        assert_eq!(rate("0/0"), 0.0);
    }
}

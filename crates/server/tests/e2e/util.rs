use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_adscreen"))
}

/// Status, headers (lower-cased names) and body of an HTTP response.
pub type Response = (u16, Vec<(String, String)>, Vec<u8>);

/// A minimal HTTP/1.1 exchange.
pub fn http(addr: SocketAddr, method: &str, path: &str, body: &[u8]) -> std::io::Result<Response> {
    http_with(addr, method, path, &[("Content-Type", "application/json")], body)
}

/// A minimal HTTP/1.1 exchange with extra headers.
pub fn http_with(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2))?;
    s.set_read_timeout(Some(Duration::from_secs(60)))?;
    let extra: String = headers.iter().map(|(k, v)| format!("{k}: {v}\r\n")).collect();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{extra}Content-Length: {}\r\n\r\n",
        body.len()
    )?;
    s.write_all(body)?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no header end"))?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.lines();
    let status: u16 =
        lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|c| c.parse().ok()).unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked")) {
        body = dechunk(&body);
    }
    Ok((status, headers, body))
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(pos) = b.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&b[..pos]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&b[pos + 2..pos + 2 + size]);
        b = &b[pos + 2 + size + 2..];
    }
    out
}

/// The management token the tests configure.
pub const TOKEN: &str = "test-management-token-0123456789";

/// A running `adscreen serve` with its own ports, store and model directories, killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub mgmt: SocketAddr,
    pub metrics: SocketAddr,
    /// Holds `models/` (archives may be registered from here), `store/` and `decisions.db`.
    pub dir: tempfile::TempDir,
}

impl Server {
    pub fn models_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("models")
    }

    pub fn store_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("store")
    }

    /// A management request with the token.
    pub fn manage(&self, method: &str, path: &str) -> Response {
        let auth = format!("Bearer {TOKEN}");
        http_with(self.mgmt, method, path, &[("Authorization", &auth)], b"").unwrap()
    }

    /// Starts `adscreen serve` on ports the system picks (`127.0.0.1:0`) and learns them from its
    /// "listening" log line, so that servers started in parallel never race for a port. Its log is
    /// read to the end on a thread, so the server never blocks on a full pipe.
    pub fn start(extra: &[&str]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("models")).unwrap();
        let mut child = bin()
            .args(["--log-format", "json", "--log", "info"])
            .arg("serve")
            .args(["--inference-addr", "127.0.0.1:0"])
            .args(["--management-addr", "127.0.0.1:0"])
            .args(["--metrics-addr", "127.0.0.1:0"])
            .args(["--management-token", TOKEN])
            .arg("--model-dir")
            .arg(dir.path().join("models"))
            .arg("--model-store")
            .arg(dir.path().join("store"))
            .arg("--store")
            .arg(dir.path().join("decisions.db"))
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            use std::io::BufRead;
            let mut tail = std::collections::VecDeque::new();
            for line in std::io::BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                let fields =
                    serde_json::from_str::<serde_json::Value>(&line).ok().map(|v| v["fields"].clone());
                if let Some(f) = fields.filter(|f| f["message"] == "listening") {
                    let addr = |k: &str| f[k].as_str().and_then(|a| a.parse::<SocketAddr>().ok());
                    let _ = tx.send(Ok((addr("inference"), addr("management"), addr("metrics"))));
                }
                tail.push_back(line);
                if tail.len() > 20 {
                    tail.pop_front();
                }
            }
            // The log ended: the server exited (a failed start is reported with its last lines).
            let _ = tx.send(Err(tail.into_iter().collect::<Vec<_>>().join("\n")));
        });
        let (addr, mgmt, metrics) = match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(Ok((Some(a), Some(m), Some(x)))) => (a, m, x),
            Ok(Ok(other)) => panic!("the listening line lacks an address: {other:?}"),
            Ok(Err(log)) => panic!("the server exited before listening:\n{log}"),
            Err(e) => panic!("the server did not listen within 120 s: {e}"),
        };
        let server = Server { child, addr, mgmt, metrics, dir };
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            if let Ok((200, _, _)) = http(addr, "GET", "/ping", b"") {
                return server;
            }
            assert!(Instant::now() < deadline, "server did not answer /ping within 120 s");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Base64 (standard alphabet) of bytes, as a request carries an asset.
pub fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Peak resident memory of a process, from /proc, in MiB.
pub fn peak_rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap();
    kb / 1024.0
}

/// A 700x400 banner of gambling copy, for the OCR-to-text-policy path.
pub fn casino_banner() -> image::RgbImage {
    adscreen_runtime::testkit::render_text(
        &["ONLINE CASINO", "200% DEPOSIT BONUS", "SPIN TO WIN REAL MONEY"],
        40.0,
        [255, 230, 0],
        [20, 20, 20],
        700,
        400,
    )
    .expect("the test font renders")
}

use std::time::{Duration, Instant};

use crate::util::{Server, http};

#[test]
fn serve_answers_ping_and_embeds_and_stops_cleanly_on_sigterm() {
    let mut server = Server::start(&["--workers", "2", "--threads", "1"]);
    let (status, _, body) = http(server.addr, "GET", "/ping", b"").unwrap();
    assert_eq!(status, 200);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap()["status"], "Healthy");

    let (status, _, body) = http(
        server.addr,
        "POST",
        "/v1/embed",
        br#"{"texts": ["Killer deals on shoes", "Drop-dead gorgeous dresses"]}"#,
    )
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["embeddings"].as_array().unwrap().len(), 2);
    assert_eq!(v["embeddings"][0].as_array().unwrap().len(), 384);

    // Bad input: a 4xx with a JSON body naming the problem, and the server keeps serving.
    let (status, _, body) = http(server.addr, "POST", "/v1/embed", b"{not json").unwrap();
    assert_eq!(status, 400);
    let err: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(err["error"].as_str().unwrap().contains("invalid JSON"), "{err}");
    let (status, _, _) = http(server.addr, "POST", "/v1/embed", br#"{"texts": []}"#).unwrap();
    assert_eq!(status, 400);
    let (status, _, _) =
        http(server.addr, "POST", "/v1/embed", br#"{"texts": ["x"], "model": "nope"}"#).unwrap();
    assert_eq!(status, 404);
    let (status, _, _) = http(server.addr, "GET", "/ping", b"").unwrap();
    assert_eq!(status, 200);

    // SIGTERM: stop accepting, finish, exit 0.
    let pid = server.child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            assert!(status.success(), "exit status {status}");
            break;
        }
        assert!(Instant::now() < deadline, "server did not exit within 30 s of SIGTERM");
        std::thread::sleep(Duration::from_millis(100));
    }
}

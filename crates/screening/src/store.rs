//! The decision store: every decision, with its request, profile and model versions, in an embedded
//! SQLite database (WAL journal, `synchronous=FULL`). Writes go through one writer thread that commits
//! whatever has queued up in one transaction (group commit) and answers each writer only after the
//! commit is durable; readers use their own connection.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, mpsc};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension, params};
use tokio::sync::oneshot;

use crate::decision::Decision;

/// Errors of the decision store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("decision store {path}: {source}")]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("decision store: {0}")]
    Other(String),
}

/// One stored decision.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct StoredDecision {
    pub request_id: String,
    pub creative_id: Option<String>,
    pub created_at: String,
    pub outcome: String,
    pub profile: String,
    pub model_versions: serde_json::Value,
    pub request: serde_json::Value,
    pub decision: serde_json::Value,
}

/// A line of `adscreen decisions list`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DecisionRow {
    pub request_id: String,
    pub creative_id: Option<String>,
    pub created_at: String,
    pub outcome: String,
    pub profile: String,
}

struct Write {
    decision: Decision,
    request_json: String,
    done: oneshot::Sender<Result<(), String>>,
}

/// Handle to the store.
pub struct DecisionStore {
    path: PathBuf,
    writer: Mutex<Option<mpsc::Sender<Write>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
    reader: Mutex<Connection>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS decisions (
    request_id      TEXT PRIMARY KEY,
    creative_id     TEXT,
    created_at      TEXT NOT NULL,
    created_unix_ms INTEGER NOT NULL,
    outcome         TEXT NOT NULL,
    profile         TEXT NOT NULL,
    model_versions  TEXT NOT NULL,
    request_json    TEXT NOT NULL,
    decision_json   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_by_time ON decisions(created_unix_ms);
CREATE INDEX IF NOT EXISTS decisions_by_creative ON decisions(creative_id);
CREATE INDEX IF NOT EXISTS decisions_by_outcome ON decisions(outcome, created_unix_ms);
";

fn open(path: &Path) -> Result<Connection, StoreError> {
    let err = |source| StoreError::Sqlite { path: path.to_path_buf(), source };
    let conn = Connection::open(path).map_err(err)?;
    conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(err)?;
    conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
    conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
    conn.execute_batch(SCHEMA).map_err(err)?;
    Ok(conn)
}

/// RFC 3339 UTC timestamp with milliseconds.
pub fn rfc3339(t: SystemTime) -> String {
    let ms = t.duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        ms.rem_euclid(1000)
    )
}

fn insert(conn: &Connection, w: &Write, now: SystemTime) -> rusqlite::Result<()> {
    let d = &w.decision;
    let decision_json = serde_json::to_string(d).unwrap_or_default();
    let models = serde_json::to_string(&d.versions.models).unwrap_or_default();
    let ms = now.duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    conn.execute(
        "INSERT INTO decisions (request_id, creative_id, created_at, created_unix_ms, outcome, profile,
                                model_versions, request_json, decision_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            d.request_id,
            d.creative_id,
            rfc3339(now),
            ms,
            d.decision.outcome.as_str(),
            d.versions.policy_profile,
            models,
            w.request_json,
            decision_json
        ],
    )?;
    Ok(())
}

fn writer_loop(path: &Path, conn: Connection, rx: &mpsc::Receiver<Write>) {
    let mut conn = conn;
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while let Ok(more) = rx.try_recv() {
            batch.push(more);
            if batch.len() >= 256 {
                break;
            }
        }
        let now = SystemTime::now();
        let result = (|| -> rusqlite::Result<Vec<Result<(), String>>> {
            let tx = conn.transaction()?;
            let mut each = Vec::with_capacity(batch.len());
            for w in &batch {
                // One bad row (say a duplicate id) must not sink the others.
                tx.execute("SAVEPOINT one", [])?;
                match insert(&tx, w, now) {
                    Ok(()) => {
                        tx.execute("RELEASE one", [])?;
                        each.push(Ok(()));
                    }
                    Err(e) => {
                        tx.execute("ROLLBACK TO one", [])?;
                        tx.execute("RELEASE one", [])?;
                        each.push(Err(e.to_string()));
                    }
                }
            }
            tx.commit()?;
            Ok(each)
        })();
        match result {
            Ok(each) => {
                for (w, r) in batch.into_iter().zip(each) {
                    let _ = w.done.send(r);
                }
            }
            Err(e) => {
                tracing::error!(store = %path.display(), error = %e, "decision store commit failed");
                for w in batch {
                    let _ = w.done.send(Err(e.to_string()));
                }
            }
        }
    }
}

impl DecisionStore {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<DecisionStore, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError::Other(format!("{}: {e}", parent.display())))?;
        }
        let write_conn = open(path)?;
        let reader = open(path)?;
        let (tx, rx) = mpsc::channel();
        let p = path.to_path_buf();
        let thread = std::thread::Builder::new()
            .name("decision-store".into())
            .spawn(move || writer_loop(&p, write_conn, &rx))
            .map_err(|e| StoreError::Other(e.to_string()))?;
        Ok(DecisionStore {
            path: path.to_path_buf(),
            writer: Mutex::new(Some(tx)),
            thread: Mutex::new(Some(thread)),
            reader: Mutex::new(reader),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records a decision; resolves once it is durably committed.
    pub async fn record(&self, decision: &Decision, request_json: &str) -> Result<(), StoreError> {
        let rx = self.enqueue(decision, request_json)?;
        rx.await.map_err(|_| StoreError::Other("the writer stopped".into()))?.map_err(StoreError::Other)
    }

    /// Like [`Self::record`], for callers on a plain thread.
    pub fn record_blocking(&self, decision: &Decision, request_json: &str) -> Result<(), StoreError> {
        let rx = self.enqueue(decision, request_json)?;
        rx.blocking_recv()
            .map_err(|_| StoreError::Other("the writer stopped".into()))?
            .map_err(StoreError::Other)
    }

    fn enqueue(
        &self,
        decision: &Decision,
        request_json: &str,
    ) -> Result<oneshot::Receiver<Result<(), String>>, StoreError> {
        let (done, rx) = oneshot::channel();
        let w = Write { decision: decision.clone(), request_json: request_json.to_string(), done };
        let guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let sender = guard.as_ref().ok_or_else(|| StoreError::Other("the store is closed".into()))?;
        sender.send(w).map_err(|_| StoreError::Other("the writer stopped".into()))?;
        Ok(rx)
    }

    /// One decision by request id.
    pub fn get(&self, request_id: &str) -> Result<Option<StoredDecision>, StoreError> {
        let conn = self.reader.lock().unwrap_or_else(|p| p.into_inner());
        let err = |source| StoreError::Sqlite { path: self.path.clone(), source };
        conn.query_row(
            "SELECT request_id, creative_id, created_at, outcome, profile, model_versions, request_json, decision_json
             FROM decisions WHERE request_id = ?1",
            params![request_id],
            |r| {
                let json = |i: usize| -> rusqlite::Result<serde_json::Value> {
                    let s: String = r.get(i)?;
                    Ok(serde_json::from_str(&s).unwrap_or(serde_json::Value::String(s)))
                };
                Ok(StoredDecision {
                    request_id: r.get(0)?,
                    creative_id: r.get(1)?,
                    created_at: r.get(2)?,
                    outcome: r.get(3)?,
                    profile: r.get(4)?,
                    model_versions: json(5)?,
                    request: json(6)?,
                    decision: json(7)?,
                })
            },
        )
        .optional()
        .map_err(err)
    }

    /// The most recent decisions, newest first, optionally of one outcome.
    pub fn list(&self, limit: usize, outcome: Option<&str>) -> Result<Vec<DecisionRow>, StoreError> {
        let conn = self.reader.lock().unwrap_or_else(|p| p.into_inner());
        let err = |source| StoreError::Sqlite { path: self.path.clone(), source };
        let mut stmt = conn
            .prepare(
                "SELECT request_id, creative_id, created_at, outcome, profile FROM decisions
                 WHERE (?1 IS NULL OR outcome = ?1) ORDER BY created_unix_ms DESC, rowid DESC LIMIT ?2",
            )
            .map_err(err)?;
        let rows = stmt
            .query_map(params![outcome, limit as i64], |r| {
                Ok(DecisionRow {
                    request_id: r.get(0)?,
                    creative_id: r.get(1)?,
                    created_at: r.get(2)?,
                    outcome: r.get(3)?,
                    profile: r.get(4)?,
                })
            })
            .map_err(err)?;
        rows.collect::<Result<_, _>>().map_err(err)
    }

    /// Number of stored decisions.
    pub fn count(&self) -> Result<u64, StoreError> {
        let conn = self.reader.lock().unwrap_or_else(|p| p.into_inner());
        conn.query_row("SELECT COUNT(*) FROM decisions", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|source| StoreError::Sqlite { path: self.path.clone(), source })
    }

    /// Stops the writer after it has committed everything queued.
    pub fn close(&self) {
        self.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(t) = self.thread.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = t.join();
        }
    }
}

impl Drop for DecisionStore {
    fn drop(&mut self) {
        self.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::*;

    pub(crate) fn decision(id: &str, outcome: Outcome) -> Decision {
        Decision {
            request_id: id.into(),
            creative_id: Some(format!("c-{id}")),
            decision: DecisionSummary { outcome, reasons: vec![], note: None },
            findings: vec![],
            scores: Default::default(),
            scores_by_detector: Default::default(),
            coverage: Coverage::default(),
            versions: Versions {
                service: "0.1.0".into(),
                taxonomy: "v1".into(),
                policy_profile: "default@2026.11.28".into(),
                models: [("ad-text-policy".to_string(), "1".to_string())].into(),
            },
            timing_ms: TimingMs::default(),
        }
    }

    #[test]
    fn decisions_are_stored_read_back_and_listed_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let store = DecisionStore::open(&dir.path().join("d.db")).unwrap();
        store.record_blocking(&decision("r1", Outcome::Approve), r#"{"headline":"a"}"#).unwrap();
        store.record_blocking(&decision("r2", Outcome::Reject), r#"{"headline":"b"}"#).unwrap();
        let got = store.get("r2").unwrap().unwrap();
        assert_eq!(got.outcome, "reject");
        assert_eq!(got.request["headline"], "b");
        assert_eq!(got.decision["request_id"], "r2");
        assert_eq!(got.model_versions["ad-text-policy"], "1");
        assert!(got.created_at.ends_with('Z') && got.created_at.len() == 24, "{}", got.created_at);
        let rows = store.list(10, None).unwrap();
        assert_eq!(rows.iter().map(|r| r.request_id.as_str()).collect::<Vec<_>>(), vec!["r2", "r1"]);
        assert_eq!(store.list(10, Some("approve")).unwrap().len(), 1);
        assert!(store.get("nope").unwrap().is_none());
        // A duplicate id fails alone.
        assert!(store.record_blocking(&decision("r1", Outcome::Approve), "{}").is_err());
        assert_eq!(store.count().unwrap(), 2);
    }

    #[test]
    fn many_concurrent_writers_are_all_durable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.db");
        let store = std::sync::Arc::new(DecisionStore::open(&path).unwrap());
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let s = store.clone();
                std::thread::spawn(move || {
                    for i in 0..25 {
                        s.record_blocking(&decision(&format!("t{t}-{i}"), Outcome::Review), "{}").unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        store.close();
        // A fresh connection sees every row.
        assert_eq!(DecisionStore::open(&path).unwrap().count().unwrap(), 200);
    }

    #[test]
    fn an_unwritable_store_is_an_error_not_a_panic() {
        let err = DecisionStore::open(Path::new("/proc/adscreen/d.db"));
        assert!(err.is_err());
    }

    #[test]
    fn timestamps_are_rfc3339() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        let t = UNIX_EPOCH + std::time::Duration::from_millis(1_795_868_353_123);
        assert_eq!(rfc3339(t), "2026-11-28T12:19:13.123Z");
        // A leap day (checked against Python's datetime).
        assert_eq!(
            rfc3339(UNIX_EPOCH + std::time::Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00.000Z"
        );
    }
}

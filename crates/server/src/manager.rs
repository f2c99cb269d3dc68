//! Model management: registering archives into the model store and the registry, scaling workers,
//! unregistering. Registration reads only local archives inside the configured model directories, or
//! URLs that match the configured allow-list (checked before anything is fetched). A model that fails
//! to load leaves every other model serving and says why.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use adscreen_runtime::archive::format::{self, ArchiveLimits, ArchiveManifest, BatchingDefaults};
use adscreen_runtime::home::Home;
use adscreen_runtime::registry::{LoadOptions, LoadedModel, Registry};

/// Why a management operation failed, each mapped to one HTTP status.
#[derive(Debug, thiserror::Error)]
pub enum ManageError {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// The archive was fine but the model could not be loaded; nothing else is affected.
    #[error("{0}")]
    LoadFailed(String),
}

/// Where models come from and what registration allows.
#[derive(Clone, Debug)]
pub struct ManagerConfig {
    /// Archives are unpacked here (`<store>/<name>/<version>/`).
    pub store: PathBuf,
    /// Registration reads local archives only from inside these directories.
    pub model_dirs: Vec<PathBuf>,
    /// URL prefixes registration may fetch from (plain `http://` only).
    pub allowed_urls: Vec<String>,
    pub limits: ArchiveLimits,
    /// Engine, precision and threads for registered models.
    pub load: LoadOptions,
}

/// Per-registration overrides (TorchServe's query parameters).
#[derive(Clone, Debug, Default)]
pub struct RegisterOptions {
    pub initial_workers: Option<usize>,
    pub batch_size: Option<usize>,
    pub max_batch_delay_ms: Option<f64>,
}

/// What the management API reports about one loaded version.
#[derive(Clone, Debug)]
pub struct Described {
    pub model: Arc<LoadedModel>,
    pub url: String,
    pub loaded_at_startup: bool,
}

pub struct ModelManager {
    pub registry: Arc<Registry>,
    home: Home,
    config: ManagerConfig,
    /// `name@version` -> where it was registered from, and whether it was loaded at startup.
    sources: Mutex<HashMap<String, (String, bool)>>,
    /// One registration at a time (unpacking and loading are heavy; this also serialises conflicts).
    busy: Mutex<()>,
}

impl ModelManager {
    pub fn new(registry: Arc<Registry>, home: Home, config: ManagerConfig) -> ModelManager {
        ModelManager { registry, home, config, sources: Mutex::new(HashMap::new()), busy: Mutex::new(()) }
    }

    /// Records a model loaded at startup (the built-in models).
    pub fn note_startup(&self, name: &str, version: &str, url: &str) {
        self.sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(format!("{name}@{version}"), (url.into(), true));
    }

    pub fn describe(&self, model: Arc<LoadedModel>) -> Described {
        let key = format!("{}@{}", model.name, model.version);
        let (url, startup) =
            self.sources.lock().unwrap_or_else(|p| p.into_inner()).get(&key).cloned().unwrap_or_default();
        Described { model, url, loaded_at_startup: startup }
    }

    /// Resolves a registration URL to a local archive, refusing anything outside the rules.
    fn resolve(&self, url: &str, scratch: &Path) -> Result<PathBuf, ManageError> {
        if url.contains("://") {
            if !self.config.allowed_urls.iter().any(|p| url.starts_with(p.as_str())) {
                return Err(ManageError::Forbidden(format!(
                    "URL {url:?} is not in the allow-list (--allow-url); nothing was fetched"
                )));
            }
            let Some(rest) = url.strip_prefix("http://") else {
                return Err(ManageError::BadRequest(format!(
                    "{url:?}: only plain http:// URLs can be fetched by this build; download the archive into a model directory instead"
                )));
            };
            let path = scratch.join("download.adsm");
            fetch_http(rest, &path, self.config.limits.max_archive_bytes).map_err(ManageError::BadRequest)?;
            return Ok(path);
        }
        let raw = Path::new(url.strip_prefix("file://").unwrap_or(url));
        let joined;
        let path = if raw.is_absolute() {
            raw
        } else {
            // A bare name is looked up in the first model directory, as TorchServe does in its store.
            joined = self.config.model_dirs.first().map(|d| d.join(raw)).unwrap_or_else(|| raw.to_path_buf());
            joined.as_path()
        };
        let resolved = path
            .canonicalize()
            .map_err(|e| ManageError::BadRequest(format!("cannot read archive {url:?}: {e}")))?;
        let inside = self
            .config
            .model_dirs
            .iter()
            .filter_map(|d| d.canonicalize().ok())
            .any(|d| resolved.starts_with(&d));
        if !inside {
            return Err(ManageError::Forbidden(format!(
                "{url:?} is not inside a configured model directory ({})",
                self.config.model_dirs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ")
            )));
        }
        if !resolved.is_file() {
            return Err(ManageError::BadRequest(format!("{url:?} is not a file")));
        }
        Ok(resolved)
    }

    fn load_options(&self, batching: &BatchingDefaults, overrides: &RegisterOptions) -> LoadOptions {
        let mut b = batching.clone();
        if let Some(n) = overrides.batch_size {
            b.max_batch_size = n;
        }
        if let Some(d) = overrides.max_batch_delay_ms {
            b.max_batch_delay_ms = d;
        }
        let workers = overrides.initial_workers.unwrap_or(b.workers).clamp(1, 64);
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let mut load = self.config.load.clone();
        load.workers = workers;
        load.backend.threads = (cores / workers).max(1);
        load.batch = b.batch_config();
        load
    }

    /// Registers an archive given by the operator at startup (any local path).
    pub fn register_startup(
        &self,
        archive: &Path,
        overrides: &RegisterOptions,
    ) -> Result<Arc<LoadedModel>, ManageError> {
        let _busy = self.busy.lock().unwrap_or_else(|p| p.into_inner());
        self.install(archive, &archive.display().to_string(), overrides, true)
    }

    /// Registers an archive: resolve, verify, unpack into the store, load, add to the registry.
    pub fn register(&self, url: &str, overrides: &RegisterOptions) -> Result<Arc<LoadedModel>, ManageError> {
        let _busy = self.busy.lock().unwrap_or_else(|p| p.into_inner());
        let scratch = tempfile::tempdir().map_err(|e| ManageError::LoadFailed(e.to_string()))?;
        let archive = self.resolve(url, scratch.path())?;
        self.install(&archive, url, overrides, false)
    }

    fn install(
        &self,
        archive: &Path,
        url: &str,
        overrides: &RegisterOptions,
        startup: bool,
    ) -> Result<Arc<LoadedModel>, ManageError> {
        let manifest: ArchiveManifest = format::verify(archive, self.config.limits)
            .map_err(|e| ManageError::BadRequest(format!("archive refused: {e}")))?;
        if self.registry.get(&manifest.name, Some(&manifest.version)).is_ok() {
            return Err(ManageError::Conflict(format!(
                "{}@{} is already registered",
                manifest.name, manifest.version
            )));
        }
        let dest = self.config.store.join(&manifest.name).join(&manifest.version);
        if dest.exists() {
            // Left from an earlier run: replace it with this archive's checked content.
            std::fs::remove_dir_all(&dest).map_err(|e| ManageError::LoadFailed(e.to_string()))?;
        }
        let (manifest, dir) = format::unpack(archive, &self.config.store, self.config.limits)
            .map_err(|e| ManageError::BadRequest(format!("archive refused: {e}")))?;
        let opts = self.load_options(&manifest.batching, overrides);
        let model = match LoadedModel::load_dir(&self.home, &dir, &opts) {
            Ok(m) => m,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&dir);
                tracing::error!(model = %manifest.name, version = %manifest.version, error = %e, "model failed to load");
                return Err(ManageError::LoadFailed(format!(
                    "{}@{} failed to load: {e}; other models are unaffected",
                    manifest.name, manifest.version
                )));
            }
        };
        crate::metrics::record_load(&model);
        let first = self.registry.list().iter().all(|m| m.name != manifest.name);
        let model = self.registry.insert(model, first).map_err(|e| ManageError::Conflict(e.to_string()))?;
        self.sources
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(format!("{}@{}", model.name, model.version), (url.to_string(), startup));
        tracing::info!(model = %model.name, version = %model.version, workers = model.workers, "model registered");
        Ok(model)
    }

    /// Reloads a version with `workers` workers and swaps it in; queued requests finish on the old one.
    pub fn scale(
        &self,
        name: &str,
        version: Option<&str>,
        workers: usize,
    ) -> Result<Arc<LoadedModel>, ManageError> {
        let _busy = self.busy.lock().unwrap_or_else(|p| p.into_inner());
        if !(1..=64).contains(&workers) {
            return Err(ManageError::BadRequest(format!("workers must be between 1 and 64, got {workers}")));
        }
        let current = self.registry.get(name, version).map_err(|e| ManageError::NotFound(e.to_string()))?;
        let dir = self.model_dir(&current)?;
        let mut opts = self.config.load.clone();
        opts.workers = workers;
        opts.backend.engine = current.backend.engine;
        opts.backend.precision = current.backend.precision;
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        opts.backend.threads = (cores / workers).max(1);
        opts.batch = current.batch_config().clone();
        let model = LoadedModel::load_dir(&self.home, &dir, &opts).map_err(|e| {
            ManageError::LoadFailed(format!("scaling {name} failed: {e}; the old workers keep serving"))
        })?;
        self.registry.replace(model).map_err(|e| ManageError::NotFound(e.to_string()))?;
        self.registry.get(name, Some(&current.version)).map_err(|e| ManageError::NotFound(e.to_string()))
    }

    fn model_dir(&self, m: &LoadedModel) -> Result<PathBuf, ManageError> {
        let store = self.config.store.join(&m.name).join(&m.version);
        if store.join("manifest.json").exists() {
            return Ok(store);
        }
        let builtin = self.home.model_dir(&m.name, &m.version);
        if builtin.join("manifest.json").exists() {
            return Ok(builtin);
        }
        Err(ManageError::NotFound(format!("no model directory for {}@{}", m.name, m.version)))
    }

    /// Unregisters a version (or all versions) and removes registered archives' files from the store.
    pub fn unregister(
        &self,
        name: &str,
        version: Option<&str>,
    ) -> Result<Vec<Arc<LoadedModel>>, ManageError> {
        let _busy = self.busy.lock().unwrap_or_else(|p| p.into_inner());
        let removed =
            self.registry.remove(name, version).map_err(|e| ManageError::NotFound(e.to_string()))?;
        let mut sources = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        for m in &removed {
            let key = format!("{}@{}", m.name, m.version);
            let startup = sources.get(&key).map(|s| s.1).unwrap_or(false);
            sources.remove(&key);
            if !startup {
                let _ = std::fs::remove_dir_all(self.config.store.join(&m.name).join(&m.version));
            }
        }
        Ok(removed)
    }
}

/// A minimal HTTP/1.0 GET into `dest`, bounded by `limit` bytes.
fn fetch_http(rest: &str, dest: &Path, limit: u64) -> Result<(), String> {
    let (host, path) = rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap_or((rest, "/".into()));
    let addr = if host.contains(':') { host.to_string() } else { format!("{host}:80") };
    let mut s = std::net::TcpStream::connect(&addr).map_err(|e| format!("cannot connect to {addr}: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(60))).map_err(|e| e.to_string())?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: {host}\r\nUser-Agent: adscreen\r\n\r\n")
        .map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    s.take(limit + 64 * 1024).read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or("malformed HTTP response")?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let status: u16 = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    if status != 200 {
        return Err(format!("fetching http://{rest} answered {status}"));
    }
    let body = &raw[split + 4..];
    if body.len() as u64 > limit {
        return Err(format!("http://{rest} is over the archive limit of {limit} bytes"));
    }
    std::fs::write(dest, body).map_err(|e| e.to_string())
}

/// Creation time of a loaded model, for the management API.
pub fn started(m: &LoadedModel) -> String {
    adscreen_screening::store::rfc3339(m.loaded_at.min(SystemTime::now()))
}

//! The cache directory (`$ADSCREEN_HOME`) and where the engine libraries are found.
//!
//! Layout: `lib/<engine>/` holds the engines' shared libraries, `packages/<name>/` the unpacked model
//! packages, `models/<name>/<version>/` compiled models, `tmp/` work in progress (renamed into place
//! when complete, so a reader never sees a half-written directory).

use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// Marker file written last into every complete cache entry.
pub const COMPLETE_MARKER: &str = ".adscreen-complete";

/// The cache root.
#[derive(Clone, Debug)]
pub struct Home {
    root: PathBuf,
}

impl Home {
    /// `$ADSCREEN_HOME`, else `$XDG_CACHE_HOME/adscreen`, else `$HOME/.cache/adscreen`.
    pub fn from_env() -> Home {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
        let root = var("ADSCREEN_HOME")
            .or_else(|| var("XDG_CACHE_HOME").map(|p| p.join("adscreen")))
            .or_else(|| var("HOME").map(|p| p.join(".cache").join("adscreen")))
            .unwrap_or_else(|| PathBuf::from(".adscreen"));
        Home { root }
    }

    pub fn at(root: impl Into<PathBuf>) -> Home {
        Home { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path relative to the root.
    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.root.join(rel)
    }

    /// A directory for work in progress, on the same file system as the cache.
    pub fn tmp_dir(&self) -> Result<tempfile::TempDir> {
        let tmp = self.join("tmp");
        std::fs::create_dir_all(&tmp)?;
        Ok(tempfile::Builder::new().prefix("work-").tempdir_in(tmp)?)
    }

    /// Directory of a compiled model version.
    pub fn model_dir(&self, name: &str, version: &str) -> PathBuf {
        self.join("models").join(name).join(version)
    }

    /// The OpenVINO C library: `$OPENVINO_LIB_DIR/libopenvino_c.so`, else the cache's copy.
    pub fn openvino_library(&self) -> Result<PathBuf> {
        let dir = std::env::var_os("OPENVINO_LIB_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| self.join("lib/openvino"));
        existing("OpenVINO", dir.join("libopenvino_c.so"), "OPENVINO_LIB_DIR")
    }

    /// The ONNX Runtime library: `$ORT_DYLIB_PATH`, else the cache's copy.
    pub fn onnxruntime_library(&self) -> Result<PathBuf> {
        let path = std::env::var_os("ORT_DYLIB_PATH")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| self.join("lib/onnxruntime/libonnxruntime.so"));
        existing("ONNX Runtime", path, "ORT_DYLIB_PATH")
    }
}

fn existing(engine: &'static str, path: PathBuf, var: &str) -> Result<PathBuf> {
    if path.exists() {
        Ok(path)
    } else {
        Err(Error::EngineUnavailable {
            engine,
            reason: format!(
                "{} does not exist; run `adscreen models fetch` to download it, or set {var}",
                path.display()
            ),
        })
    }
}

/// True when `dir` holds a complete cache entry whose marker records `stamp`.
pub fn is_complete(dir: &Path, stamp: &str) -> bool {
    std::fs::read_to_string(dir.join(COMPLETE_MARKER)).map(|s| s.trim() == stamp).unwrap_or(false)
}

/// Writes the completion marker into `dir` (the last step before it is renamed into place).
pub fn mark_complete(dir: &Path, stamp: &str) -> Result<()> {
    std::fs::write(dir.join(COMPLETE_MARKER), format!("{stamp}\n"))?;
    Ok(())
}

/// Moves a finished directory into place, replacing an incomplete leftover at `dest`.
pub fn install_dir(staged: &Path, dest: &Path) -> Result<()> {
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent)?;
    }
    if dest.exists() {
        std::fs::remove_dir_all(dest)?;
    }
    std::fs::rename(staged, dest)?;
    Ok(())
}

//! Model archives (`.adsm`): one zip file per model version holding `MANIFEST.json` (what the model is,
//! how to feed it and read it, batching defaults, the sha256 and size of every member) plus the weights
//! (ONNX) and artifacts (tokenizer, labels). Archives never contain code: packing refuses anything that
//! looks like code, and unpacking refuses traversal, links, duplicates, unlisted members, oversize
//! members, zip bombs and checksum mismatches, writing into a temporary directory that is renamed into
//! the model store only when everything checked out.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::package::safe_relative;
use crate::batcher::BatchConfig;
use crate::manifest::{ImagePreprocess, ModelManifest, Postprocess, Task, TokenizerSpec};
use crate::{Error, Result};

/// Archive format identifier written into every manifest.
pub const FORMAT: &str = "adscreen-archive/1";
/// Name of the manifest member.
pub const MANIFEST: &str = "MANIFEST.json";

/// Batching defaults carried by an archive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchingDefaults {
    #[serde(default = "default_batch")]
    pub max_batch_size: usize,
    #[serde(default = "default_delay")]
    pub max_batch_delay_ms: f64,
    #[serde(default = "default_workers")]
    pub workers: usize,
    #[serde(default = "default_queue")]
    pub queue_capacity: usize,
}

fn default_batch() -> usize {
    32
}
fn default_delay() -> f64 {
    5.0
}
fn default_workers() -> usize {
    1
}
fn default_queue() -> usize {
    1024
}

impl Default for BatchingDefaults {
    fn default() -> Self {
        BatchingDefaults {
            max_batch_size: default_batch(),
            max_batch_delay_ms: default_delay(),
            workers: default_workers(),
            queue_capacity: default_queue(),
        }
    }
}

impl BatchingDefaults {
    pub fn batch_config(&self) -> BatchConfig {
        BatchConfig {
            max_batch_size: self.max_batch_size.max(1),
            max_batch_delay: std::time::Duration::from_secs_f64(self.max_batch_delay_ms.max(0.0) / 1000.0),
            queue_capacity: self.queue_capacity.max(1),
            mixed_shapes: true,
        }
    }
}

/// Size and checksum of one member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub sha256: String,
    pub size: u64,
}

/// `MANIFEST.json` of an archive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveManifest {
    pub format: String,
    pub name: String,
    pub version: String,
    /// The built-in handler: `text-classification`, `text-embedding`, `image-classification` or `tensor`.
    pub handler: Task,
    #[serde(default)]
    pub description: String,
    /// The ONNX graph member.
    pub model: String,
    #[serde(default)]
    pub tokenizer: Option<TokenizerSpec>,
    /// Output labels (classifiers), in output order.
    #[serde(default)]
    pub labels: Vec<String>,
    /// The output the handler reads (default: the model's first output).
    #[serde(default)]
    pub output: Option<String>,
    #[serde(default)]
    pub postprocess: Option<Postprocess>,
    #[serde(default)]
    pub image: Option<ImagePreprocess>,
    #[serde(default)]
    pub batching: BatchingDefaults,
    #[serde(default)]
    pub created_at: String,
    /// Set on precision variants written by `adscreen compile`: the precision and its accuracy gate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<crate::manifest::PrecisionRecord>,
    /// Every other member of the archive, with its sha256 and size.
    #[serde(default)]
    pub members: BTreeMap<String, Member>,
}

impl ArchiveManifest {
    fn validate(&self) -> Result<()> {
        let bad = |m: String| Error::model_file(MANIFEST, m);
        if self.format != FORMAT {
            return Err(bad(format!("format {:?} is not {FORMAT:?}", self.format)));
        }
        let ok_id = |s: &str| {
            !s.is_empty()
                && s.len() <= 128
                && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                && !s.starts_with('.')
        };
        if !ok_id(&self.name) || !ok_id(&self.version) {
            return Err(bad(
                "name and version must be 1-128 characters of letters, digits, - _ . (not starting with .)"
                    .into(),
            ));
        }
        if !self.members.contains_key(&self.model) {
            return Err(bad(format!("model member {:?} is not listed in members", self.model)));
        }
        if let Some(t) = &self.tokenizer
            && !self.members.contains_key(&t.file)
        {
            return Err(bad(format!("tokenizer member {:?} is not listed in members", t.file)));
        }
        match self.handler {
            Task::TextClassification | Task::TextEmbedding if self.tokenizer.is_none() => {
                return Err(bad(format!("the {:?} handler needs a tokenizer", self.handler)));
            }
            Task::ImageClassification if self.image.is_none() => {
                return Err(bad("the image-classification handler needs `image` preprocessing".into()));
            }
            _ => {}
        }
        for name in self.members.keys() {
            if safe_relative(name).is_none() || name == MANIFEST {
                return Err(bad(format!("member name {name:?} is not a plain relative path")));
            }
            if looks_like_code_name(name) {
                return Err(bad(format!("member {name:?} looks like code; archives never contain code")));
            }
        }
        Ok(())
    }
}

/// Limits applied when reading an archive.
#[derive(Clone, Copy, Debug)]
pub struct ArchiveLimits {
    pub max_member_bytes: u64,
    pub max_total_bytes: u64,
    pub max_members: usize,
    /// Largest archive file accepted.
    pub max_archive_bytes: u64,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits {
            max_member_bytes: 2 << 30,
            max_total_bytes: 4 << 30,
            max_members: 64,
            max_archive_bytes: 4 << 30,
        }
    }
}

/// File endings that are code (or can carry it) and never go into an archive.
fn looks_like_code_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    const CODE: &[&str] = &[
        ".py", ".pyc", ".pyo", ".pyd", ".so", ".dylib", ".dll", ".exe", ".sh", ".bash", ".bat", ".cmd",
        ".ps1", ".js", ".mjs", ".jar", ".class", ".pkl", ".pickle", ".pt", ".pth", ".ckpt", ".joblib",
        ".npy", ".npz", ".mar", ".whl", ".egg", ".rb", ".pl", ".lua", ".wasm",
    ];
    CODE.iter().any(|ext| lower.ends_with(ext))
}

/// Content that is code whatever the name: executables, scripts with a shebang, pickles.
fn looks_like_code_bytes(head: &[u8]) -> bool {
    head.starts_with(b"\x7fELF")
        || head.starts_with(b"#!")
        || head.starts_with(b"MZ")
        || head.starts_with(b"\xca\xfe\xba\xbe")
        || (head.len() >= 2 && head[0] == 0x80 && (2..=5).contains(&head[1]))
        || head.starts_with(b"PK\x03\x04")
}

/// Compiler id recorded for models that come from archives.
pub const ARCHIVE_COMPILER: &str = "archive/1";

/// The runtime manifest of an unpacked archive.
pub fn model_manifest(a: &ArchiveManifest, archive_sha256: &str) -> ModelManifest {
    ModelManifest {
        precision: a.precision.clone(),
        name: a.name.clone(),
        version: a.version.clone(),
        task: a.handler,
        compiler: ARCHIVE_COMPILER.into(),
        source: format!("archive sha256:{archive_sha256}"),
        tokenizer: a.tokenizer.clone(),
        labels: a.labels.clone(),
        output: a.output.clone().unwrap_or_default(),
        postprocess: a.postprocess.clone(),
        image: a.image.clone(),
        extra: serde_json::json!({
            "model_file": a.model,
            "batching": a.batching,
            "description": a.description,
            "created_at": a.created_at,
        }),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    crate::fetch::hex(&Sha256::digest(bytes))
}

/// Packs `dir` (a `manifest.json` without `members`, and the files it names) into an archive at `out`.
/// Every regular file in `dir` other than `manifest.json` becomes a member; anything that looks like
/// code, links and unlisted subdirectories are refused.
pub fn pack(dir: &Path, out: &Path, created_at: &str) -> Result<ArchiveManifest> {
    let mut manifest: ArchiveManifest = super::read_json(&dir.join("manifest.json"))?;
    manifest.format = FORMAT.to_string();
    manifest.created_at = created_at.to_string();
    manifest.members.clear();
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort();
    let mut contents = Vec::new();
    for rel in files {
        if rel == Path::new("manifest.json") {
            continue;
        }
        let name = rel.to_string_lossy().replace('\\', "/");
        if looks_like_code_name(&name) {
            return Err(Error::model_file(dir.join(&rel), "looks like code; archives never contain code"));
        }
        let bytes = super::read_model_file(&dir.join(&rel))?;
        if looks_like_code_bytes(&bytes[..bytes.len().min(8)]) {
            return Err(Error::model_file(
                dir.join(&rel),
                "content looks like code (an executable, script or pickle)",
            ));
        }
        manifest
            .members
            .insert(name.clone(), Member { sha256: sha256_hex(&bytes), size: bytes.len() as u64 });
        contents.push((name, bytes));
    }
    manifest.validate()?;
    let tmp = out.with_extension("adsm.partial");
    let file = std::fs::File::create(&tmp)?;
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| Error::Compile(e.to_string()))?;
    zip.start_file(MANIFEST, opts).map_err(|e| Error::model_file(out, e))?;
    zip.write_all(&json)?;
    for (name, bytes) in contents {
        zip.start_file(name.as_str(), opts).map_err(|e| Error::model_file(out, e))?;
        zip.write_all(&bytes)?;
    }
    let mut file = zip.finish().map_err(|e| Error::model_file(out, e))?;
    file.flush()?;
    file.sync_all()?;
    std::fs::rename(&tmp, out)?;
    Ok(manifest)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let meta = std::fs::symlink_metadata(&path)?;
        if meta.file_type().is_symlink() {
            return Err(Error::model_file(&path, "is a link; archives hold regular files only"));
        }
        if meta.is_dir() {
            collect(root, &path, out)?;
        } else if meta.is_file() {
            out.push(path.strip_prefix(root).map(Path::to_path_buf).unwrap_or(path));
        }
    }
    Ok(())
}

/// Reads an archive's manifest and checks every member against it, without writing anything.
pub fn verify(archive: &Path, limits: ArchiveLimits) -> Result<ArchiveManifest> {
    read(archive, limits, None)
}

/// Checks an archive and unpacks it into `store/<name>/<version>/` (via a temporary directory in
/// `store`, renamed into place). Refuses to replace an existing version.
pub fn unpack(archive: &Path, store: &Path, limits: ArchiveLimits) -> Result<(ArchiveManifest, PathBuf)> {
    std::fs::create_dir_all(store)?;
    let staging = tempfile::Builder::new().prefix(".unpack-").tempdir_in(store)?;
    let manifest = read(archive, limits, Some(staging.path()))?;
    let dest = store.join(&manifest.name).join(&manifest.version);
    if dest.exists() {
        return Err(Error::InvalidInput(format!(
            "{}@{} is already in the model store at {}",
            manifest.name,
            manifest.version,
            dest.display()
        )));
    }
    std::fs::create_dir_all(dest.parent().unwrap_or(store))?;
    std::fs::rename(staging.path().join("content"), &dest)?;
    Ok((manifest, dest))
}

/// Reads and checks an archive; with `into`, writes the members into `into/content`.
fn read(archive: &Path, limits: ArchiveLimits, into: Option<&Path>) -> Result<ArchiveManifest> {
    let bad = |m: String| Error::model_file(archive, m);
    let size = std::fs::metadata(archive).map_err(|e| Error::model_file(archive, e))?.len();
    if size > limits.max_archive_bytes {
        return Err(bad(format!("{size} bytes is over the archive limit of {}", limits.max_archive_bytes)));
    }
    let file = std::fs::File::open(archive).map_err(|e| Error::model_file(archive, e))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| bad(format!("not a readable archive: {e}")))?;
    if zip.len() > limits.max_members + 1 {
        return Err(bad(format!("{} members is over the limit of {}", zip.len(), limits.max_members)));
    }
    // Names first: every member must be a plain, unique, non-link path.
    let mut names = std::collections::BTreeSet::new();
    for i in 0..zip.len() {
        let m = zip.by_index(i).map_err(|e| bad(e.to_string()))?;
        let name = m.name().map_err(|e| bad(e.to_string()))?.to_string();
        if m.is_symlink() {
            return Err(bad(format!("member {name:?} is a link; refusing")));
        }
        if m.is_dir() {
            continue;
        }
        if safe_relative(&name).is_none() {
            return Err(bad(format!("member {name:?} has an unsafe path (absolute or with ..); refusing")));
        }
        if !names.insert(name.clone()) {
            return Err(bad(format!("member {name:?} appears twice; refusing")));
        }
    }
    let manifest: ArchiveManifest = {
        let mut m = zip.by_name(MANIFEST).map_err(|_| bad(format!("no {MANIFEST}")))?;
        let mut buf = Vec::new();
        m.by_ref().take(1 << 20).read_to_end(&mut buf)?;
        serde_json::from_slice(&buf).map_err(|e| bad(format!("{MANIFEST}: {e}")))?
    };
    manifest.validate()?;
    for name in &names {
        if name != MANIFEST && !manifest.members.contains_key(name) {
            return Err(bad(format!("member {name:?} is not listed in the manifest; refusing")));
        }
    }
    let mut total = 0u64;
    for (name, want) in &manifest.members {
        let mut m = zip.by_name(name).map_err(|_| bad(format!("listed member {name:?} is missing")))?;
        if want.size > limits.max_member_bytes {
            return Err(bad(format!(
                "member {name:?} is {} bytes, over the limit of {}",
                want.size, limits.max_member_bytes
            )));
        }
        // Read at most one byte past the declared size: a zip bomb stops here, whatever it claims.
        let mut buf = Vec::with_capacity(want.size.min(1 << 26) as usize);
        m.by_ref()
            .take(want.size + 1)
            .read_to_end(&mut buf)
            .map_err(|e| bad(format!("member {name:?}: {e}")))?;
        if buf.len() as u64 != want.size {
            return Err(bad(format!(
                "member {name:?} decompresses to {}{} bytes, the manifest says {}; refusing",
                buf.len(),
                if buf.len() as u64 > want.size { "+" } else { "" },
                want.size
            )));
        }
        total += want.size;
        if total > limits.max_total_bytes {
            return Err(bad(format!(
                "members decompress past the total limit of {} bytes",
                limits.max_total_bytes
            )));
        }
        let got = sha256_hex(&buf);
        if got != want.sha256 {
            return Err(bad(format!(
                "member {name:?} has sha256 {got}, the manifest says {}; refusing",
                want.sha256
            )));
        }
        if looks_like_code_bytes(&buf[..buf.len().min(8)]) {
            return Err(bad(format!("member {name:?} is code (an executable, script or pickle); refusing")));
        }
        if let Some(root) = into {
            let path = root
                .join("content")
                .join(safe_relative(name).ok_or_else(|| bad(format!("bad name {name}")))?);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, &buf)?;
        }
    }
    if let Some(root) = into {
        let json = serde_json::to_vec_pretty(&manifest).map_err(|e| Error::Compile(e.to_string()))?;
        std::fs::create_dir_all(root.join("content"))?;
        std::fs::write(root.join("content").join(MANIFEST), json)?;
        // The runtime's own manifest, so the unpacked directory loads like any compiled model.
        let archive_sha = crate::fetch::sha256_file(archive)?;
        let model = model_manifest(&manifest, &archive_sha);
        let json = serde_json::to_vec_pretty(&model).map_err(|e| Error::Compile(e.to_string()))?;
        std::fs::write(root.join("content").join("manifest.json"), json)?;
    }
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest_json(extra_members: &str) -> String {
        format!(
            r#"{{"format": "{FORMAT}", "name": "m", "version": "1", "handler": "tensor", "model": "model.onnx"{extra_members}}}"#
        )
    }

    fn packed() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        std::fs::create_dir(&src).unwrap();
        std::fs::write(src.join("manifest.json"), manifest_json("")).unwrap();
        std::fs::write(src.join("model.onnx"), b"\x08\x07onnx-bytes").unwrap();
        std::fs::write(src.join("labels.json"), b"[\"a\"]").unwrap();
        let out = dir.path().join("m.adsm");
        pack(&src, &out, "2026-11-28T00:00:00Z").unwrap();
        (dir, out)
    }

    /// Writes a zip with the given (name, bytes) members and a manifest listing `listed`.
    fn raw_zip(path: &Path, members: &[(&str, &[u8])], listed: &[(&str, &[u8])]) {
        let members_json: Vec<String> = listed
            .iter()
            .map(|(n, b)| format!(r#""{n}": {{"sha256": "{}", "size": {}}}"#, sha256_hex(b), b.len()))
            .collect();
        let manifest = manifest_json(&format!(r#", "members": {{{}}}"#, members_json.join(",")));
        let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file(MANIFEST, opts).unwrap();
        zip.write_all(manifest.as_bytes()).unwrap();
        for (n, b) in members {
            zip.start_file(*n, opts).unwrap();
            zip.write_all(b).unwrap();
        }
        zip.finish().unwrap();
    }

    #[test]
    fn pack_verify_unpack_round_trip() {
        let (dir, out) = packed();
        let m = verify(&out, ArchiveLimits::default()).unwrap();
        assert_eq!(m.members.len(), 2);
        let store = dir.path().join("store");
        let (_, dest) = unpack(&out, &store, ArchiveLimits::default()).unwrap();
        assert_eq!(dest, store.join("m").join("1"));
        assert_eq!(std::fs::read(dest.join("labels.json")).unwrap(), b"[\"a\"]");
        assert!(dest.join(MANIFEST).exists());
        let model: ModelManifest =
            serde_json::from_slice(&std::fs::read(dest.join("manifest.json")).unwrap()).unwrap();
        assert_eq!((model.name.as_str(), model.compiler.as_str()), ("m", ARCHIVE_COMPILER));
        // The same version twice is refused.
        assert!(unpack(&out, &store, ArchiveLimits::default()).is_err());
    }

    #[test]
    fn packing_refuses_code() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("manifest.json"), manifest_json("")).unwrap();
        std::fs::write(dir.path().join("model.onnx"), b"onnx").unwrap();
        std::fs::write(dir.path().join("handler.py"), b"import os").unwrap();
        let err = pack(dir.path(), &dir.path().join("x.adsm"), "t").unwrap_err();
        assert!(err.to_string().contains("code"), "{err}");
        std::fs::remove_file(dir.path().join("handler.py")).unwrap();
        std::fs::write(dir.path().join("weights.bin"), b"\x80\x04\x95pickle").unwrap();
        let err = pack(dir.path(), &dir.path().join("x.adsm"), "t").unwrap_err();
        assert!(err.to_string().contains("pickle"), "{err}");
    }

    fn refused(members: &[(&str, &[u8])], listed: &[(&str, &[u8])], limits: ArchiveLimits, want: &str) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.adsm");
        raw_zip(&path, members, listed);
        let store = dir.path().join("store");
        let err = unpack(&path, &store, limits).unwrap_err().to_string();
        assert!(err.contains(want), "expected {want:?} in {err}");
        // Nothing written: the store holds no model directory (only an emptied staging area, if any).
        let leftovers: Vec<_> = std::fs::read_dir(&store)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert!(leftovers.is_empty(), "left behind {leftovers:?}");
        assert!(!dir.path().join("evil").exists());
    }

    #[test]
    fn traversal_is_refused() {
        let m: &[u8] = b"onnx";
        refused(
            &[("model.onnx", m), ("../evil", b"x")],
            &[("model.onnx", m)],
            ArchiveLimits::default(),
            "unsafe path",
        );
    }

    #[test]
    fn unlisted_members_and_bad_checksums_are_refused() {
        let m: &[u8] = b"onnx";
        refused(
            &[("model.onnx", m), ("extra.txt", b"x")],
            &[("model.onnx", m)],
            ArchiveLimits::default(),
            "not listed",
        );
        refused(
            &[("model.onnx", b"tampered")],
            &[("model.onnx", m)],
            ArchiveLimits::default(),
            "decompresses",
        );
        refused(&[("model.onnx", b"abcd")], &[("model.onnx", m)], ArchiveLimits::default(), "sha256");
    }

    #[test]
    fn a_zip_bomb_is_refused_without_inflating_it() {
        let bomb = vec![0u8; 8 << 20]; // 8 MiB of zeros compresses to a few KiB
        let limits = ArchiveLimits { max_member_bytes: 1 << 20, ..Default::default() };
        refused(&[("model.onnx", &bomb)], &[("model.onnx", &bomb)], limits, "over the limit");
        // A member that lies about its size is caught at the declared size.
        let small: &[u8] = b"1234";
        refused(
            &[("model.onnx", &bomb)],
            &[("model.onnx", small)],
            ArchiveLimits::default(),
            "decompresses to 5+",
        );
    }

    #[test]
    fn code_inside_is_refused_whatever_its_name() {
        let elf: &[u8] = b"\x7fELF\x02\x01\x01rest";
        refused(&[("model.onnx", elf)], &[("model.onnx", elf)], ArchiveLimits::default(), "code");
    }

    #[test]
    fn links_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("link.adsm");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        zip.add_symlink("model.onnx", "/etc/passwd", zip::write::SimpleFileOptions::default()).unwrap();
        zip.finish().unwrap();
        let err = verify(&path, ArchiveLimits::default()).unwrap_err().to_string();
        assert!(err.contains("link"), "{err}");
    }
}

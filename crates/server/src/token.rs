//! The management API's bearer token: given by configuration, or generated at first start into a key
//! file readable only by its owner (mode 0600) and printed once.

use std::io::{Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use anyhow::{Context, bail};

/// The token from `configured`, else from `key_file`, else a new one written to `key_file`.
pub fn management_token(configured: Option<&str>, key_file: &Path) -> anyhow::Result<String> {
    if let Some(t) = configured {
        if t.len() < 16 {
            bail!("the management token must be at least 16 characters");
        }
        return Ok(t.to_string());
    }
    if key_file.exists() {
        let mode = std::fs::metadata(key_file)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            bail!("{} is readable by others (mode {mode:o}); run `chmod 600` on it", key_file.display());
        }
        let token =
            std::fs::read_to_string(key_file).with_context(|| format!("reading {}", key_file.display()))?;
        let token = token.trim().to_string();
        if token.len() < 16 {
            bail!("{} holds no usable token; delete it to generate a new one", key_file.display());
        }
        return Ok(token);
    }
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .context("reading /dev/urandom for a new management token")?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(parent) = key_file.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(key_file)
        .with_context(|| format!("creating {}", key_file.display()))?;
    f.write_all(token.as_bytes())?;
    f.sync_all()?;
    eprintln!(
        "management API token (shown once; stored in {} with mode 0600):\n  {token}",
        key_file.display()
    );
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_token_is_private_and_stable() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("management.key");
        let t1 = management_token(None, &key).unwrap();
        assert_eq!(t1.len(), 64);
        assert_eq!(std::fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(management_token(None, &key).unwrap(), t1);
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(management_token(None, &key).unwrap_err().to_string().contains("chmod 600"));
        assert_eq!(management_token(Some("a-configured-token-123"), &key).unwrap(), "a-configured-token-123");
        assert!(management_token(Some("short"), &key).is_err());
    }
}

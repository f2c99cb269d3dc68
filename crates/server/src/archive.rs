//! `adscreen archive`: pack a directory into a model archive, inspect an archive's manifest, and verify
//! every member's checksum and the archive's safety without unpacking it.

use std::path::PathBuf;

use adscreen_runtime::archive::format::{self, ArchiveLimits};
use anyhow::Context;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Pack DIR (a manifest.json and the files it names) into an archive; code is refused.
    Pack {
        /// Directory with manifest.json, the ONNX model and its artifacts.
        dir: PathBuf,
        /// The archive to write (conventionally NAME-VERSION.adsm).
        #[arg(long)]
        out: PathBuf,
    },
    /// Print an archive's manifest.
    Inspect { archive: PathBuf },
    /// Check an archive: safe paths, no links, no code, sizes and every sha256.
    Verify { archive: PathBuf },
}

pub fn run(cmd: ArchiveCommand) -> anyhow::Result<()> {
    match cmd {
        ArchiveCommand::Pack { dir, out } => {
            let now = adscreen_screening::store::rfc3339(std::time::SystemTime::now());
            let m = format::pack(&dir, &out, &now).with_context(|| format!("packing {}", dir.display()))?;
            let bytes: u64 = m.members.values().map(|x| x.size).sum();
            println!(
                "packed {}@{} ({:?}, {} members, {} bytes) into {}",
                m.name,
                m.version,
                m.handler,
                m.members.len(),
                bytes,
                out.display()
            );
            Ok(())
        }
        ArchiveCommand::Inspect { archive } => {
            let m = format::verify(&archive, ArchiveLimits::default())
                .with_context(|| format!("reading {}", archive.display()))?;
            println!("{}", serde_json::to_string_pretty(&m)?);
            Ok(())
        }
        ArchiveCommand::Verify { archive } => {
            let m = format::verify(&archive, ArchiveLimits::default())
                .with_context(|| format!("verifying {}", archive.display()))?;
            println!("ok: {}@{}, {} members, every sha256 matches", m.name, m.version, m.members.len());
            Ok(())
        }
    }
}

//! `adscreen decisions`: read the decision store.

use std::path::PathBuf;

use adscreen_runtime::home::Home;
use adscreen_screening::store::DecisionStore;
use anyhow::{Context, bail};
use clap::Subcommand;

use crate::setup;

#[derive(Debug, Subcommand)]
pub enum DecisionsCommand {
    /// The most recent decisions, newest first.
    List {
        /// How many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Only this outcome (approve, review, reject).
        #[arg(long, value_parser = ["approve", "review", "reject"])]
        outcome: Option<String>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
        /// The decision store; default: decisions.db in the cache directory.
        #[arg(long, env = "ADSCREEN_STORE")]
        store: Option<PathBuf>,
    },
    /// One decision, with its request, as JSON.
    Show {
        /// The request id.
        id: String,
        /// The decision store; default: decisions.db in the cache directory.
        #[arg(long, env = "ADSCREEN_STORE")]
        store: Option<PathBuf>,
    },
}

fn open(home: &Home, store: Option<PathBuf>) -> anyhow::Result<DecisionStore> {
    let path = store.unwrap_or_else(|| setup::default_store(home));
    if !path.exists() {
        bail!("no decision store at {} (screen something first, or pass --store)", path.display());
    }
    DecisionStore::open(&path).with_context(|| format!("opening {}", path.display()))
}

pub fn run(home: &Home, cmd: DecisionsCommand) -> anyhow::Result<()> {
    match cmd {
        DecisionsCommand::List { limit, outcome, json, store } => {
            let store = open(home, store)?;
            let rows = store.list(limit, outcome.as_deref())?;
            if json {
                for r in &rows {
                    println!("{}", serde_json::to_string(r)?);
                }
            } else {
                println!(
                    "{:<40} {:<24} {:<8} {:<24} profile",
                    "request_id", "created_at", "outcome", "creative_id"
                );
                for r in &rows {
                    println!(
                        "{:<40} {:<24} {:<8} {:<24} {}",
                        r.request_id,
                        r.created_at,
                        r.outcome,
                        r.creative_id.as_deref().unwrap_or("-"),
                        r.profile
                    );
                }
                println!("({} shown of {} stored)", rows.len(), store.count()?);
            }
            Ok(())
        }
        DecisionsCommand::Show { id, store } => {
            let store = open(home, store)?;
            match store.get(&id)? {
                Some(d) => {
                    println!("{}", serde_json::to_string_pretty(&d)?);
                    Ok(())
                }
                None => bail!("no decision with request id {id:?} in {}", store.path().display()),
            }
        }
    }
}

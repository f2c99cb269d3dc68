//! The `adscreen` binary: configuration, CLI subcommands and the HTTP servers.

mod archive;
mod bench;
mod cli;
mod compile;
mod decisions;
mod embed;
mod http;
mod manager;
mod metrics;
mod models;
mod screen;
mod serve;
mod setup;
mod token;
mod train;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let args = cli::Cli::parse();
    cli::init_logging(&args.log);
    match cli::run(args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

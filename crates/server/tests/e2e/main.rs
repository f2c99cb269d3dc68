//! End-to-end tests against the real `adscreen` binary. They need the cache the README's test command
//! fetched (`adscreen models fetch`), and talk only to 127.0.0.1 with bounded request loops.

mod cli;
mod images;
mod models;
mod perf;
mod screen;
mod serve;
mod timed;
mod train;
mod util;

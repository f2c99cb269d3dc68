//! Integration tests of the runtime: compiler, engines, tokenizer, registry and batcher together.
//! `tiny` builds its own random BERT; `jpeg` needs only committed fixtures; `real` needs the models that `adscreen models fetch` puts in the
//! cache (the README's test command runs the fetch first).

mod jpeg;
mod real;
mod tiny;
mod util;

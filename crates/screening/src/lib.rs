//! Screening: the creative types, the checks (rules and models), the policy engine (a pure function
//! from signals and a profile to a decision) and the decision store.

pub mod creative;
pub mod decision;
pub mod deobfuscate;
pub mod gloss;
pub mod image;
pub mod pipeline;
pub mod policy;
pub mod reading;
pub mod rules;
pub mod store;
pub mod taxonomy;
pub mod textmodel;
pub mod timed;

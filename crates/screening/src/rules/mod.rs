//! Deterministic checks (`source: "rule"`). Each produces signals with evidence and a measurement.

pub mod editorial;
pub mod flashing;
pub mod minors;

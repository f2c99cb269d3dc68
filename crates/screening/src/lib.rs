//! Screening: creative types, checks, the policy engine and the decision store (see ARCHITECTURE.md).

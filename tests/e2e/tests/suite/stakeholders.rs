//! End-to-end tests: stakeholders.

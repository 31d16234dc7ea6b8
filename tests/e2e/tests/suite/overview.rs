//! End-to-end tests: overview.

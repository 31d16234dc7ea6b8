//! End-to-end tests: goals.

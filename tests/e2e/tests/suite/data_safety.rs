//! End-to-end tests: data_safety.

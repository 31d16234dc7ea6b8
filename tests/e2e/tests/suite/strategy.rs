//! End-to-end tests: strategy.

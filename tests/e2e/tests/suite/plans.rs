//! End-to-end tests: plans.

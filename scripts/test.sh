#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: formatting, lints, native domain
# tests, browser tests (wasm-bindgen-test in headless Chromium), the release build, its size
# budget and the end-to-end suite against it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test
cd "$ROOT"

say "Formatting"
cargo fmt --all --check

say "Lints"
cargo clippy -p planner-core -p crm-e2e --all-targets -- -D warnings
cargo clippy -p crm-planner --target wasm32-unknown-unknown --all-targets -- -D warnings

say "Domain tests (native)"
cargo test -p planner-core

say "Browser tests (wasm-bindgen-test in headless Chromium)"
cargo test -p crm-planner --target wasm32-unknown-unknown

say "Release build"
trunk build --release

say "End-to-end tests (release build in headless Chromium)"
cargo test -p crm-e2e -- --test-threads=2

#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: formatting, lints, native domain
# tests, browser tests (wasm-bindgen-test in headless Chromium), the release build, its size
# budget, the end-to-end suite against it in Chromium, its smoke subset in Chromium, Firefox
# and WebKit, and Lighthouse in both modes. Ends with a line per engine, Lighthouse's verdict
# and one line counting every test run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test
cd "$ROOT"

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
# Runs a test command, keeping its output for the closing count.
tests() {
  "$@" 2>&1 | tee -a "$LOG"
}

say "Formatting"
cargo fmt --all --check

say "Lints"
cargo clippy -p planner-core -p crm-e2e --all-targets -- -D warnings
cargo clippy -p crm-planner --target wasm32-unknown-unknown --all-targets -- -D warnings

say "Domain tests (native; with the schema check, fixtures and property tests)"
tests cargo test -p planner-core --features schema

say "No inner_html anywhere (typed and imported text is always shown as text)"
if grep -rn --include='*.rs' -e 'inner_html' -e 'set_inner_html' -e 'insertAdjacentHTML' -e 'insert_adjacent_html' -e 'outer_html' src tests/web.rs; then
  echo "inner_html found: show user data as text" >&2
  exit 1
fi

if rustup toolchain list | grep -q '^nightly' && command -v cargo-fuzz >/dev/null; then
  say "Fuzzing the importer (${FUZZ_SECONDS:-30} s)"
  (cd fuzz && cargo +nightly fuzz run import -- -max_total_time="${FUZZ_SECONDS:-30}" -max_len=65536)
else
  say "Fuzzing skipped: no nightly toolchain or cargo-fuzz (the property tests still run)"
fi

say "Browser tests (wasm-bindgen-test in headless Chromium)"
tests cargo test -p crm-planner --target wasm32-unknown-unknown --test web

say "Release build"
trunk build --release

say "End-to-end tests (release build in headless Chromium)"
tests cargo test -p crm-e2e --test suite -- --test-threads=2

# The smoke subset in every engine. An engine that could not be installed is skipped, and the
# summary says so; it is never counted as passed.
ENGINES=()
engine_missing() {
  case "$1" in
    chromium) return 1 ;;
    firefox)
      command -v firefox-esr >/dev/null || { echo "firefox-esr is not installed"; return 0; }
      command -v geckodriver >/dev/null || { echo "geckodriver is not installed"; return 0; }
      ;;
    webkit)
      command -v WebKitWebDriver >/dev/null || { echo "webkit2gtk-driver is not installed"; return 0; }
      [ -n "${DISPLAY:-}" ] || command -v Xvfb >/dev/null || { echo "xvfb is not installed"; return 0; }
      ;;
  esac
  return 1
}
for engine in chromium firefox webkit; do
  if why="$(engine_missing "$engine")"; then
    say "Smoke tests in $engine: SKIPPED ($why; run scripts/setup.sh --test as root)"
    ENGINES+=("$engine: skipped, $why")
    continue
  fi
  say "Smoke tests in $engine (release build)"
  ENGINE_LOG="$(mktemp)"
  CRM_ENGINE="$engine" tests cargo test -p crm-e2e --test smoke -- --test-threads=2 | tee "$ENGINE_LOG"
  ENGINES+=("$engine: $(grep -a '^test result:' "$ENGINE_LOG" | sed 's/^test result: //; s/; finished in.*//')")
  rm -f "$ENGINE_LOG"
done

# Once per mode, not per test: the first screen and the step with the largest DOM, mobile then
# desktop, each category at least 95 (tools/lighthouse.mjs). Last, on an idle machine: its
# performance score reads the main thread's real timings.
say "Lighthouse (mobile and desktop, release build on a plain static server)"
LIGHTHOUSE_LOG="$(mktemp)"
node tools/lighthouse.mjs | tee "$LIGHTHOUSE_LOG"
LIGHTHOUSE="$(grep -a '^Lighthouse:' "$LIGHTHOUSE_LOG" || true)"
rm -f "$LIGHTHOUSE_LOG"

RESULTS="$(grep -a "^test result:" "$LOG")"
passed=$(awk '{for (i = 1; i <= NF; i++) if ($(i) ~ /^passed;?$/) s += $(i-1)} END {print s + 0}' <<< "$RESULTS")
failed=$(awk '{for (i = 1; i <= NF; i++) if ($(i) ~ /^failed;?$/) s += $(i-1)} END {print s + 0}' <<< "$RESULTS")
echo
for line in "${ENGINES[@]}"; do
  echo "smoke in $line"
done
echo "$LIGHTHOUSE"
echo "total: $passed passed, $failed failed"

#!/usr/bin/env bash
# Sets up what building (and, with --test, testing) needs; every step is skipped when its tool is
# already there, so a second run takes seconds. Sourced by serve.sh and test.sh.
#
#   wasm32 target, rustfmt, clippy  (rustup)
#   trunk 0.21.14                   (cargo install; newer trunk needs a newer rustc)
#   wasm-bindgen-cli = the crate's pinned version (cargo install)
#   wasm-opt 132, terser 5.51.4, axe-core 4.14.1, lighthouse 12.8.2 (npm packages, into
#                                   tools/node_modules; Lighthouse 12 is the last for Node 20)
#   chromium + chromium-driver      (Debian packages; tests only)
#   firefox-esr, webkit2gtk-driver, xvfb (Debian packages; tests only: the smoke subset in
#                                   Firefox and WebKit, skipped with a message where missing)
#   geckodriver 0.37.1              (cargo install; Debian has no package; tests only)
#   python3-jsonschema              (Debian package, else pip; tests only: validates exports)
#   python3 icalendar               (Debian package, else pip; tests only: parses calendar exports)
#   cargo-fuzz + nightly            (cargo install; tests only: the importer's fuzz target)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
# The CLI must be exactly the wasm-bindgen crate's version, which Cargo.toml pins with "=".
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$ROOT/Cargo.toml")"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mSetup stopped: %s\033[0m\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || fail "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again."
command -v rustup >/dev/null || fail "rustup is needed to add the wasm32 target. Install Rust with rustup."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "Adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

[ -n "$WASM_BINDGEN_VERSION" ] || fail "Cargo.toml must pin wasm-bindgen with \"=x.y.z\"."
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  # Not --locked: the CLI's own lock file names a webpki-roots version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ] \
  || [ "$("$ROOT/tools/node_modules/.bin/terser" --version 2>/dev/null)" != "terser 5.51.4" ] \
  || ! grep -qs '"version": "4.14.1"' "$ROOT/tools/node_modules/axe-core/package.json" \
  || ! grep -qs '"version": "12.8.2"' "$ROOT/tools/node_modules/lighthouse/package.json"; then
  command -v npm >/dev/null || fail "npm is needed for wasm-opt (binaryen 132), terser, axe-core and Lighthouse: install Node.js and npm (apt-get install nodejs npm)."
  say "Installing wasm-opt (binaryen 132), terser, axe-core and Lighthouse into tools/"
  (cd "$ROOT/tools" && npm ci --no-audit --no-fund)
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      say "Installing Chromium and ChromeDriver (Debian packages)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
    else
      fail "the tests need Chromium and its driver. Install them as root: apt-get install -y chromium chromium-driver"
    fi
  fi
  # Firefox ESR and WebKitGTK for the smoke subset. A failure here does not stop the set-up:
  # test.sh then says which engine it skipped and why.
  missing=()
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      say "Installing ${missing[*]} (Debian packages, for the smoke tests in Firefox and WebKit)"
      apt-get update -qq || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" \
        || echo "Could not install ${missing[*]}; the smoke tests skip those engines." >&2
    else
      echo "Not root: cannot install ${missing[*]}; the smoke tests skip those engines." >&2
    fi
  fi
  if command -v firefox-esr >/dev/null && [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    say "Installing geckodriver $GECKODRIVER_VERSION (about 3 minutes on 2 cores, once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked \
      || echo "Could not install geckodriver; the smoke tests skip Firefox." >&2
  fi
  # poppler's pdftotext reads the printed report back (tests/e2e/src/pdf.rs).
  if ! command -v pdftotext >/dev/null; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      say "Installing poppler-utils (pdftotext, to read the printed report back)"
      apt-get update -qq || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils
    else
      fail "the report tests need pdftotext. Install it as root: apt-get install -y poppler-utils"
    fi
  fi
  if ! python3 -c "import jsonschema" 2>/dev/null; then
    say "Installing Python's jsonschema (the independent validator of exports)"
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema
    else
      python3 -m pip install --user jsonschema || fail "install Python's jsonschema: apt-get install python3-jsonschema"
    fi
  fi
  if ! python3 -c "import icalendar" 2>/dev/null; then
    say "Installing Python's icalendar (the independent parser of calendar exports)"
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null && [ "$(command -v python3)" = "/usr/bin/python3" ]; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-icalendar
    else
      python3 -m pip install --user icalendar || python3 -m pip install icalendar \
        || fail "install Python's icalendar: python3 -m pip install icalendar"
    fi
  fi
  # The fuzzer needs nightly; where nightly cannot be had, test.sh says so and skips it.
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "Adding the nightly toolchain (for cargo-fuzz)"
    rustup toolchain install nightly --profile minimal || true
  fi
  if rustup toolchain list | grep -q '^nightly' && ! command -v cargo-fuzz >/dev/null; then
    say "Installing cargo-fuzz (about 2-4 minutes on 2 cores, once)"
    cargo install cargo-fuzz --locked
  fi
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
  export CHROME="${CHROME:-$(command -v chromium)}"
fi

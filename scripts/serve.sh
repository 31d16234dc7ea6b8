#!/usr/bin/env bash
# Sets up what is missing, builds the release bundle and serves it at http://127.0.0.1:8080.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
say "Serving the app at http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload

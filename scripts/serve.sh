#!/usr/bin/env bash
# Builds the widget with Trunk and serves it on http://127.0.0.1:8080,
# rebuilding on every change. The default data set is compiled in.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
echo "serve: building; the widget will be at http://127.0.0.1:8080/ (Ctrl-C stops)"
echo "serve: try http://127.0.0.1:8080/?lang=en or ?lang=zh&theme=dark"
exec trunk serve --address 127.0.0.1 --port 8080

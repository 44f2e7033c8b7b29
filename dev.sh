#!/usr/bin/env bash
# Departures developer entry point. Two commands:
#   ./dev.sh serve   build and serve the widget on http://127.0.0.1:8080
#   ./dev.sh test    run every test layer and report a summary
# Each first installs what is missing (scripts/setup.sh) and reuses what is there.
set -euo pipefail
cd "$(dirname "$0")"
case "${1:-}" in
  serve) scripts/setup.sh && exec scripts/serve.sh ;;
  test) scripts/setup.sh && exec scripts/test.sh ;;
  *)
    echo "usage: ./dev.sh serve | ./dev.sh test" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Benchmarks (reported, not asserted): native criterion benches, then the
# release build in Chromium with generated data sets of 50, 1,000 and 10,000
# events (timeline, table) and of 50, 1,000 and 10,000 people (org chart),
# the memory the widget keeps over 200 element mounts and 1,000 filter
# toggles, then Lighthouse (mobile preset) on the pages as a reader first
# loads them.
# Results: target/criterion/, artifacts/bench-browser.json,
# artifacts/bench-memory.json and artifacts/lighthouse.json. RUNS sets the browser runs (5),
# LIGHTHOUSE_RUNS the Lighthouse runs per page (3).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
cargo bench --bench filter
cargo bench --bench timeline
cargo bench --bench org
cargo bench --bench import
scripts/build-release.sh
mkdir -p artifacts/bench-data
for n in 50 1000 10000; do
  cargo run --quiet --bin departures -- generate "$n" -o "artifacts/bench-data/$n.json"
done
# Organisations of N people (the generator makes one person per two events).
for n in 50 1000 10000; do
  cargo run --quiet --bin departures -- generate "$((n * 2))" -o "artifacts/bench-data/people-$n.json"
done
node tests/bench/browser.mjs artifacts/bench-data "${RUNS:-5}"
node tests/bench/memory.mjs --json artifacts/bench-memory.json
node tests/bench/lighthouse.mjs

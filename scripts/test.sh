#!/usr/bin/env bash
# Runs every test layer, then prints one summary line per layer and a closing
# "N passed, N failed" line. Exits non-zero if any layer failed.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

# First-load budgets: the bytes a reader's browser fetches before acting
# (the page's or the custom element's scripts, stylesheet and wasm, the
# built-in data set inside it), gzip -9 and brotli, as scripts/size-report.mjs
# measures them, in bytes. Ratchets just above the current size, so that growth is a
# decision: they only move down; their history is these lines' in git.
# The target is 150 KB gzip and 125 KB brotli.
FIRST_LOAD_GZIP_BUDGET=212840
FIRST_LOAD_BROTLI_BUDGET=176320
ARTIFACTS="$ROOT/artifacts"
mkdir -p "$ARTIFACTS"

names=()
results=()
notes=()

# run_layer NAME COMMAND...: runs one layer, records pass/fail and its duration.
run_layer() {
  local name="$1"
  shift
  echo
  echo "=== $name: $*"
  local start=$SECONDS
  if "$@"; then
    results+=(pass)
  else
    results+=(FAIL)
  fi
  names+=("$name")
  notes+=("$((SECONDS - start)) s${layer_note:+, $layer_note}")
  layer_note=""
}
layer_note=""

# Clippy natively and for wasm32 (missing docs are warnings, so errors here);
# the crate without its `web` feature, so a browser crate imported by the
# core fails to compile; the editor module, built so too; and rustdoc, so
# doc links stay whole.
lint() {
  cargo clippy --all-targets -- -D warnings &&
    cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings &&
    cargo clippy --no-default-features --all-targets -- -D warnings &&
    cargo clippy --no-default-features --features editor --target wasm32-unknown-unknown --bins -- -D warnings &&
    RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet
}

browser_tests() {
  cargo test --target wasm32-unknown-unknown --test browser
}

release_build() {
  rm -rf dist
  # Published at the end-to-end server's address, as a newsroom builds for
  # its own site: the pages' addresses are absolute and carry oEmbed.
  DEPARTURES_SITE_URL=http://127.0.0.1:4173/ scripts/build-release.sh || return 1
  local bytes="$ARTIFACTS/bundle-bytes.txt"
  rm -f "$bytes"
  FIRST_LOAD_GZIP_BUDGET=$FIRST_LOAD_GZIP_BUDGET FIRST_LOAD_BROTLI_BUDGET=$FIRST_LOAD_BROTLI_BUDGET \
    node scripts/size-report.mjs dist
  local status=$?
  [[ -f "$bytes" ]] && layer_note=$(awk -v gb="$FIRST_LOAD_GZIP_BUDGET" -v bb="$FIRST_LOAD_BROTLI_BUDGET" '
    { v[$1] = $2 }
    END { printf "first load %.1f KB gzip -9, budget %d KB; %.1f KB brotli, budget %d KB",
          v["gzip"] / 1024, gb / 1024, v["brotli"] / 1024, bb / 1024 }' "$bytes")
  return "$status"
}

end_to_end() {
  [[ -f dist/index.html ]] || { echo "no release build in dist/"; return 1; }
  playwright test --config tests/e2e/playwright.config.mjs
}

run_layer format cargo fmt --check
run_layer lint lint
run_layer native cargo test
run_layer browser browser_tests
run_layer build release_build
run_layer end-to-end end_to_end

passed=0
failed=0
echo
echo "=== summary"
for i in "${!names[@]}"; do
  printf '%-11s %-4s (%s)\n' "${names[$i]}" "${results[$i]}" "${notes[$i]}"
  if [[ "${results[$i]}" == pass ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "layers: $passed passed, $failed failed"
((failed == 0))

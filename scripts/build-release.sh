#!/usr/bin/env bash
# Builds dist/ for release: `trunk build --release`, with the WebAssembly
# compiled for size by a pinned nightly ($SIZE_TOOLCHAIN in env.sh):
# - the standard library rebuilt with the crate (-Zbuild-std), optimised
#   for size (optimize_for_size);
# - a panic stops at once (-Cpanic=immediate-abort) instead of formatting a
#   message nobody reads: the release build already aborts on panic;
# - no source locations and no Debug formatting compiled in
#   (-Zlocation-detail=none, -Zfmt-debug=none).
# Together about 13% of the WebAssembly (gzip). The settings reach only
# wasm32 builds: the post-build hook runs its native tools without them.
# Extra arguments go to trunk.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
export RUSTUP_TOOLCHAIN="$SIZE_TOOLCHAIN"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
exec trunk build --release "$@"

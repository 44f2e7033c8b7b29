# Shared settings for the scripts; sourced, not run.
# Versions are pinned here and checked by scripts/setup.sh.
TRUNK_VERSION=0.21.14
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk)
# The release WebAssembly is built with this nightly (and its rust-src) to
# rebuild the standard library for size: see scripts/build-release.sh.
# Everything else builds with the stable toolchain.
SIZE_TOOLCHAIN=nightly-2026-05-20
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

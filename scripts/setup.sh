#!/usr/bin/env bash
# Installs what the build and the tests need, and reuses what is already there
# at the right version. As root it installs; as any other user it lists the exact
# commands to run and stops.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

missing=()   # human-readable names of what is missing
commands=()  # the commands that install them

have_apt_package() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

apt_missing=()
for package in "${APT_PACKAGES[@]}"; do
  have_apt_package "$package" || apt_missing+=("$package")
done
command -v node >/dev/null && command -v npm >/dev/null || apt_missing+=(nodejs npm)
command -v gzip >/dev/null || apt_missing+=(gzip)
if ((${#apt_missing[@]})); then
  missing+=("Debian packages: ${apt_missing[*]}")
  commands+=("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${apt_missing[*]}")
fi

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is not installed. Install Rust with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  missing+=("Rust target wasm32-unknown-unknown")
  commands+=("rustup target add wasm32-unknown-unknown")
fi

if ! rustup run "$SIZE_TOOLCHAIN" rustc --print sysroot >/dev/null 2>&1 \
  || [[ ! -d "$(rustup run "$SIZE_TOOLCHAIN" rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library" ]]; then
  missing+=("Rust $SIZE_TOOLCHAIN with rust-src (the release build's size toolchain)")
  commands+=("rustup toolchain install $SIZE_TOOLCHAIN --profile minimal --component rust-src")
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  missing+=("trunk $TRUNK_VERSION")
  commands+=("cargo install trunk --version $TRUNK_VERSION --locked")
fi

if [[ -z "$WASM_BINDGEN_VERSION" ]]; then
  echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  missing+=("wasm-bindgen-cli $WASM_BINDGEN_VERSION")
  # Not --locked: one dependency locked by wasm-bindgen-cli is missing from the registry.
  commands+=("cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION --force")
fi

# npm packages (wasm-opt from binaryen, Playwright, axe-core) from the committed lock file.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  missing+=("npm packages from package-lock.json")
  commands+=("cd '$ROOT' && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund")
fi

if ((${#missing[@]} == 0)); then
  echo "setup: everything is in place (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, chromium, npm packages)"
  exit 0
fi

if [[ "$(id -u)" != 0 ]]; then
  echo "setup: not root, so nothing was installed. Missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "setup: run these commands, then run this again" \
    "(the apt-get line as root, e.g. with sudo; the others as yourself):" >&2
  printf '  %s\n' "${commands[@]}" >&2
  exit 1
fi

for i in "${!commands[@]}"; do
  echo "setup: installing ${missing[$i]}"
  echo "+ ${commands[$i]}"
  bash -c "${commands[$i]}"
done
echo "setup: done"

// Trunk post-build hook (see Trunk.toml): makes the build run under a strict
// Content-Security-Policy and embeddable as a custom element.
//
// - Moves Trunk's inline start-up script into boot.js (an inline script
//   would need 'unsafe-inline'), loaded by <script type="module" src>.
// - Writes embed.js (the custom element) from web/embed.template.js with the
//   hashed names of the bindings, the wasm and the stylesheet.
// It works in Trunk's staging folder, TRUNK_STAGING_DIR.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("finish-build: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) {
  console.error("finish-build: no inline module script in index.html; has Trunk's output changed?");
  process.exit(1);
}
const bindings = inline[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = inline[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
const stylesheet = html.match(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/)?.[1];
if (!bindings || !wasm || !stylesheet) {
  console.error(`finish-build: could not find the file names (bindings ${bindings}, wasm ${wasm}, css ${stylesheet})`);
  process.exit(1);
}

const fill = (template) =>
  readFileSync(join(root, "web", template), "utf8")
    .replaceAll("__BINDINGS__", bindings)
    .replaceAll("__WASM__", wasm)
    .replaceAll("__STYLESHEET__", stylesheet);

writeFileSync(join(staging, "boot.js"), fill("boot.template.js"));
writeFileSync(join(staging, "embed.js"), fill("embed.template.js"));
html = html.replace(inline[0], '<script type="module" src="./boot.js"></script>');
writeFileSync(indexPath, html);
console.log(`finish-build: boot.js and embed.js written for ${bindings}, ${wasm}, ${stylesheet}`);

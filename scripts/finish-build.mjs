// Trunk post-build hook (see Trunk.toml): makes the build run under a strict
// Content-Security-Policy and embeddable as a custom element.
//
// - Moves Trunk's inline start-up script into boot.js (an inline script
//   would need 'unsafe-inline'), loaded by <script type="module" src>.
// - Writes embed.js (the custom element) from web/embed.template.js with the
//   hashed names of the bindings, the wasm and the stylesheet.
// - In release builds, minifies the JavaScript (wasm-bindgen's glue, boot.js,
//   embed.js, download.js) with terser, and gives the glue's preload link
//   the new integrity hash.
// It works in Trunk's staging folder, TRUNK_STAGING_DIR.
import { createHash } from "node:crypto";
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

// Release builds are minified (Trunk.toml), so quotes and spaces are optional.
const inline = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!inline) {
  console.error("finish-build: no inline module script in index.html; has Trunk's output changed?");
  console.error(html);
  process.exit(1);
}
const bindings = inline[1].match(/from\s*['"]\.\/([^'"]+\.js)['"]/)?.[1];
const wasm = inline[1].match(/module_or_path:\s*['"]\.\/([^'"]+\.wasm)['"]/)?.[1];
const stylesheet = html.match(/<link[^>]*href="?\.\/([^" >]+\.css)"?/)?.[1];
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

if (process.env.TRUNK_PROFILE === "release") {
  const { minify } = await import("terser");
  for (const name of [bindings, "boot.js", "embed.js", "download.js"]) {
    const path = join(staging, name);
    const before = readFileSync(path, "utf8");
    const { code } = await minify(before, { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    const integrity = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
    html = html.replaceAll(integrity(before), integrity(code));
  }
}
writeFileSync(indexPath, html);
console.log(`finish-build: boot.js and embed.js written for ${bindings}, ${wasm}, ${stylesheet}`);

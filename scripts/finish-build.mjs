// Trunk post-build hook (see Trunk.toml): makes the build run under a strict
// Content-Security-Policy and embeddable as a custom element.
//
// - Moves Trunk's inline start-up script into boot.js (an inline script
//   would need 'unsafe-inline'), loaded by <script type="module" src>.
// - Writes embed.js (the custom element) from web/embed.template.js with the
//   hashed names of the bindings, the wasm and the stylesheet.
// - Builds the editor module into editor/ (src/editor.rs: the parsers,
//   validation and explanations, fetched only for a `?data=` file) with
//   cargo, wasm-bindgen and, in release builds, wasm-opt with the same
//   options as the widget's (read from index.html).
// - In release builds, minifies the JavaScript (wasm-bindgen's glue, boot.js,
//   embed.js, panels.js, download.js, the editor's glue) with terser, and
//   gives the glue's preload link the new integrity hash.
// - In release builds, gives the widget's imports and hashed exports short
//   names in its glue and its WebAssembly alike (scripts/short-names.mjs).
// - Writes one page per language, each holding the graphic pre-rendered by
//   `departures snapshot` (the widget's own components rendered natively),
//   with its title, description, share-card tags, canonical address and
//   hreflang alternates: index.html in Chinese, en.html in English; and
//   each page's share card, card-zh.png and card-en.png (1200 × 630, drawn
//   by `departures render`).
// - Last, in release builds, writes a gzip (X.gz) and a brotli (X.br) copy
//   beside every file a host would compress, in every folder, for hosts
//   that send precompressed files (README, "Serving the build").
// It works in Trunk's staging folder, TRUNK_STAGING_DIR.
// DEPARTURES_DATA_ORIGINS (optional, space- or comma-separated): other
//   sites (https://data.example.org) whose data files ?data= may load; the
//   pages list them in a meta tag and in their Content-Security-Policy.
// DEPARTURES_SITE_URL (optional, ending in "/"): the address the built
// folder is published at, for absolute canonical, og:url and og:image
// addresses; without it they are relative to the page. With it, each page
// also gets its oEmbed response (oembed-zh.json, oembed-en.json: what a CMS
// such as WordPress makes of a pasted link) and the link that leads a CMS
// to it; oEmbed needs absolute addresses, so without it there is none.
// DEPARTURES_PROVIDER_NAME (optional): who publishes the graphic, the
// oEmbed response's provider_name (by default the site's host name).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotli, compressible, gzip } from "./compress.mjs";
import { shortenNames } from "./short-names.mjs";

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
// boot.js fetches the bindings and the WebAssembly once the pre-rendered
// graphic has been painted; Trunk's preload links would start both before.
const preloads = /<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g;
html = html.replace(preloads, "");
// The stylesheet carries an integrity hash, which a browser checks only on
// a CORS request: in a sandboxed frame (WordPress's), whose origin is
// opaque, a plain request for it would be refused. With `crossorigin` it is
// one, which on the page's own site needs nothing of the host.
html = html.replace(/<link\b(?=[^>]*\brel="?stylesheet"?)(?=[^>]*\bintegrity=)(?![^>]*\bcrossorigin)/g, "<link crossorigin");

const release = process.env.TRUNK_PROFILE === "release";
const cargo = process.env.CARGO ?? "cargo";
buildEditor();

if (release) {
  const { minify } = await import("terser");
  // wasm-bindgen's snippets (web/on-demand.js) too: the bindings import them.
  const snippets = (await readdir(join(staging, "snippets"), { recursive: true }))
    .filter((name) => name.endsWith(".js"))
    .map((name) => join("snippets", name));
  const integrity = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
  for (const name of [bindings, "boot.js", "embed.js", "panels.js", "download.js", "data-file.js", "frame.js", "source.js", "editor/departures-editor.js", ...snippets]) {
    const path = join(staging, name);
    const before = readFileSync(path, "utf8");
    const { code } = await minify(before, { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    html = html.replaceAll(integrity(before), integrity(code));
  }
  // Short names between the minified glue and the WebAssembly, in place of
  // wasm-bindgen's hashed ones (scripts/short-names.mjs).
  const gluePath = join(staging, bindings);
  const wasmPath = join(staging, wasm);
  const glue = readFileSync(gluePath, "utf8");
  const short = shortenNames(readFileSync(wasmPath), glue);
  writeFileSync(wasmPath, short.wasm);
  writeFileSync(gluePath, short.glue);
  html = html.replaceAll(integrity(glue), integrity(short.glue));
}
// Each language's page: [language code, file name, address from the folder].
const pages = [
  ["zh", "index.html", "./"],
  ["en", "en.html", "en.html"],
];
const site = process.env.DEPARTURES_SITE_URL ?? "";
if (site && !/^https?:\/\/[^/]+\/(.*\/)?$/.test(site)) {
  console.error(`finish-build: DEPARTURES_SITE_URL: ${JSON.stringify(site)} is not an http(s) address ending in "/"`);
  process.exit(1);
}
/** A page's or file's address: absolute under DEPARTURES_SITE_URL, else
 * relative to the page. */
const published = (address) => (site ? new URL(address, site).href : address);
// The other sites data files may come from (web/data-file.js): each an
// http(s) origin. A value that is not one stops the build, rather than
// publishing a policy that says something else than was meant.
const dataOrigins = (process.env.DEPARTURES_DATA_ORIGINS ?? "").split(/[\s,]+/).filter(Boolean).map((item) => {
  let url;
  try {
    url = new URL(item);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.origin === "null") {
    console.error(`finish-build: DEPARTURES_DATA_ORIGINS: ${JSON.stringify(item)} is not an http(s) origin such as https://data.example.org`);
    process.exit(1);
  }
  return url.origin;
});
// The page's own Content-Security-Policy, for hosts that send none: only
// this site's files run, data comes from this site or the listed ones, and
// the page cannot be re-based or made to load plug-ins or send forms.
const pagePolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  ["connect-src 'self'", ...dataOrigins].join(" "),
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join("; ");
// The native tools run without the release build's size settings
// (scripts/build-release.sh), which are for the WebAssembly only.
const nativeEnv = { ...process.env };
for (const name of ["RUSTUP_TOOLCHAIN", "CARGO_UNSTABLE_BUILD_STD", "CARGO_UNSTABLE_BUILD_STD_FEATURES"]) {
  delete nativeEnv[name];
}
const escapeHtml = (text) =>
  text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const ogLocale = { zh: "zh_CN", en: "en_US" };

// Pre-render every page first: each page links to the others by their tags.
const rendered = pages.map(([lang, file, address]) => {
  const output = execFileSync(
    cargo,
    ["run", "--quiet", "--bin", "departures", "--", "snapshot", "--lang", lang, "--pages", pages.map((p) => p[2]).join(",")],
    { cwd: root, env: nativeEnv, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
  );
  // The share card: a 1200 × 630 PNG of the graphic, drawn from the same
  // layouts by `departures render`.
  const card = `card-${lang}.png`;
  execFileSync(
    cargo,
    ["run", "--quiet", "--bin", "departures", "--", "render", "--view", "card", "--lang", lang, "--format", "png", "-o", join(staging, card)],
    { cwd: root, env: nativeEnv, stdio: ["ignore", "ignore", "inherit"] },
  );
  return { ...JSON.parse(output), file, address, card };
});
const mount = /<main\b[^>]*\bid="?departures"?[^>]*>[\s\S]*?<\/main>/;
if (!mount.test(html)) {
  console.error("finish-build: no <main id=departures> in index.html; has index.html changed?");
  process.exit(1);
}
const alternates = rendered
  .map((page) => `<link rel="alternate" hreflang="${page.lang_tag}" href="${published(page.address)}">`)
  .concat(`<link rel="alternate" hreflang="x-default" href="${published(rendered[0].address)}">`);
for (const page of rendered) {
  const oembed = site ? writeOembed(page) : null;
  const head = [
    ...(dataOrigins.length ? [`<meta name="departures-data-origins" content="${dataOrigins.join(" ")}">`] : []),
    `<link rel="canonical" href="${published(page.address)}">`,
    ...alternates,
    ...(oembed
      ? [`<link rel="alternate" type="application/json+oembed" href="${oembed}" title="${escapeHtml(page.title)}">`]
      : []),
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(page.title)}">`,
    `<meta property="og:description" content="${escapeHtml(page.description)}">`,
    `<meta property="og:url" content="${published(page.address)}">`,
    `<meta property="og:locale" content="${ogLocale[page.lang]}">`,
    `<meta property="og:image" content="${published(page.card)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${escapeHtml(page.title)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:image" content="${published(page.card)}">`,
    `<meta name="twitter:title" content="${escapeHtml(page.title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(page.description)}">`,
  ].join("");
  const written = html
    .replace(/<html\b[^>]*>/, `<html lang="${page.lang_tag}">`)
    // Right after the character set, first in the head, so that it covers
    // everything the page loads.
    .replace(/<meta charset=[^>]*>/i, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${pagePolicy}">`)
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/<meta\b[^>]*\bname="?description"?[^>]*>/, `<meta name="description" content="${escapeHtml(page.description)}">`)
    // Minified HTML may leave out </head>; the body follows the head anyway.
    .replace(/<\/head>|<body\b/, (end) => `${head}${end}`)
    .replace(
      mount,
      `<main id="departures" class="dp-mount" data-departures-page data-lang="${page.lang}"${oembed ? " data-oembed" : ""}>${page.html}</main>`,
    );
  writeFileSync(join(staging, page.file), written);
}
console.log(`finish-build: boot.js and embed.js written for ${bindings}, ${wasm}, ${stylesheet}; pages ${rendered.map((p) => p.file).join(", ")} pre-rendered`);
console.log(
  site
    ? `finish-build: oEmbed responses ${rendered.map((p) => `oembed-${p.lang}.json`).join(", ")} written for ${site}`
    : "finish-build: no oEmbed responses (they need absolute addresses: set DEPARTURES_SITE_URL)",
);

// Precompressed copies, so that a host sends the smallest bytes without
// compressing on each request: gzip -9 and brotli at its best (compress.mjs).
// Release builds only: brotli's best takes seconds on the unoptimised wasm
// of a debug build. A copy that is not smaller than its file is not
// written. Trunk's staging folder is new on each build, so no copy outlives
// its file.
if (process.env.TRUNK_PROFILE === "release") {
  const entries = await readdir(staging, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && compressible.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  let written = 0;
  await Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const [gz, br] = await Promise.all([gzip(body), brotli(body, file)]);
      for (const [suffix, copy] of [[".gz", gz], [".br", br]]) {
        if (copy.length >= body.length) continue;
        await writeFile(file + suffix, copy);
        written += 1;
      }
    }),
  );
  console.log(`finish-build: ${written} precompressed copies (.gz, .br) of ${files.length} files written`);
}

/** Writes a page's oEmbed response (oEmbed 1.0, type "rich") beside it and
 * returns its address. The HTML is what WordPress keeps of a response from
 * a site it does not trust (an iframe with src, width, height, title and
 * frameborder, after one blockquote): the blockquote, with the graphic's
 * title as a link, is what WordPress shows until the frame first reports
 * its height (web/frame.js), and `hidden` keeps it out of sight in any other
 * CMS, which shows the frame's pre-rendered graphic at once. The frame is
 * as wide as the column; its first height is 800 px, until the frame says
 * its own. No view or filter: a static file cannot echo the address a CMS
 * was given, so a pasted link always shows the page's graphic as it opens. */
function writeOembed(page) {
  const address = published(page.address);
  const title = escapeHtml(page.title);
  const html =
    `<blockquote hidden><a href="${escapeHtml(address)}">${title}</a></blockquote>` +
    `<iframe src="${escapeHtml(address)}" title="${title}" width="100%" height="800" frameborder="0"></iframe>`;
  const response = {
    version: "1.0",
    type: "rich",
    title: page.title,
    provider_name: process.env.DEPARTURES_PROVIDER_NAME || new URL(site).host,
    provider_url: new URL(site).origin + "/",
    html,
    width: 640,
    height: 800,
    thumbnail_url: published(page.card),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
  const file = `oembed-${page.lang}.json`;
  writeFileSync(join(staging, file), JSON.stringify(response, null, 2) + "\n");
  return published(file);
}

/** Builds the editor module (`src/editor.rs`) into editor/ in the staging
 * folder: the JSON parser, the importers and validation, which the widget
 * fetches only when a page names a data file. */
function buildEditor() {
  const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const target = "wasm32-unknown-unknown";
  run(cargo, [
    "build", "--quiet", ...(release ? ["--release"] : []), "--target", target,
    "--bin", "departures-editor", "--no-default-features", "--features", "editor",
  ]);
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
  const built = join(targetDir, target, release ? "release" : "debug", "departures-editor.wasm");
  const out = join(staging, "editor");
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, built]);
  if (release) {
    // The widget's own wasm-opt options, so both modules are built alike.
    const source = readFileSync(join(root, "index.html"), "utf8");
    const level = source.match(/data-wasm-opt="([^"]+)"/)?.[1];
    const params = source.match(/data-wasm-opt-params="([^"]+)"/)?.[1];
    if (!level || !params) {
      console.error("finish-build: no data-wasm-opt options in index.html; has it changed?");
      process.exit(1);
    }
    const wasmFile = join(out, "departures-editor_bg.wasm");
    run("wasm-opt", [`-O${level}`, ...params.split(/\s+/), wasmFile, "-o", wasmFile]);
  }
}

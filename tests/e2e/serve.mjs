// A minimal static file server for the end-to-end tests and benchmarks:
//   node tests/e2e/serve.mjs <dir> <port> [--gzip] [/prefix=<dir> ...]
// Each extra /prefix=<dir> serves another folder under that URL prefix
// (the tests mount their fixtures at /fixtures).
// Listens on 127.0.0.1 only, serves correct MIME types (wasm streaming needs
// application/wasm), never caches, and sends the strict Content-Security-Policy
// a careful news site would (every end-to-end test runs under it). Paths under
// /nocsp/ are served without it, for the host pages that load pym.js.
// With --gzip, text, JSON and wasm are sent gzip-compressed to clients that
// accept it, as any static host does (the Lighthouse benchmark measures the
// download a reader gets); without it, every body goes out as it is on disk.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const flags = process.argv.slice(4).filter((arg) => arg.startsWith("--"));
const gzip = flags.includes("--gzip");
const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);
const mounts = process.argv.slice(4).filter((arg) => !arg.startsWith("--")).map((arg) => {
  const [prefix, dir] = arg.split("=");
  return { prefix: prefix.replace(/\/$/, ""), dir: resolve(dir) };
});

/** The policy the widget must run under with no violation. `img-src data:`
 * is for the PNG download, drawn from the SVG loaded as an image. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The folder and path inside it that serve a URL path. */
function locate(path) {
  for (const { prefix, dir } of mounts) {
    if (path.startsWith(prefix + "/")) return { base: dir, rest: path.slice(prefix.length) };
  }
  return { base: root, rest: path };
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Extensions worth compressing (PNG already is). */
const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".csv", ".svg"]);

/** Compressed bodies by file, kept while the file is unchanged, so the
 * response time is the disk's and not the compressor's. */
const compressed = new Map();
function gzipped(file, mtimeMs, body) {
  const hit = compressed.get(file);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const entry = { mtimeMs, body: gzipSync(body, { level: 9 }) };
  compressed.set(file, entry);
  return entry.body;
}

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
  if (path === "/favicon.ico") {
    response.writeHead(204).end();
    return;
  }
  const { base, rest } = locate(path);
  let file = normalize(join(base, rest));
  if (!file.startsWith(base)) {
    response.writeHead(403).end("forbidden");
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file);
    }
    let body = await readFile(file);
    const headers = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    if (!path.startsWith("/nocsp/")) headers["content-security-policy"] = CSP;
    if (gzip && compressible.has(extname(file))) {
      headers.vary = "accept-encoding";
      if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
        body = gzipped(file, info.mtimeMs, body);
        headers["content-encoding"] = "gzip";
      }
    }
    response.writeHead(200, headers);
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});

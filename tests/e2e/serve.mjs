// A minimal static file server for the end-to-end tests and benchmarks:
//   node tests/e2e/serve.mjs <dir> <port> [--gzip] [/prefix=<dir> ...]
// Each extra /prefix=<dir> serves another folder under that URL prefix
// (the tests mount their fixtures at /fixtures).
// /hostile/… answers as servers that hang or never stop (see misbehave);
// Every file is sent with Access-Control-Allow-Origin: *, as the README asks
// of hosts: a page in a sandboxed frame (WordPress's) has an opaque origin,
// so even its own scripts and WebAssembly are cross-origin requests.
// Listens on 127.0.0.1 only, serves correct MIME types (wasm streaming needs
// application/wasm), never caches, and sends the strict Content-Security-Policy
// a careful news site would (every end-to-end test runs under it). Paths under
// /nocsp/ are served without it, for the host pages that load pym.js.
// A file with a precompressed copy beside it (X.br, X.gz: the release build
// writes them) is sent as that copy to clients that accept its encoding,
// brotli first, as a host set up to serve them does (README, "Serving the
// build"); the Content-Type stays the file's own. With --gzip, the other
// compressible files are gzipped on the fly for clients that accept it, as
// any static host does (the Lighthouse benchmark measures the download a
// reader gets); without it, they go out as they are on disk.
// GET /redirect?to=<path>[&host=<name>] answers 302 Found to <path> on this
// server, under the host name <name> (127.0.0.1 or localhost, the same
// port: two origins of one server) when given, for tests of frames whose
// address redirects. <path> starts with one "/" (not "//" or "/\"), so a
// redirect never leads to another server.
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
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/** Extensions worth compressing (PNG already is). */
const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".csv", ".svg", ".txt", ".xml"]);

/** Whether the request's Accept-Encoding takes `coding` (a q of 0 refuses it). */
function accepts(request, coding) {
  return (request.headers["accept-encoding"] ?? "").split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name.trim() !== coding) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** The precompressed copies of a file to choose from, best first. */
const precompressed = [
  { suffix: ".br", coding: "br" },
  { suffix: ".gz", coding: "gzip" },
];

/** Whether `file` exists and is a file. */
const isFile = (file) => stat(file).then((info) => info.isFile(), () => false);

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

/** Servers that misbehave, for the hostile-input tests (hostile.spec.mjs):
 * /hostile/hang starts a JSON answer and never finishes it; /hostile/endless
 * streams without a Content-Length and never stops; /hostile/declared
 * announces 50 MB. Each stops when the client goes. Returns whether it
 * answered. */
function misbehave(path, request, response) {
  const drip = (chunk, ms) => {
    const timer = setInterval(() => response.write(chunk), ms);
    request.on("close", () => clearInterval(timer));
    response.on("close", () => clearInterval(timer));
  };
  const json = { "content-type": "application/json", "cache-control": "no-store" };
  switch (path) {
    case "/hostile/hang":
      response.writeHead(200, json);
      response.write("{");
      drip(" ", 1000);
      return true;
    case "/hostile/endless":
      response.writeHead(200, json);
      drip(" ".repeat(256 * 1024), 5);
      return true;
    case "/hostile/declared":
      response.writeHead(200, { ...json, "content-length": String(50 * 1024 * 1024) });
      drip(" ", 1000);
      return true;
    default:
      return false;
  }
}

/** The host names /redirect may send a client to. */
const loopbackNames = ["127.0.0.1", "localhost"];

/** Answers /redirect?to=<path>[&host=<name>] (see the header). */
function redirect(request, response) {
  const query = new URL(request.url, "http://127.0.0.1").searchParams;
  const to = query.get("to") ?? "";
  const host = query.get("host");
  if (!/^\/(?![/\\])/.test(to) || (host !== null && !loopbackNames.includes(host))) {
    response.writeHead(400, { "content-type": "text/plain" }).end("bad redirect");
    return;
  }
  const origin = host === null ? `http://${request.headers.host}` : `http://${host}:${port}`;
  response.writeHead(302, { location: new URL(to, origin).href, "cache-control": "no-store" }).end();
}

createServer(async (request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  const path = decodeURIComponent(url.pathname);
  if (misbehave(path, request, response)) return;
  if (path === "/favicon.ico") {
    response.writeHead(204).end();
    return;
  }
  if (path === "/redirect") {
    redirect(request, response);
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
    const headers = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    if (!path.startsWith("/nocsp/")) headers["content-security-policy"] = CSP;
    headers["access-control-allow-origin"] = "*";
    let body = null;
    if (compressible.has(extname(file))) {
      const copies = [];
      for (const copy of precompressed) if (await isFile(file + copy.suffix)) copies.push(copy);
      // Wherever the body depends on Accept-Encoding, caches must know,
      // also for the client that gets the plain file.
      if (gzip || copies.length > 0) headers.vary = "accept-encoding";
      const chosen = copies.find(({ coding }) => accepts(request, coding));
      if (chosen) {
        body = await readFile(file + chosen.suffix);
        headers["content-encoding"] = chosen.coding;
      } else if (gzip && accepts(request, "gzip")) {
        body = gzipped(file, info.mtimeMs, await readFile(file));
        headers["content-encoding"] = "gzip";
      }
    }
    body ??= await readFile(file);
    response.writeHead(200, headers);
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});

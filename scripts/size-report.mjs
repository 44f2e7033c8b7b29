// The first load: what a reader's browser fetches from a release build
// before the reader does anything, raw, gzip -9 and brotli at its best (the
// copies the build writes, scripts/compress.mjs). The built-in data set is
// compiled into the wasm, so it counts.
//
//   node scripts/size-report.mjs [dist]
//
// Two routes, each followed from the build's own files rather than from
// names written here:
// - the page: index.html → its scripts and stylesheets → boot.js → the
//   bindings, their snippets and the wasm;
// - the custom element: embed.js → the same bindings, snippets, wasm and
//   stylesheet.
// An HTML page's scripts and stylesheets are followed, and a module's static
// imports. The entry scripts the build writes (boot.js, embed.js) load the
// widget unconditionally, so their dynamic imports and `new URL(…,
// import.meta.url)` files count too; elsewhere such loads wait for a
// reader's action (panels.js when a Download or Embed panel first opens,
// download.js on a Download click) and do not. Nor does
// anything a reader only asks for: data/, examples/, the share cards,
// embed-parent.js, an on-demand editor/. The pages themselves are reported
// beside, not counted: a host's article replaces them.
//
// Prints a table per file and the two routes' totals, writes the larger
// route's totals to artifacts/bundle-bytes.txt, and exits non-zero if they
// pass FIRST_LOAD_GZIP_BUDGET or FIRST_LOAD_BROTLI_BUDGET (bytes, from the
// environment; without them it only reports).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotli, gzip } from "./compress.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(process.argv[2] ?? join(root, "dist"));
const fail = (message) => {
  console.error(`size-report: ${message}`);
  process.exit(1);
};
if (!existsSync(join(dist, "index.html"))) fail(`no build in ${dist} (run trunk build --release)`);

/** Entry scripts: their dynamic loads happen on every first load. */
const ENTRIES = new Set(["boot.js", "embed.js"]);

/** The dist file a reference from `from` (a dist-relative name) points to,
 * or null for another site, a bare module name or a data: URL. */
function target(from, reference) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference) || !/^\.{0,2}\//.test(reference)) return null;
  const path = reference.startsWith("/") ? join(dist, reference) : join(dist, dirname(from), reference);
  return relative(dist, path.split(/[?#]/)[0]);
}

/** The attributes of an HTML tag (minified HTML leaves values unquoted). */
function attributes(tag) {
  const found = {};
  for (const [, name, ...values] of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[name.toLowerCase()] = values.find((value) => value !== undefined) ?? "";
  }
  return found;
}

/** What loading `name` makes the browser fetch next. */
function references(name) {
  const text = readFileSync(join(dist, name), "utf8");
  const found = [];
  if (name.endsWith(".html")) {
    for (const [tag, kind] of text.matchAll(/<(script|link)\b[^>]*>/gi)) {
      const attrs = attributes(tag.slice(kind.length + 1, -1));
      const rel = (attrs.rel ?? "").toLowerCase().split(/\s+/);
      if (kind.toLowerCase() === "script" && attrs.src) found.push(attrs.src);
      if (kind.toLowerCase() === "link" && ["stylesheet", "modulepreload", "preload"].some((r) => rel.includes(r))) {
        found.push(attrs.href);
      }
    }
  } else if (name.endsWith(".js") || name.endsWith(".mjs")) {
    const staticImports = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
    for (const match of text.matchAll(staticImports)) found.push(match[1]);
    if (ENTRIES.has(name)) {
      for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]);
      for (const match of text.matchAll(/\bnew URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)) found.push(match[1]);
    }
  }
  return found.map((reference) => target(name, reference)).filter((file) => file && existsSync(join(dist, file)));
}

/** Every file a route fetches, from its entry, in the order found. */
function route(entry, counted) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of references(name)) visit(next);
  };
  visit(entry);
  const files = [...seen].filter(counted);
  for (const ext of [".wasm", ".css"]) {
    if (!files.some((file) => file.endsWith(ext))) fail(`the route from ${entry} loads no ${ext} file; has the build's output changed?`);
  }
  return files;
}

const routes = [
  // The page itself is not counted: an article embedding the widget is the host's.
  { name: "page", entry: "index.html", files: route("index.html", (file) => file !== "index.html") },
  { name: "element", entry: "embed.js", files: route("embed.js", () => true) },
];
const beside = ["index.html", "en.html"].filter((file) => existsSync(join(dist, file)));

const counted = [...new Set(routes.flatMap((r) => r.files))];
const sizes = new Map(
  await Promise.all(
    [...new Set([...counted, ...beside])].map(async (name) => {
      const body = readFileSync(join(dist, name));
      const [gz, br] = await Promise.all([gzip(body), brotli(body, name)]);
      return [name, { raw: body.length, gzip: gz.length, brotli: br.length }];
    }),
  ),
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = ([name, ...cells]) => `  ${name.padEnd(50)}${cells.map((cell) => String(cell).padStart(10)).join("")}`;
console.log(row(["file", "raw", "gzip -9", "brotli", ...routes.map((r) => r.name)]));
for (const name of counted) {
  const { raw, gzip: gz, brotli: br } = sizes.get(name);
  console.log(row([name, raw, gz, br, ...routes.map((r) => (r.files.includes(name) ? "x" : ""))]));
}
const totals = routes.map((r) => {
  const sum = (key) => r.files.reduce((total, file) => total + sizes.get(file)[key], 0);
  return { ...r, raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
});
for (const t of totals) console.log(row([`first load: ${t.name} (from ${t.entry})`, t.raw, t.gzip, t.brotli]));
for (const name of beside) {
  const { raw, gzip: gz, brotli: br } = sizes.get(name);
  console.log(row([`${name} (beside, not counted)`, raw, gz, br]));
}

// The gate: every route within both budgets; the larger one is reported.
const budget = (key) => (process.env[key] ? Number(process.env[key]) : null);
const budgets = { gzip: budget("FIRST_LOAD_GZIP_BUDGET"), brotli: budget("FIRST_LOAD_BROTLI_BUDGET") };
const larger = totals.reduce((a, b) => (b.gzip > a.gzip ? b : a));
mkdirSync(join(root, "artifacts"), { recursive: true });
writeFileSync(
  join(root, "artifacts", "bundle-bytes.txt"),
  [
    `route ${larger.name}`,
    `gzip ${larger.gzip}`,
    `brotli ${larger.brotli}`,
    ...Object.entries(budgets).flatMap(([key, bytes]) => (bytes === null ? [] : [`${key}_budget ${bytes}`])),
  ].join("\n") + "\n",
);
console.log(
  `  first load (${larger.name}, the larger route): ${kb(larger.gzip)} gzip -9` +
    (budgets.gzip === null ? "" : ` (budget ${kb(budgets.gzip)})`) +
    `, ${kb(larger.brotli)} brotli` +
    (budgets.brotli === null ? "" : ` (budget ${kb(budgets.brotli)})`),
);
const over = totals.flatMap((t) =>
  Object.entries(budgets)
    .filter(([key, bytes]) => bytes !== null && t[key] > bytes)
    .map(([key, bytes]) => `${t.name}: ${t[key]} bytes ${key} > budget ${bytes}`),
);
if (over.length > 0) fail(`the first load is over budget: ${over.join("; ")}`);

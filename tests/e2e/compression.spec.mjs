// The release build's precompressed copies (X.br, X.gz, written by the
// post-build hook): the widget loads from them when the browser takes
// brotli, as a host set up to send them serves it, and each copy holds
// exactly its file.
import { test, expect } from "./widget-test.mjs";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { brotli, compressible, gzip } from "../../scripts/compress.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");

/** The responses of a page, by file name. */
function watchResponses(page) {
  const responses = new Map();
  page.on("response", (response) => {
    const name = new URL(response.url()).pathname.split("/").pop();
    if (name) responses.set(name, response);
  });
  return responses;
}

/** Checks that the page fetched `pattern`'s file as its brotli copy. */
async function expectBrotli(responses, pattern, type) {
  const name = [...responses.keys()].find((key) => pattern.test(key));
  expect(name, `a response for ${pattern}`).toBeTruthy();
  const response = responses.get(name);
  expect(await response.request().headerValue("accept-encoding")).toMatch(/\bbr\b/);
  const headers = await response.allHeaders();
  expect(headers["content-encoding"], name).toBe("br");
  expect(headers["content-type"], name).toBe(type);
  expect(headers.vary, name).toMatch(/accept-encoding/i);
  // The browser decodes it to the very file.
  expect((await response.body()).equals(readFileSync(join(dist, name))), name).toBe(true);
}

test("the page loads its bindings, wasm and stylesheet as brotli", async ({ page }) => {
  const responses = watchResponses(page);
  await page.goto("./en.html");
  await expect(page.locator(".dp-snapshot")).toHaveCount(0);
  await expect(page.locator(".dp-title")).toBeVisible();
  await expectBrotli(responses, /^en\.html$/, "text/html; charset=utf-8");
  await expectBrotli(responses, /^boot\.js$/, "text/javascript; charset=utf-8");
  await expectBrotli(responses, /^departures-web-[0-9a-f]+\.js$/, "text/javascript; charset=utf-8");
  await expectBrotli(responses, /_bg\.wasm$/, "application/wasm");
  await expectBrotli(responses, /^style-[0-9a-f]+\.css$/, "text/css; charset=utf-8");
});

test("the custom element loads embed.js and the wasm as brotli", async ({ page }) => {
  const responses = watchResponses(page);
  await page.goto("./hosts/elements.html");
  await expect(page.locator("#first .dp-table tbody tr").first()).toBeVisible();
  await expectBrotli(responses, /^embed\.js$/, "text/javascript; charset=utf-8");
  await expectBrotli(responses, /_bg\.wasm$/, "application/wasm");
});

test("a client without brotli gets the gzip copy, one with neither the file as it is", async ({ request }) => {
  const wasm = readdirSync(dist).find((name) => name.endsWith("_bg.wasm"));
  const file = readFileSync(join(dist, wasm));
  for (const [acceptEncoding, coding] of [
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["identity", undefined],
  ]) {
    const response = await request.get(`./${wasm}`, { headers: { "accept-encoding": acceptEncoding } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-encoding"], acceptEncoding).toBe(coding);
    expect(response.headers()["content-type"]).toBe("application/wasm");
    expect((await response.body()).equals(file), acceptEncoding).toBe(true);
  }
});

test("every .br and .gz in dist/ decompresses to exactly its file, and none is missing", async () => {
  const names = readdirSync(dist, { recursive: true }).map(String);
  const copies = names.filter((name) => /\.(br|gz)$/.test(name));
  expect(copies.length).toBeGreaterThan(0);
  for (const copy of copies) {
    const original = copy.slice(0, -3);
    expect(existsSync(join(dist, original)), `${copy} has its file`).toBe(true);
    const decompress = copy.endsWith(".br") ? brotliDecompressSync : gunzipSync;
    const body = readFileSync(join(dist, original));
    expect(decompress(readFileSync(join(dist, copy))).equals(body), copy).toBe(true);
    expect(readFileSync(join(dist, copy)).length, `${copy} is smaller than its file`).toBeLessThan(body.length);
  }
  // Every compressible file has both copies, but where a copy would not be smaller.
  for (const name of names.filter((name) => compressible.has(extname(name)))) {
    const body = readFileSync(join(dist, name));
    for (const [suffix, compress] of [[".br", brotli], [".gz", gzip]]) {
      if (existsSync(join(dist, name + suffix))) continue;
      expect((await compress(body, name)).length, `${name}${suffix} is missing`).toBeGreaterThanOrEqual(body.length);
    }
  }
});

// Memory benchmark: does the widget give back what it takes? The release
// build (dist/) in Debian's Chromium:
// - a host page whose custom element is removed and appended again 200
//   times (each time the widget is destroyed and mounted anew);
// - the standalone page, a reason chip toggled 1,000 times (500 on, 500
//   off) in the table.
// Reports, after a forced garbage collection before and after: the JS heap
// in use and the WebAssembly memory (which only ever grows), and the growth
// of each. The bound is less than 5 MB of growth.
//
//   node tests/bench/memory.mjs [--json FILE]
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumExecutable } from "../e2e/chromium.mjs";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const port = 4195;
const jsonOut = process.argv.includes("--json") ? process.argv[process.argv.indexOf("--json") + 1] : null;

const server = spawn(
  "node",
  [join(root, "tests", "e2e", "serve.mjs"), join(root, "dist"), String(port), `/hosts=${join(root, "tests", "e2e", "hosts")}`],
  { stdio: ["ignore", "pipe", "inherit"] },
);
await new Promise((ready, fail) => {
  server.stdout.once("data", ready);
  server.once("exit", (code) => fail(new Error(`the file server stopped (exit ${code})`)));
});
process.on("exit", () => server.kill());

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });

/** JS heap in use and wasm memory, in bytes, after a full garbage collection. */
async function measure(page, cdp, wasmMemory) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(wasmMemory);
  return { js: usedSize, wasm };
}

/** The wasm memory of the page's widget, read through its bindings (the
 * same module instance the page uses). */
const wasmMemoryVia = (scriptSuffix) => `(async () => {
  const script = [...document.scripts].find((s) => s.src.endsWith(${JSON.stringify(scriptSuffix)}));
  const text = await (await fetch(script.src)).text();
  const name = [...text.matchAll(/["']\\.\\/(departures-web-[0-9a-f]+\\.js)["']/g)][0][1];
  const { default: init } = await import(new URL(name, script.src).href);
  return (await init()).memory.buffer.byteLength;
})()`;

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
const results = {};

// 1. A custom element removed and appended 200 times.
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/hosts/hostile-host.html`);
  const widget = page.locator("departures-widget");
  await widget.locator(".dp-table tbody tr").first().waitFor();
  const memory = wasmMemoryVia("/embed.js");
  const before = await measure(page, cdp, memory);
  for (let i = 0; i < 200; i++) {
    await page.evaluate(async () => {
      const element = document.querySelector("departures-widget");
      const parent = element.parentNode;
      element.remove();
      parent.append(element);
      // Until the new mount has drawn its table.
      for (let tries = 0; tries < 200; tries++) {
        await new Promise((done) => requestAnimationFrame(done));
        if (element.shadowRoot?.querySelector(".dp-table tbody tr")) return;
      }
      throw new Error("the element did not mount again");
    });
  }
  const after = await measure(page, cdp, memory);
  results.elementCycles = { cycles: 200, before, after, growth: { js: after.js - before.js, wasm: after.wasm - before.wasm } };
  await page.close();
}

// 2. A reason chip toggled 1,000 times on the standalone page.
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/?lang=en&view=table`);
  await page.waitForFunction(() => !document.querySelector(".dp-snapshot"));
  await page.click(".dp-filter-button");
  await page.waitForSelector('.dp-chip[data-reason="safety"]');
  const memory = wasmMemoryVia("/boot.js");
  const before = await measure(page, cdp, memory);
  await page.evaluate(async () => {
    for (let i = 0; i < 1000; i++) {
      document.querySelector('.dp-chip[data-reason="safety"]').click();
      await new Promise((done) => requestAnimationFrame(done));
    }
  });
  const after = await measure(page, cdp, memory);
  results.filterToggles = { toggles: 1000, before, after, growth: { js: after.js - before.js, wasm: after.wasm - before.wasm } };
  await page.close();
}

await browser.close();
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(14)} JS heap ${mb(r.before.js)} → ${mb(r.after.js)} MB (${mb(r.growth.js)}), ` +
      `wasm memory ${mb(r.before.wasm)} → ${mb(r.after.wasm)} MB (${mb(r.growth.wasm)})`,
  );
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));

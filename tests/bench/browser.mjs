// Browser benchmark: the release build (dist/) in Debian's Chromium, with
// generated data sets loaded through ?data=. Reports medians of several runs:
// navigation → painted table and timeline, JS heap, DOM element count, the
// time from a filter click (and from clearing it) to the next painted frame,
// zoom latency and sustained zoom and pan; and for the org chart, paint,
// DOM size, and a slider step and an expand to the painted chart.
//
//   node tests/bench/browser.mjs <folder with N.json files> [runs]
//
// scripts/bench.sh builds, generates the data sets and runs this.
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumExecutable } from "../e2e/chromium.mjs";
import { spawn } from "node:child_process";
import { readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const dataDir = resolve(process.argv[2] ?? join(root, "artifacts", "bench-data"));
const runs = Number(process.argv[3] ?? 5);
const port = 4199;

/** A reason chip clicked, then "All" clicked, each timed to the next frame
 * (the work done, the paint next) and to the frame after it (painted).
 * The chips are in the Filter panel, which is opened first. */
async function chipClicks(page, into) {
  await page.click(".dp-filter-button");
  await page.waitForSelector('.dp-chip[data-reason="safety"]');
  await page.evaluate(untilPainted);
  for (const [chip, frame, painted] of [
    ['.dp-chip[data-reason="safety"]', "filterFrame", "filter"],
    [".dp-chip-all", "clearFrame", "clear"],
  ]) {
    const [toFrame, toPaint] = await page.evaluate(`(async () => {
      const start = performance.now();
      document.querySelector('${chip}').click();
      const frame = await ${untilFrame};
      const painted = await new Promise((done) => requestAnimationFrame(() => done(performance.now())));
      return [frame - start, painted - start];
    })()`);
    into[frame].push(toFrame);
    into[painted].push(toPaint);
    await page.evaluate(untilPainted);
  }
}

const server = spawn("node", [join(root, "tests", "e2e", "serve.mjs"), join(root, "dist"), String(port), `/bench-data=${dataDir}`], {
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolveReady, fail) => {
  server.stdout.once("data", resolveReady);
  server.once("exit", (code) => fail(new Error(`the file server stopped (exit ${code})`)));
});

// The server goes with this script, however it ends.
process.on("exit", () => server.kill());

const browser = await chromium.launch({
  executablePath: chromiumExecutable,
  args: [...chromiumArgs, "--enable-precise-memory-info"],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Time from now (in the page) until the next frame starts (work done, paint next). */
const untilFrame = `new Promise((done) => requestAnimationFrame(() => done(performance.now())))`;

/** Time from now (in the page) until the frame after the next is painted. */
const untilPainted = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))`;

/**
 * Runs in the page: 60 frames, each starting with one input on the timeline
 * (a Ctrl + wheel step in and out, or a pointer move of a drag), and returns
 * frames per second over the run. Idle headless Chromium runs at about 60.
 */
const sustained = (kind) =>
  new Promise((done) => {
    const canvas = document.querySelector(".dp-timeline-canvas");
    const box = canvas.getBoundingClientRect();
    const y = box.top + 40;
    const frames = 60;
    let frame = 0;
    let x = box.left + box.width / 2;
    if (kind === "pan") {
      canvas.dispatchEvent(new PointerEvent("pointerdown", { pointerId: 7, isPrimary: true, clientX: x, clientY: y, bubbles: true }));
    }
    let start = 0;
    const step = (now) => {
      if (frame === 0) start = now;
      if (frame === frames) {
        if (kind === "pan") {
          canvas.dispatchEvent(new PointerEvent("pointerup", { pointerId: 7, isPrimary: true, clientX: x, clientY: y, bubbles: true }));
        }
        done((frames * 1000) / (now - start));
        return;
      }
      if (kind === "zoom") {
        // In for 30 frames, out for 30, around the middle.
        const deltaY = frame < frames / 2 ? -40 : 40;
        canvas.dispatchEvent(new WheelEvent("wheel", { deltaY, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      } else {
        x += frame < frames / 2 ? -6 : 6;
        canvas.dispatchEvent(new PointerEvent("pointermove", { pointerId: 7, isPrimary: true, clientX: x, clientY: y, bubbles: true }));
      }
      frame += 1;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });

const sizes = readdirSync(dataDir)
  .filter((f) => /^\d+\.json$/.test(f))
  .map((f) => Number(f.replace(".json", "")))
  .sort((a, b) => a - b);

const results = [];
for (const size of sizes) {
  const samples = { paint: [], heap: [], dom: [], filter: [], clear: [], filterFrame: [], clearFrame: [] };
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?lang=en&view=table&data=/bench-data/${size}.json`);
    await page.waitForSelector(".dp-table tbody tr");
    samples.paint.push(await page.evaluate(untilPainted));
    samples.heap.push(await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0));
    samples.dom.push(await page.evaluate(() => document.getElementsByTagName("*").length));
    await chipClicks(page, samples);
    await page.close();
  }
  // The timeline view: paint, DOM size and zoom latency.
  const timeline = {
    paint: [], dom: [], zoom: [], zoomFrame: [], zoomFps: [], panFps: [], zoomBusy: [], panBusy: [],
    filter: [], clear: [], filterFrame: [], clearFrame: [],
  };
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?lang=en&view=timeline&data=/bench-data/${size}.json`);
    await page.waitForSelector(".dp-timeline-svg .dp-mark, .dp-timeline-svg .dp-cluster");
    timeline.paint.push(await page.evaluate(untilPainted));
    timeline.dom.push(await page.evaluate(() => document.getElementsByTagName("*").length));
    timeline.zoom.push(
      await page.evaluate(`(async () => {
        const start = performance.now();
        document.querySelector('.dp-zoom-controls button').click();
        return (await ${untilPainted}) - start;
      })()`),
    );
    timeline.zoomFrame.push(
      await page.evaluate(`(async () => {
        const start = performance.now();
        document.querySelector('.dp-zoom-controls button').click();
        return (await ${untilFrame}) - start;
      })()`),
    );
    // The reason filter on the timeline, the view readers meet first.
    await chipClicks(page, timeline);
    // Sustained zoom and pan: one Ctrl + wheel step (or one drag move) per
    // frame for 60 frames; frames per second over the whole run.
    // Main-thread time per step (script, style, layout, paint) from the
    // DevTools protocol: steadier than frame counting on a busy machine.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const busy = async () =>
      (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value * 1000;
    for (const kind of ["zoom", "pan"]) {
      const before = await busy();
      timeline[`${kind}Fps`].push(await page.evaluate(sustained, kind));
      timeline[`${kind}Busy`].push((await busy() - before) / 60);
    }
    await page.close();
  }
  results.push({
    events: size,
    timeline_paint_ms: Math.round(median(timeline.paint)),
    timeline_dom: median(timeline.dom),
    zoom_to_paint_ms: +median(timeline.zoom).toFixed(1),
    zoom_to_frame_ms: +median(timeline.zoomFrame).toFixed(1),
    zoom_fps: +median(timeline.zoomFps).toFixed(1),
    pan_fps: +median(timeline.panFps).toFixed(1),
    zoom_step_ms: +median(timeline.zoomBusy).toFixed(1),
    pan_step_ms: +median(timeline.panBusy).toFixed(1),
    table_paint_ms: Math.round(median(samples.paint)),
    heap_mb: +(median(samples.heap) / 1048576).toFixed(1),
    dom_elements: median(samples.dom),
    table_filter_to_frame_ms: +median(samples.filterFrame).toFixed(1),
    table_filter_to_paint_ms: +median(samples.filter).toFixed(1),
    table_clear_to_frame_ms: +median(samples.clearFrame).toFixed(1),
    table_clear_to_paint_ms: +median(samples.clear).toFixed(1),
    timeline_filter_to_frame_ms: +median(timeline.filterFrame).toFixed(1),
    timeline_filter_to_paint_ms: +median(timeline.filter).toFixed(1),
    timeline_clear_to_frame_ms: +median(timeline.clearFrame).toFixed(1),
    timeline_clear_to_paint_ms: +median(timeline.clear).toFixed(1),
  });
}

// The org chart: generated organisations of N people (people-N.json).
const orgSizes = readdirSync(dataDir)
  .filter((f) => /^people-\d+\.json$/.test(f))
  .map((f) => Number(f.replace("people-", "").replace(".json", "")))
  .sort((a, b) => a - b);
const orgResults = [];
for (const people of orgSizes) {
  const org = { paint: [], dom: [], nodes: [], slider: [], expand: [] };
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?lang=en&view=org&data=/bench-data/people-${people}.json`);
    await page.waitForSelector('[role="treeitem"]');
    org.paint.push(await page.evaluate(untilPainted));
    org.dom.push(await page.evaluate(() => document.getElementsByTagName("*").length));
    org.nodes.push(await page.evaluate(() => document.querySelectorAll('[role="treeitem"]').length));
    // Slider: one step of the date to the painted chart.
    org.slider.push(
      await page.evaluate(`(async () => {
        const slider = document.querySelector('.dp-as-of-range');
        const start = performance.now();
        slider.value = String(Number(slider.value) - 400);
        slider.dispatchEvent(new InputEvent('input', { bubbles: true }));
        return (await ${untilPainted}) - start;
      })()`),
    );
    // Expanding the first collapsed node to the painted chart.
    org.expand.push(
      await page.evaluate(`(async () => {
        const closed = document.querySelector('[role="treeitem"][aria-expanded="false"] .dp-org-twisty');
        if (!closed) return 0;
        const start = performance.now();
        closed.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        return (await ${untilPainted}) - start;
      })()`),
    );
    await page.close();
  }
  orgResults.push({
    people,
    org_paint_ms: Math.round(median(org.paint)),
    dom_elements: median(org.dom),
    nodes_shown: median(org.nodes),
    slider_to_paint_ms: +median(org.slider).toFixed(1),
    expand_to_paint_ms: +median(org.expand).toFixed(1),
  });
}

await browser.close();
server.kill();

console.log(`medians of ${runs} runs, Chromium headless, 1280 × 800; filter timings in the table view`);
console.table(results);
console.log("org chart (view=org), navigation → painted chart; first view opens about 60 nodes");
console.table(orgResults);
mkdirSync(join(root, "artifacts"), { recursive: true });
writeFileSync(join(root, "artifacts", "bench-browser.json"), JSON.stringify({ timeline_and_table: results, org: orgResults }, null, 2));

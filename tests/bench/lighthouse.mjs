// Lighthouse benchmark: the release build (dist/) served on 127.0.0.1 with
// gzip and the strict Content-Security-Policy, audited by Lighthouse in
// Debian's Chromium with its default mobile preset (simulated slow 4G, 4×
// CPU slowdown, a Moto G Power screen). Reports the median of several runs
// per page: the performance score, FCP, LCP, TBT, CLS and Speed Index, the
// accessibility, best-practices and SEO scores, the LCP element, and every
// audit of the last three categories that failed in any run.
//
//   node tests/bench/lighthouse.mjs [--runs N] [--dist DIR] [--devtools] [PATH...]
//
// PATH defaults to LIGHTHOUSE_PATHS (space-separated) or "/ /en.html": the
// Chinese and the English page. Runs default
// to LIGHTHOUSE_RUNS or 3. The browser asks for Chinese (zh-CN), as the
// story's first readers do, so "/" shows the Chinese page. --devtools
// throttles the real load instead of simulating it (slower, closer to what a
// phone sees; Lighthouse's scores are defined with the simulation).
// Writes artifacts/lighthouse.json and, for the median run of each page, the
// full report as artifacts/lighthouse/<page>.html and .json.
// scripts/bench.sh builds and runs this after the browser benchmarks.
import lighthouse from "lighthouse";
import Trace from "lighthouse/core/gather/gatherers/trace.js";
import * as chromeLauncher from "chrome-launcher";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumArgs, chromiumExecutable } from "../e2e/chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");

// Arguments: --runs N, --dist DIR, then the paths.
const args = process.argv.slice(2);
let runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
let dist = join(root, "dist");
let throttlingMethod = "simulate";
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else if (args[i] === "--dist") dist = resolve(args[++i]);
  else if (args[i] === "--devtools") throttlingMethod = "devtools";
  else if (args[i] === "--help" || args[i] === "-h") {
    console.log("usage: node tests/bench/lighthouse.mjs [--runs N] [--dist DIR] [--devtools] [PATH...]   (default paths: / /en.html)");
    process.exit(0);
  } else paths.push(args[i]);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error("lighthouse: --runs needs a whole number of at least 1");
  process.exit(2);
}
if (!existsSync(join(dist, "index.html"))) {
  console.error(`lighthouse: no build in ${dist}; run trunk build --release first`);
  process.exit(2);
}
if (paths.length === 0) paths.push(...(process.env.LIGHTHOUSE_PATHS ?? "/ /en.html").split(/\s+/).filter(Boolean));
const pages = paths;

// Chromium 156 names the PipelineReporter trace event's argument
// frame_reporter; Lighthouse 12's trace engine reads chrome_frame_reporter
// and, without it, loses the LCP element, layout shifts and render-blocking
// analysis. Give it both names.
const collect = Trace.endTraceAndCollectEvents;
Trace.endTraceAndCollectEvents = async (session) => {
  const trace = await collect.call(Trace, session);
  for (const event of trace.traceEvents) {
    if (event.name === "PipelineReporter" && event.args?.frame_reporter && !event.args.chrome_frame_reporter) {
      event.args.chrome_frame_reporter = event.args.frame_reporter;
    }
  }
  return trace;
};

/** A TCP port nobody on 127.0.0.1 listens on right now. */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const port = Number(process.env.LIGHTHOUSE_PORT ?? (await freePort()));
const server = spawn("node", [join(root, "tests", "e2e", "serve.mjs"), dist, String(port), "--gzip"], {
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((ready, fail) => {
  server.stdout.once("data", ready);
  server.once("exit", (code) => fail(new Error(`the file server stopped (exit ${code})`)));
});

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};
const score = (category) => (category?.score == null ? null : Math.round(category.score * 100));
const ms = (audit) => (audit?.numericValue == null ? null : Math.round(audit.numericValue));
const slug = (path) => path.replace(/[^a-z0-9]+/gi, "-").replace(/^-+|-+$/g, "") || "index";

/** Audits of a category that failed (a score under 1), and those that could not run. */
function failures(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit.scoreDisplayMode === "error" || (audit.score != null && audit.score < 1 && !["notApplicable", "manual", "informative"].includes(audit.scoreDisplayMode)))
    .map(({ ref, audit }) => ({
      id: ref.id,
      title: audit.title,
      weight: ref.weight,
      ...(audit.scoreDisplayMode === "error" ? { error: audit.errorMessage } : {}),
      ...(audit.details?.items?.length ? { items: audit.details.items.length, first: audit.details.items[0]?.node?.selector ?? audit.details.items[0]?.url ?? audit.details.items[0]?.description } : {}),
    }));
}

/** The figures of one Lighthouse report. */
function summarize(lhr) {
  const a = lhr.audits;
  const lcp = a["largest-contentful-paint-element"]?.details?.items;
  const node = lcp?.[0]?.items?.[0]?.node;
  const phases = Object.fromEntries((lcp?.[1]?.items ?? []).map((p) => [p.phase, Math.round(p.timing)]));
  const table = (id, pick) => (a[id]?.details?.items ?? []).map(pick);
  return {
    performance: score(lhr.categories.performance),
    fcp_ms: ms(a["first-contentful-paint"]),
    lcp_ms: ms(a["largest-contentful-paint"]),
    tbt_ms: ms(a["total-blocking-time"]),
    cls: a["cumulative-layout-shift"]?.numericValue == null ? null : +a["cumulative-layout-shift"].numericValue.toFixed(3),
    speed_index_ms: ms(a["speed-index"]),
    tti_ms: ms(a.interactive),
    accessibility: score(lhr.categories.accessibility),
    best_practices: score(lhr.categories["best-practices"]),
    seo: score(lhr.categories.seo),
    benchmark_index: Math.round(lhr.environment.benchmarkIndex),
    lcp_element: node ? { selector: node.selector, snippet: node.snippet, text: node.nodeLabel } : null,
    lcp_phases_ms: phases,
    failing: Object.fromEntries(["accessibility", "best-practices", "seo"].map((id) => [id, failures(lhr, id)])),
    // Where the time goes (simulated, with the 4× CPU slowdown).
    diagnostics: {
      main_thread_ms: Object.fromEntries(table("mainthread-work-breakdown", (i) => [i.group, Math.round(i.duration)])),
      bootup_ms: table("bootup-time", (i) => ({ url: i.url, total: Math.round(i.total), scripting: Math.round(i.scripting) })),
      long_tasks: table("long-tasks", (i) => ({ url: i.url, start_ms: Math.round(i.startTime), duration_ms: Math.round(i.duration) })),
      requests: table("network-requests", (i) => ({
        url: i.url,
        start_ms: Math.round(i.networkRequestTime),
        end_ms: Math.round(i.networkEndTime),
        transfer_bytes: i.transferSize,
        resource_bytes: i.resourceSize,
        priority: i.priority,
        preload: Boolean(i.isLinkPreload),
      })),
      render_blocking: table("render-blocking-resources", (i) => ({ url: i.url, wasted_ms: Math.round(i.wastedMs) })),
      dom_elements: a["dom-size"]?.numericValue ?? null,
    },
  };
}

// The machine's load when the runs start and end: Lighthouse multiplies the
// CPU time it observes by 4, so a busy machine shows as a slower page.
const load = () => +loadavg()[0].toFixed(2);
const loadBefore = load();

// One fresh browser (and profile) per run; the pages take turns, so a busy
// moment of the machine does not fall on one page only.
const samples = new Map(pages.map((path) => [path, []]));
const reports = new Map(pages.map((path) => [path, []]));
try {
  for (let run = 0; run < runs; run++) {
    for (const path of pages) {
      const chrome = await chromeLauncher.launch({
        chromePath: chromiumExecutable,
        chromeFlags: ["--headless", ...chromiumArgs, "--lang=zh-CN", "--accept-lang=zh-CN,zh"],
        logLevel: "silent",
      });
      try {
        const url = `http://127.0.0.1:${port}${path}`;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: ["html", "json"],
          logLevel: "error",
          throttlingMethod,
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        for (const warning of result.lhr.runWarnings) console.warn(`lighthouse: ${path}: ${warning}`);
        const summary = summarize(result.lhr);
        samples.get(path).push(summary);
        reports.get(path).push(result.report);
        console.log(`lighthouse: ${path} run ${run + 1}/${runs}: performance ${summary.performance}, LCP ${summary.lcp_ms} ms, TBT ${summary.tbt_ms} ms`);
      } finally {
        await chrome.kill();
      }
    }
  }
} finally {
  server.kill();
}

const metrics = ["performance", "fcp_ms", "lcp_ms", "tbt_ms", "cls", "speed_index_ms", "tti_ms", "accessibility", "best_practices", "seo", "benchmark_index"];
const outDir = join(root, "artifacts", "lighthouse");
mkdirSync(outDir, { recursive: true });
const results = pages.map((path) => {
  const runsOf = samples.get(path);
  const medians = Object.fromEntries(metrics.map((m) => [m, median(runsOf.map((s) => s[m]))]));
  // The run whose performance score is the median stands for the page: its
  // LCP element, diagnostics and full report.
  const order = runsOf.map((s, i) => [s.performance, i]).sort((x, y) => x[0] - y[0]);
  const pick = order[Math.floor(order.length / 2)][1];
  const [html, json] = reports.get(path)[pick];
  writeFileSync(join(outDir, `${slug(path)}.html`), html);
  writeFileSync(join(outDir, `${slug(path)}.json`), json);
  // Every audit that failed in any run, with how many runs it failed in.
  const failing = {};
  for (const category of ["accessibility", "best-practices", "seo"]) {
    const byId = new Map();
    for (const s of runsOf) {
      for (const f of s.failing[category]) {
        const seen = byId.get(f.id) ?? { ...f, runs: 0 };
        seen.runs += 1;
        byId.set(f.id, seen);
      }
    }
    failing[category] = [...byId.values()];
  }
  return {
    path,
    median: medians,
    lcp_element: runsOf[pick].lcp_element,
    lcp_phases_ms: runsOf[pick].lcp_phases_ms,
    failing,
    diagnostics: runsOf[pick].diagnostics,
    report: `artifacts/lighthouse/${slug(path)}.html`,
    runs: runsOf.map(({ failing: _f, diagnostics: _d, ...rest }) => rest),
  };
});

const lhPackage = createRequire(import.meta.url)("lighthouse/package.json");
writeFileSync(
  join(root, "artifacts", "lighthouse.json"),
  JSON.stringify(
    {
      lighthouse: lhPackage.version,
      preset: `mobile: slow 4G (150 ms RTT, 1.6 Mbit/s), 4× CPU slowdown, 412 × 823 at 1.75×; throttling ${throttlingMethod === "simulate" ? "simulated" : "applied (devtools)"}`,
      server: "127.0.0.1, gzip, no caching, strict CSP",
      browser_language: "zh-CN",
      runs,
      load_average: { before: loadBefore, after: load() },
      pages: results,
    },
    null,
    2,
  ),
);

const how = throttlingMethod === "simulate" ? "simulated" : "applied";
console.log(`\nLighthouse ${lhPackage.version}, mobile preset (slow 4G and 4× CPU, ${how}), medians of ${runs} run${runs === 1 ? "" : "s"}; browser language zh-CN; load average ${loadBefore} → ${load()}`);
console.table(
  Object.fromEntries(
    results.map((r) => [
      r.path,
      {
        perf: r.median.performance,
        "FCP ms": r.median.fcp_ms,
        "LCP ms": r.median.lcp_ms,
        "TBT ms": r.median.tbt_ms,
        CLS: r.median.cls,
        "SI ms": r.median.speed_index_ms,
        a11y: r.median.accessibility,
        "best pr.": r.median.best_practices,
        seo: r.median.seo,
      },
    ]),
  ),
);
for (const r of results) {
  const lcp = r.lcp_element;
  console.log(`${r.path}  LCP element: ${lcp ? `${lcp.selector} "${(lcp.text ?? "").slice(0, 60)}"` : "none found"}`);
  const phases = Object.entries(r.lcp_phases_ms).map(([k, v]) => `${k} ${v} ms`).join(", ");
  if (phases) console.log(`${r.path}  LCP phases: ${phases}`);
  for (const [category, list] of Object.entries(r.failing)) {
    for (const f of list) {
      console.log(`${r.path}  ${category} ${f.error ? "error" : "failed"} (${f.runs}/${runs} runs, weight ${f.weight}): ${f.id}: ${f.title}${f.first ? ` — e.g. ${f.first}` : ""}`);
    }
  }
}
console.log("artifacts/lighthouse.json; full reports in artifacts/lighthouse/");

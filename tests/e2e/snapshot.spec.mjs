// The pre-rendered pages (index.html in Chinese, en.html in English): the
// graphic before and without the WebAssembly, its share tags, and the
// widget taking over in place.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { axeViolations } from "./axe.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const defaultData = JSON.parse(readFileSync(join(here, "..", "..", "data", "openai.json"), "utf8"));

const pages = [
  { path: "./", lang: "zh", tag: "zh-Hans", figure: "11位联合创始人中仅剩3位" },
  { path: "./en.html", lang: "en", tag: "en", figure: "3 of 11 co-founders remain" },
];

for (const { path, lang, tag, figure } of pages) {
  test.describe(`without JavaScript, ${path}`, () => {
    test.use({ javaScriptEnabled: false });

    test(`shows the key figure, an SVG timeline and the sourced table (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      await expect(page.locator(".dp-title")).toHaveText(defaultData.title[lang]);
      await expect(page.locator(".dp-key-figure strong")).toHaveText(figure);
      // One timeline is shown, an SVG with a named mark for every event.
      const timeline = page.locator(".dp-snapshot-timeline:visible");
      await expect(timeline).toHaveCount(1);
      await expect(timeline.locator("svg.dp-timeline-svg")).toBeVisible();
      await expect(timeline.locator(".dp-mark")).toHaveCount(defaultData.events.length);
      // The editor's story, step by step, each step with its sources.
      const steps = page.locator(".dp-snapshot-story li.dp-snapshot-step");
      await expect(steps).toHaveCount(defaultData.steps.length);
      await expect(steps.first().locator("strong")).toHaveText(defaultData.steps[0].title[lang]);
      await expect(steps.last()).toContainText(defaultData.steps.at(-1).caption[lang]);
      for (const step of await steps.all()) {
        await expect(step.locator('.dp-source-list a[href^="http"]').first()).toBeVisible();
      }
      // The org chart's summary and the table, each event with its sources.
      await expect(page.locator(".dp-snapshot-org .dp-snapshot-figure")).toHaveText(figure);
      const rows = page.locator(".dp-table tbody tr");
      await expect(rows).toHaveCount(defaultData.events.length);
      const sourced = await rows.evaluateAll(
        (rows) => rows.filter((row) => row.querySelector('.dp-source-list a[href^="http"]')).length,
      );
      expect(sourced).toBeGreaterThanOrEqual(30);
      // No dead controls.
      await expect(page.locator(".dp-controls")).toBeHidden();
      // The language switch is two links to the two pages.
      const other = lang === "zh" ? "English" : "中文";
      await page.getByRole("link", { name: other }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "en" : "zh-Hans");
    });

    test(`is a list on a phone (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      const timeline = page.locator(".dp-snapshot-timeline:visible");
      await expect(timeline).toHaveCount(1);
      await expect(timeline.locator("svg.dp-timeline-svg")).toHaveCount(0);
      await expect(timeline.locator(".dp-tl-item")).toHaveCount(defaultData.events.length);
    });
  });

  for (const width of [375, 1280]) {
    test(`the still graphic, when the WebAssembly fails, passes axe at ${width} px (${lang})`, async ({ page }) => {
      // What the page keeps when the widget cannot start is what readers
      // without scripting get (axe needs scripting to run at all).
      await page.setViewportSize({ width, height: 900 });
      await page.route("**/*_bg.wasm", (route) => route.fulfill({ status: 404, body: "missing" }));
      await page.goto(path);
      await expect(page.getByRole("alert")).toBeVisible();
      await expect(page.locator(".dp-snapshot .dp-table")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`${path} carries its share card, canonical address and alternates`, async ({ page }) => {
    await page.goto(path);
    const meta = (selector) => page.locator(selector).first().getAttribute("content");
    expect(await meta('meta[property="og:title"]')).toBe(defaultData.title[lang]);
    expect(await meta('meta[property="og:description"]')).toContain(defaultData.subtitle[lang]);
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    // The share card: a 1200 × 630 PNG of the graphic in the page's language.
    // The build under test is published at the test server's address
    // (DEPARTURES_SITE_URL), so every address is absolute.
    const site = "http://127.0.0.1:4173/";
    const card = await meta('meta[property="og:image"]');
    expect(card).toBe(`${site}card-${lang}.png`);
    expect(await meta('meta[name="twitter:image"]')).toBe(card);
    const png = await (await page.request.get(card)).body();
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await meta('meta[name="description"]')).toContain(defaultData.subtitle[lang]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", lang === "zh" ? site : `${site}en.html`);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", site);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${site}en.html`);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", site);
    await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute("href", `${site}oembed-${lang}.json`);
  });
}

/** Where each event's mark (or list item, on a phone) is: [x, y, width, height]. */
async function markBoxes(page) {
  return page.locator(".dp-mark:visible, .dp-tl-item:visible").evaluateAll((marks) =>
    Object.fromEntries(
      marks.map((mark) => {
        const box = mark.getBoundingClientRect();
        const key = mark.getAttribute("data-index") ?? mark.getAttribute("data-event");
        return [key, [box.x, box.y, box.width, box.height].map(Math.round)];
      }),
    ),
  );
}

for (const width of [375, 640, 1280]) {
  test(`the widget takes over in place at ${width} px: same marks, no shift, no CSP violation`, async ({ browser }) => {
    // The snapshot as a reader with scripting sees it before the WebAssembly
    // has arrived (here: never).
    const before = await browser.newContext({ viewport: { width, height: 900 } });
    const waiting = await before.newPage();
    await waiting.route("**/*_bg.wasm", () => {});
    await waiting.goto("./en.html");
    await expect(waiting.locator(".dp-snapshot .dp-key-figure")).toBeVisible();
    await expect(waiting.locator(".dp-snapshot-static")).toBeHidden();
    const snapshotMarks = await markBoxes(waiting);
    await before.close();

    const after = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await after.newPage();
    await page.addInitScript(() => {
      window.layoutShift = 0;
      window.cspViolations = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
      document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.violatedDirective));
    });
    await page.goto("./en.html");
    await expect(page.locator(".dp-snapshot")).toHaveCount(0);
    await expect(page.locator("#departures > .dp-root")).toBeVisible();
    await page.waitForTimeout(300);
    const liveMarks = await markBoxes(page);
    // The same components drew both, so every mark is where it was.
    expect(Object.keys(snapshotMarks).length).toBeGreaterThan(0);
    expect(liveMarks).toEqual(snapshotMarks);
    expect(await page.evaluate(() => window.layoutShift)).toBeLessThanOrEqual(0.01);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    await after.close();
  });
}

test("?lang= still chooses the language on either page", async ({ page }) => {
  await page.goto("./?lang=en&view=table");
  await expect(page.locator(".dp-snapshot")).toHaveCount(0);
  await expect(page.locator(".dp-table-caption")).toContainText("All events");
  await page.goto("./en.html?lang=zh");
  await expect(page.locator(".dp-snapshot")).toHaveCount(0);
  await expect(page.locator(".dp-root")).toHaveAttribute("lang", "zh-Hans");
});

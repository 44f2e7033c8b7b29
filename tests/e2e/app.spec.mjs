// The widget as a reader meets it: the release build in real Chromium.
import { test, expect } from "./widget-test.mjs";
import { axeViolations } from "./axe.mjs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "..", "..", "artifacts");
const defaultData = JSON.parse(readFileSync(join(here, "..", "..", "data", "openai.json"), "utf8"));

/** Collects console errors and page errors; the test fails if any appear. */
function watchConsole(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return problems;
}

test("the table lists every event of the default data set", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?view=table&lang=en");
  const rows = page.locator(".dp-table tbody tr");
  await expect(rows).toHaveCount(defaultData.events.length);
  await expect(page.locator(".dp-title")).toHaveText(defaultData.title.en);
  await expect(page.locator(".dp-as-of time")).toHaveText("19 August 2024");
  expect(problems).toEqual([]);
});

test("?lang=en loads English and ?lang=zh loads Chinese", async ({ page }) => {
  await page.goto("./?view=table&lang=en");
  await expect(page.locator(".dp-table-caption")).toContainText("All events");
  await expect(page.locator(".dp-root")).toHaveAttribute("lang", "en");
  await page.goto("./?view=table&lang=zh");
  await expect(page.locator(".dp-table-caption")).toContainText("人事变动一览");
  await expect(page.locator(".dp-root")).toHaveAttribute("lang", "zh-Hans");
});

test("without ?lang each language's page stays in its language, whatever the browser prefers", async ({ browser }) => {
  // Each page is pre-rendered in its language; the widget keeps it, so it
  // never switches language as it takes over.
  const de = await browser.newContext({ locale: "de-DE" });
  const dePage = await de.newPage();
  await dePage.goto("./");
  await expect(dePage.locator(".dp-root:not(.dp-snapshot)")).toHaveAttribute("lang", "zh-Hans");
  await de.close();
  const zh = await browser.newContext({ locale: "zh-CN" });
  const zhPage = await zh.newPage();
  await zhPage.goto("./en.html");
  await expect(zhPage.locator(".dp-root:not(.dp-snapshot)")).toHaveAttribute("lang", "en");
  await zhPage.goto("./en.html?lang=zh");
  await expect(zhPage.locator(".dp-root:not(.dp-snapshot) .dp-title")).toHaveText(defaultData.title.zh);
  await zh.close();
});

test("the language switch changes the text and updates the URL", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?view=table&lang=zh&utm_source=feed");
  await expect(page.locator(".dp-title")).toHaveText(defaultData.title.zh);
  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".dp-title")).toHaveText(defaultData.title.en);
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page).toHaveURL(/utm_source=feed/);
  // replaceState, not pushState: the switch adds no history entry.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
  expect(problems).toEqual([]);
});

test("an invalid ?lang is ignored with one warning, never a crash", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("./?view=table&lang=klingon&theme=neon");
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  expect(warnings.filter((w) => w.includes("departures")).length).toBe(2);
});

test("?theme=dark applies the dark palette", async ({ page }) => {
  await page.goto("./?view=table&lang=en&theme=dark");
  const root = page.locator(".dp-root");
  await expect(root).toHaveClass(/dp-theme-dark/);
  const background = await root.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe("rgb(20, 20, 20)");
});

test("sources are safe links and unconfirmed events say so", async ({ page }) => {
  await page.goto("./?view=table&lang=en");
  const links = page.locator(".dp-source-list a");
  // Waits for the table to replace the loading skeleton (count() does not).
  await expect(links).not.toHaveCount(0);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link).toHaveAttribute("target", "_blank");
    expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
  }
  const bills = page.locator('tr[data-person="steven-bills"]');
  await expect(bills.locator(".dp-verification")).toHaveText("Unconfirmed");
});

for (const [width, height] of [
  [320, 800],
  [375, 800],
  [1280, 800],
]) {
  for (const lang of ["zh", "en"]) {
    test(`no horizontal scroll at ${width} px (${lang}); screenshot saved`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?view=table&lang=${lang}`);
      await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.screenshot({ path: join(artifacts, `screenshots/table-${lang}-${width}.png`), fullPage: false });
    });
  }
}

test("the page has no axe-core accessibility violations", async ({ page }) => {
  await page.goto("./?view=table&lang=en");
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

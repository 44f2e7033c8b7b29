// Filtering by reason, searching in both scripts, and links that restore the view.
import { test, expect } from "./widget-test.mjs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(join(here, "..", "..", "data", "openai.json"), "utf8"));
const withReason = (id) => data.events.filter((e) => e.reasons.includes(id));
const rows = (page) => page.locator(".dp-table tbody tr");
// The filter's controls sit behind the "Filter" button of the controls row.
const openFilter = (page) => page.getByRole("button", { name: "Filter" }).click();

test("?reasons=safety&lang=en&view=table shows only safety events (Leike, not Karpathy)", async ({ page }) => {
  await page.goto("./?reasons=safety&lang=en&view=table");
  await expect(rows(page)).toHaveCount(withReason("safety").length);
  await expect(page.locator('tr[data-person="jan-leike"]').first()).toBeVisible();
  await expect(page.locator('tr[data-person="andrej-karpathy"]')).toHaveCount(0);
  await expect(page.locator('.dp-chip[data-reason="safety"]')).toHaveAttribute("aria-pressed", "true");
});

test("clicking a chip sets aria-pressed, filters, updates counts and the URL", async ({ page }) => {
  await page.goto("./?view=table&lang=en");
  await openFilter(page);
  const chip = page.locator('.dp-chip[data-reason="sabbatical"]');
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await expect(chip.locator(".dp-chip-count")).toHaveText(String(withReason("sabbatical").length));
  await expect(page.locator(".dp-result-count")).toHaveText(`Showing ${data.events.length} of ${data.events.length} events`);
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  const n = withReason("sabbatical").length;
  await expect(page.locator(".dp-result-count")).toHaveText(`Showing ${n} of ${data.events.length} events`);
  await expect(page.locator(".dp-chip-all")).toHaveAttribute("aria-pressed", "false");
  await expect(rows(page)).toHaveCount(withReason("sabbatical").length);
  await expect(page).toHaveURL(/reasons=sabbatical/);

  // The Filter button says how many filters are on.
  await expect(page.locator(".dp-filter-count")).toHaveText("1");

  // A second chip: any of the two.
  await page.locator('.dp-chip[data-reason="safety"]').click();
  const either = data.events.filter((e) => e.reasons.includes("safety") || e.reasons.includes("sabbatical"));
  await expect(rows(page)).toHaveCount(either.length);
  await expect(page).toHaveURL(/reasons=sabbatical%2Csafety|reasons=sabbatical,safety/);

  // Counts follow the other filters: co-founders only lowers the safety count.
  const safetyCount = page.locator('.dp-chip[data-reason="safety"] .dp-chip-count');
  const before = Number(await safetyCount.textContent());
  await page.getByRole("button", { name: "Co-founders only" }).click();
  const cofounderIds = new Set(data.people.filter((p) => p.cofounder).map((p) => p.id));
  const expected = withReason("safety").filter((e) => cofounderIds.has(e.person)).length;
  await expect(safetyCount).toHaveText(String(expected));
  expect(expected).toBeLessThanOrEqual(before);

  // "All" clears the reasons.
  await page.locator(".dp-chip-all").click();
  await expect(page.locator(".dp-chip-all")).toHaveAttribute("aria-pressed", "true");
  await expect(page).not.toHaveURL(/reasons=/);
});

test("search finds the same person in either script", async ({ page }) => {
  await page.goto("./?view=table&lang=zh");
  await page.getByRole("button", { name: "筛选" }).click();
  const search = page.getByRole("searchbox");
  await search.fill("苏茨克维尔");
  await expect(page.locator('tr[data-person="ilya-sutskever"]').first()).toBeVisible();
  const zhCount = await rows(page).count();
  await search.fill("Sutskever");
  await expect(page.locator('tr[data-person="ilya-sutskever"]').first()).toBeVisible();
  await expect(rows(page)).toHaveCount(zhCount);
  await expect(page).toHaveURL(/q=Sutskever/);
});

test("an empty result says so and offers a reset", async ({ page }) => {
  await page.goto("./?view=table&lang=en&q=nobody-has-this-name");
  await expect(page.getByText("No departures match these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows(page)).toHaveCount(data.events.length);
  await expect(page).not.toHaveURL(/q=/);
});

test("reloading a shared URL restores the same view", async ({ page }) => {
  await page.goto("./?view=table&lang=en");
  await openFilter(page);
  await page.locator('.dp-chip[data-reason="competitor"]').click();
  await page.getByRole("searchbox").fill("Anthropic");
  await page.getByRole("button", { name: "Co-founders only" }).click();
  const shown = await rows(page).count();
  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(fresh.locator('.dp-chip[data-reason="competitor"]')).toHaveAttribute("aria-pressed", "true");
  await expect(fresh.getByRole("searchbox")).toHaveValue("Anthropic");
  await expect(fresh.getByRole("button", { name: "Co-founders only" })).toHaveAttribute("aria-pressed", "true");
  await expect(fresh.locator(".dp-table tbody tr")).toHaveCount(shown);
});

test("the share button copies a link to the current state", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?view=table&lang=en&reasons=safety");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("reasons=safety");
  expect(copied).toContain("lang=en");
  // In Chinese it says so in Chinese, of the address as it is now.
  await page.getByRole("button", { name: "中文", exact: true }).click();
  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.getByText("链接已复制")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("lang=zh");
});

test("unknown reasons and persons in the URL are ignored with a warning", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("./?view=table&lang=en&reasons=safety,no-such-reason&person=nobody-here");
  await expect(rows(page)).toHaveCount(withReason("safety").length);
  await expect(page).toHaveURL(/reasons=safety(&|$)/);
  await expect.poll(() => warnings.filter((w) => w.includes("departures")).length).toBe(2);
});

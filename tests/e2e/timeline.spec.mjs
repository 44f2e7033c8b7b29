// The timeline as a reader meets it: markers, selection and the detail panel,
// keyboard, zoom, clusters, filters, and the narrow list.
import { test, expect } from "./widget-test.mjs";
import { axeViolations } from "./axe.mjs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "..", "..", "artifacts");
const data = JSON.parse(readFileSync(join(here, "..", "..", "data", "openai.json"), "utf8"));
const marks = (page) => page.locator(".dp-timeline .dp-mark");
const clusterCount = async (page) =>
  (await page.locator(".dp-cluster text").allTextContents()).reduce((n, t) => n + Number(t.replace("+", "")), 0);

test("every filtered event is on the timeline, labelled or inside a cluster", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline");
  await expect(page.getByRole("region", { name: "Timeline of departures" })).toBeVisible();
  await expect(marks(page).first()).toBeVisible();
  expect((await marks(page).count()) + (await clusterCount(page))).toBe(data.events.length);
  await page.goto("./?lang=en&view=timeline&reasons=safety");
  const safety = data.events.filter((e) => e.reasons.includes("safety")).length;
  await expect.poll(async () => (await marks(page).count()) + (await clusterCount(page))).toBe(safety);
});

test("each event has an accessible name: person, what happened, date, reasons", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline&q=Leike");
  await expect(page.locator('.dp-mark[data-event="leike-resigns"]')).toHaveAttribute(
    "aria-label",
    "Jan Leike — left — 14 May 2024 — Safety & alignment",
  );
});

test("selecting an event opens the detail panel; Escape closes it and returns focus", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline&q=Leike");
  const mark = page.locator('.dp-mark[data-event="leike-resigns"]');
  await mark.click();
  const panel = page.getByRole("region", { name: "Details" });
  await expect(panel).toContainText("Jan Leike");
  await expect(panel).toContainText("扬·雷克");
  await expect(panel).toContainText("14 May 2024");
  await expect(panel.locator("blockquote")).toContainText("shiny products");
  await expect(panel.locator(".dp-verification")).toHaveText("Confirmed");
  for (const link of await panel.locator(".dp-source-list a").all()) {
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link).toHaveAttribute("target", "_blank");
  }
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(mark).toBeFocused();
  // Enter opens it again from the keyboard.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Details" })).toBeVisible();
});

test("arrow keys move between events in time order", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline");
  const first = page.locator('.dp-mark[data-order="0"]');
  await first.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator('.dp-mark[data-order="1"]')).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(first).toBeFocused();
});

test("zoom buttons and keys change the axis; a cluster expands when clicked", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline");
  const ticks = page.locator(".dp-tick text");
  const before = await ticks.allTextContents();
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect.poll(() => ticks.allTextContents()).not.toEqual(before);
  await page.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => ticks.allTextContents()).toEqual(before);

  const cluster = page.locator(".dp-cluster").first();
  if ((await cluster.count()) > 0) {
    const hidden = await clusterCount(page);
    await cluster.click();
    await expect.poll(() => clusterCount(page)).toBeLessThan(hidden);
  }

  await page.locator(".dp-timeline-canvas").focus();
  await page.keyboard.press("+");
  await expect.poll(() => ticks.allTextContents()).not.toEqual(before);
});

test("the wheel zooms only with Ctrl, so the page keeps scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto("./?lang=en&view=timeline");
  const ticks = page.locator(".dp-tick text");
  const before = await ticks.allTextContents();
  const canvas = page.locator(".dp-timeline-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  // The page scrolled and the timeline did not zoom.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
  expect(await ticks.allTextContents()).toEqual(before);
  const again = await canvas.boundingBox();
  await page.mouse.move(again.x + again.width / 2, again.y + 20);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -300);
  await page.keyboard.up("Control");
  await expect.poll(() => ticks.allTextContents()).not.toEqual(before);
});

/** The first and last day the axis shows, read from the tick labels' positions. */
const firstTick = (page) => page.locator(".dp-tick text").first().textContent();

test("two fingers spread apart zoom in around their middle; one finger drags", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline");
  const ticks = page.locator(".dp-tick text");
  const before = await ticks.allTextContents();
  const canvas = page.locator(".dp-timeline-canvas");
  const box = await canvas.boundingBox();
  const y = box.y + 40;
  const middle = box.x + box.width / 2;
  const pointer = (type, pointerId, clientX, isPrimary) =>
    canvas.dispatchEvent(type, { pointerId, clientX, clientY: y, isPrimary, pointerType: "touch", bubbles: true });
  await pointer("pointerdown", 1, middle - 40, true);
  await pointer("pointerdown", 2, middle + 40, false);
  for (let step = 1; step <= 8; step++) {
    await pointer("pointermove", 1, middle - 40 - step * 30, true);
    await pointer("pointermove", 2, middle + 40 + step * 30, false);
  }
  await pointer("pointerup", 1, middle - 280, true);
  await pointer("pointerup", 2, middle + 280, false);
  // Spreading the fingers to about seven times their distance zooms in: the
  // axis steps by smaller units than before.
  await expect.poll(() => ticks.allTextContents()).not.toEqual(before);
  const zoomed = await ticks.allTextContents();
  expect(zoomed.some((label) => /[A-Z][a-z]{2} \d{4}|Q\d/.test(label))).toBe(true);

  // One finger dragging right shows earlier dates.
  const firstBefore = await firstTick(page);
  await pointer("pointerdown", 3, middle, true);
  for (let step = 1; step <= 5; step++) await pointer("pointermove", 3, middle + step * 60, true);
  await pointer("pointerup", 3, middle + 300, true);
  await expect.poll(() => firstTick(page)).not.toEqual(firstBefore);
});

test("zooming from the keyboard keeps focus on the same event", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline&q=Leike");
  const mark = page.locator('.dp-mark[data-event="leike-resigns"]');
  await mark.focus();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await expect(page.locator(":focus")).toHaveAttribute("data-event", "leike-resigns");
});

test("under 600 px the timeline is a list grouped by year", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("./?lang=en&view=timeline");
  await expect(page.locator(".dp-tl-year-heading").first()).toBeVisible();
  await expect(page.locator(".dp-tl-item")).toHaveCount(data.events.length);
  await page.locator('.dp-tl-item[data-event="leike-resigns"]').click();
  await expect(page.getByRole("region", { name: "Details" })).toContainText("Jan Leike");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

// The story's climax: every event of 2024 up to the "as of" date, each its
// own mark with the person's name, at a laptop's width and a tablet's.
const asOf = data.as_of;
const story = data.events.filter((e) => e.date.startsWith("2024") && e.date <= asOf);
const personName = (id) => data.people.find((p) => p.id === id).name.en;

for (const width of [1280, 640]) {
  test(`every event of 2024 up to the as-of date is a named mark at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("./?lang=en&view=timeline");
    await expect(marks(page).first()).toBeVisible();
    expect(story.length).toBe(16);
    const canvas = await page.locator(".dp-timeline-canvas").boundingBox();
    for (const event of story) {
      const mark = page.locator(`.dp-timeline .dp-mark[data-event="${event.id}"]`);
      const label = mark.locator(".dp-mark-label");
      await expect(label).toBeVisible();
      await expect(label).toContainText(personName(event.person));
      // Inside the drawing, not cut off at either edge.
      const box = await label.boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(canvas.x);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    }
  });

  test(`ArrowRight from the first event visits every event in time order at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("./?lang=en&view=timeline");
    await page.locator('.dp-mark[data-order="0"]').focus();
    const visited = [await page.evaluate(() => document.activeElement.dataset.order)];
    for (let step = 1; step < data.events.length; step++) {
      await page.keyboard.press("ArrowRight");
      await expect(page.locator(`.dp-mark[data-order="${step}"]`)).toBeFocused();
      visited.push(await page.evaluate(() => document.activeElement.dataset.order));
    }
    expect(visited).toEqual(data.events.map((_, i) => String(i)));
    // Past the last event the key goes nowhere.
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`.dp-mark[data-order="${data.events.length - 1}"]`)).toBeFocused();
  });
}

/** A data set too dense to label at once, served as dense.json: the OpenAI
 * people, `perDay` events on each of `days` days from 1 May 2024, and
 * `crowd` more on 1 July 2024, more than the timeline has lanes. */
function denseData(days, perDay, crowd) {
  const events = [];
  const add = (date) => {
    const person = data.people[events.length % data.people.length].id;
    events.push({
      id: `dense-${events.length}`,
      date,
      person,
      kind: "departure",
      reasons: ["safety"],
      summary: { zh: "离职", en: "left" },
      sources: [{ url: "https://example.org/", publisher: "Example" }],
      verification: "confirmed",
    });
  };
  for (let day = 0; day < days; day++) {
    const date = new Date(Date.UTC(2024, 4, 1 + day)).toISOString().slice(0, 10);
    for (let k = 0; k < perDay; k++) add(date);
  }
  for (let k = 0; k < crowd; k++) add("2024-07-01");
  return { ...data, id: "dense", events, eras: [] };
}

async function openDense(page, dense) {
  await page.route("**/dense.json", (route) => route.fulfill({ json: dense }));
  await page.goto("./?lang=en&view=timeline&data=dense.json");
  await expect(page.locator(".dp-cluster").first()).toBeVisible();
}

test("a cluster's accessible name says how many, when and who; a click zooms in", async ({ page }) => {
  const dense = denseData(40, 3, 0);
  await openDense(page, dense);
  const cluster = page.locator(".dp-cluster").first();
  const label = await cluster.getAttribute("aria-label");
  const count = Number(await cluster.locator("text").textContent());
  expect(label).toMatch(new RegExp(`^${count} events, [A-Z][a-z]+(–[A-Z][a-z]+)? 2024: [^,]+, [^,]+, [^,]+, [^,]+, …$`));
  const names = label.split(": ")[1].split(", ").slice(0, 4);
  const everyone = new Set(data.people.map((p) => p.name.en));
  for (const name of names) expect(everyone.has(name)).toBe(true);
  const hidden = await clusterCount(page);
  await cluster.click();
  await expect.poll(() => clusterCount(page)).toBeLessThan(hidden);
  expect(await axeViolations(page)).toEqual([]);
});

test("the keyboard walk enters clusters and reaches every event of a dense data set", async ({ page }) => {
  // 14 events on one day: more than the lanes, so some stay clustered at
  // any zoom, and the walk still lands on each of them.
  const dense = denseData(12, 3, 14);
  await openDense(page, dense);
  await page.locator('.dp-mark[data-order="0"]').focus();
  for (let step = 1; step < dense.events.length; step++) {
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`.dp-mark[data-order="${step}"]`)).toBeFocused();
  }
  // And back: ArrowLeft walks the other way.
  for (let step = dense.events.length - 2; step >= dense.events.length - 8; step--) {
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator(`.dp-mark[data-order="${step}"]`)).toBeFocused();
  }
});

for (const [width, height] of [
  [375, 800],
  [1280, 800],
]) {
  for (const lang of ["zh", "en"]) {
    test(`timeline screenshot at ${width} px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?lang=${lang}&view=timeline`);
      await expect(page.locator(".dp-timeline").first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(artifacts, `screenshots/timeline-${lang}-${width}.png`), fullPage: true });
    });
  }
}

test("the timeline view has no axe-core accessibility violations", async ({ page }) => {
  await page.goto("./?lang=en&view=timeline");
  await expect(marks(page).first()).toBeVisible();
  await page.locator('.dp-mark[data-order="0"]').click();
  expect(await axeViolations(page)).toEqual([]);
});

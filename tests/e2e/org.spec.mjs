// The org chart as a reader meets it: the headline figure for a date, the
// slider and play, the tree by keyboard, destinations, and the selection it
// shares with the timeline.
import { test, expect } from "./widget-test.mjs";
import { axeViolations } from "./axe.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "..", "..", "artifacts");
const figure = (page) => page.locator(".dp-org-figure");
const remaining = async (page) => {
  const text = await figure(page).textContent();
  const all = text.match(/^All (\d+)/);
  return all ? Number(all[1]) : Number(text.match(/^(\d+) of/)[1]);
};
// A person's own place in the chart (a team's card is a second one), or a group.
const node = (page, name) =>
  page.getByRole("treeitem", { name: new RegExp(`^${name}`) }).and(page.locator(":not(.dp-org-member)"));

test("on the article's date 3 of 11 co-founders remain, in both languages", async ({ page }) => {
  await page.goto("./?lang=en&view=org&asof=2024-08-19");
  await expect(figure(page)).toHaveText("3 of 11 co-founders remain");
  // Leike's first card in reading order: his team's, which says the same.
  await expect(page.getByRole("treeitem", { name: /^Jan Leike/ }).first()).toHaveAccessibleName(
    /Left · 14 May 2024 · to Anthropic/,
  );
  await expect(node(page, "Greg Brockman")).toHaveAccessibleName(/On leave · 5 August 2024/);
  await page.goto("./?lang=zh&view=org&asof=2024-08-19");
  await expect(figure(page)).toHaveText("11位联合创始人中仅剩3位");
});

test("an earlier date shows more co-founders and fewer destinations", async ({ page }) => {
  await page.goto("./?lang=en&view=org&asof=2019-01-01");
  expect(await remaining(page)).toBeGreaterThan(3);
  await expect(page.locator('.dp-destination[data-org="anthropic"]')).toHaveCount(0);
  await page.goto("./?lang=en&view=org&asof=2024-08-19");
  await expect(page.locator('.dp-destination[data-org="anthropic"] .dp-count')).toHaveText(/\d+/);
  const people = await page.locator('.dp-destination[data-org="anthropic"] .dp-destination-person').allTextContents();
  expect(people).toContain("John Schulman");
  expect(people).toContain("Jan Leike");
});

test("the slider moves the figure, the URL and the timeline's cursor", async ({ page }) => {
  await page.goto("./?lang=en&view=both&asof=2024-08-19");
  await expect(figure(page)).toHaveText("3 of 11 co-founders remain");
  const slider = page.getByRole("slider", { name: "As of" });
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(figure(page)).toHaveText("All 11 co-founders remain");
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("asof"))).toBe("2015-12-11");
  await expect(page.locator(".dp-cursor text")).toContainText("2015");
  // Arrow keys step a day at a time.
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".dp-as-of-date")).toHaveText("12 December 2015");
});

test("play steps through the events and the figure falls", async ({ page }) => {
  await page.goto("./?lang=en&view=org&asof=2015-12-11");
  await expect(figure(page)).toHaveText("All 11 co-founders remain");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => remaining(page), { timeout: 15_000 }).toBeLessThan(11);
  await page.getByRole("button", { name: "Pause" }).click();
  const paused = await page.locator(".dp-as-of-date").textContent();
  await page.waitForTimeout(1500);
  await expect(page.locator(".dp-as-of-date")).toHaveText(paused);
});

test("the tree works by keyboard: arrows, collapse and expand, Home/End, type-ahead, Enter", async ({ page }) => {
  await page.goto("./?lang=en&view=org&asof=2024-08-19");
  const items = page.getByRole("treeitem");
  const group = node(page, "Co-founders");
  await expect(group).toHaveAttribute("aria-expanded", "true");
  // One tab stop: the first item.
  await expect(page.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
  await group.focus();
  await page.keyboard.press("ArrowDown");
  await expect(node(page, "Sam Altman")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(group).toBeFocused();
  const before = await items.count();
  await page.keyboard.press("ArrowLeft");
  await expect(group).toHaveAttribute("aria-expanded", "false");
  expect(await items.count()).toBe(before - 11);
  await page.keyboard.press("ArrowRight");
  await expect(group).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("End");
  await expect(items.last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(group).toBeFocused();
  // Type-ahead finds the first Jan Leike in reading order (his team's card).
  const focused = page.locator(":focus");
  await page.keyboard.type("jan");
  await expect(focused).toHaveAccessibleName(/^Jan Leike/);
  await page.keyboard.press("Enter");
  const panel = page.getByRole("region", { name: "Details" });
  await expect(panel).toContainText("Jan Leike");
  await expect(panel).toContainText("14 May 2024");
  await page.keyboard.press("Escape");
  await expect(focused).toHaveAccessibleName(/^Jan Leike/);
});

test("?person=jan-leike selects Leike in both views", async ({ page }) => {
  await page.goto("./?lang=en&view=both&person=jan-leike");
  await expect(node(page, "Jan Leike")).toHaveAttribute("aria-selected", "true");
  await expect(page.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(1);
  await expect(page.locator(".dp-timeline-svg .dp-selected").first()).toBeVisible();
  // Picking someone in the destinations column moves the selection.
  await page.locator('.dp-destination-person[data-person="john-schulman"]').first().click();
  await expect(node(page, "John Schulman")).toHaveAttribute("aria-selected", "true");
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("person"))).toBe("john-schulman");
  await expect(page.getByRole("region", { name: "Details" })).toContainText("John Schulman");
});

// In a 640 px news column the chart is compact: the co-founders as a grid of
// cards, the other group closed with its count, one button for everyone.
const column = async (page, query) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`./?view=org&${query}`);
  await expect(figure(page)).toBeVisible();
};
// From the headline to the end of the chart and its destinations (the notes
// on the teams follow, for those who read on).
const chartHeight = async (page) => {
  const [org, body] = [await page.locator(".dp-org").boundingBox(), await page.locator(".dp-org-body").boundingBox()];
  return body.y + body.height - org.y;
};

for (const [lang, unknown, everyone] of [
  ["en", "Reporting line unknown", "Show everyone"],
  ["zh", "汇报关系不明", "显示全部人员"],
]) {
  test(`at 640 px the org chart is about one screen, not a wall of cards (${lang})`, async ({ page }) => {
    await column(page, `lang=${lang}`);
    // The co-founders' cards, Superalignment's and a header per other
    // group: the teams add about 150 px to the chart's first view.
    expect(await chartHeight(page)).toBeLessThanOrEqual(1150);
    await expect(node(page, unknown)).toHaveAttribute("aria-expanded", "false");
    await expect(node(page, unknown)).toHaveAccessibleName(new RegExp(`^${unknown} \\(17\\)`));
    await expect(page.getByRole("button", { name: everyone })).toBeVisible();
  });
}

test("at 640 px every co-founder's status shows without opening anything", async ({ page }) => {
  await column(page, "lang=en&asof=2024-08-19");
  const cofounders = page.locator(".dp-org-block").first().locator(".dp-org-person");
  await expect(cofounders).toHaveCount(11);
  // All at a glance: with the group at the top of the screen, every card is on it.
  await page.locator(".dp-org-block").first().evaluate((block) => block.scrollIntoView());
  for (const card of await cofounders.all()) await expect(card).toBeInViewport({ ratio: 1 });
  // By colour (the class), icon and words.
  const present = cofounders.locator(".dp-org-status", { hasText: /^(Present|On leave)/ });
  await expect(present).toHaveCount(3);
  await expect(cofounders.locator(".dp-org-status", { hasText: /^Left/ })).toHaveCount(8);
  await expect(page.locator(".dp-org-block").first().locator(".dp-status-left")).toHaveCount(8);
  await expect(node(page, "Greg Brockman").locator(".dp-org-status")).toHaveText("On leave 5 August 2024");
  const schulman = node(page, "John Schulman").locator(".dp-org-status");
  await expect(schulman).toContainText("Left 5 August 2024");
  await expect(schulman).toContainText("Anthropic");
  await expect(node(page, "Ilya Sutskever").locator(".dp-org-initials")).toHaveText("↗");
});

test("at 640 px one button shows everyone, and the keyboard still walks the tree", async ({ page }) => {
  await column(page, "lang=en");
  // People in their own places (teams show some a second time).
  const people = page.locator(".dp-org-person:not(.dp-org-member)");
  await expect(people).toHaveCount(11);
  await page.getByRole("button", { name: "Show everyone" }).click();
  await expect(people).toHaveCount(28);
  await expect(page.getByRole("button", { name: "Show everyone" })).toHaveCount(0);
  // Closing a group and opening it by keyboard, then type-ahead.
  const unknown = node(page, "Reporting line unknown");
  await unknown.click();
  await expect(unknown).toHaveAttribute("aria-expanded", "false");
  await expect(unknown).toBeFocused();
  await page.keyboard.press("Home");
  await expect(node(page, "Co-founders")).toBeFocused();
  await page.keyboard.press("End");
  await expect(unknown).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(unknown).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowRight");
  await expect(node(page, "Jan Leike")).toBeFocused();
  await page.keyboard.type("aravind");
  await expect(node(page, "Aravind Srinivas")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Details" })).toContainText("Perplexity");
});

test("at 640 px ?person=jan-leike opens his closed group and selects him", async ({ page }) => {
  await column(page, "lang=en&person=jan-leike");
  await expect(node(page, "Jan Leike")).toHaveAttribute("aria-selected", "true");
  await expect(node(page, "Jan Leike")).toBeVisible();
  await expect(node(page, "Reporting line unknown")).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator('[role="treeitem"][tabindex="0"]')).toHaveAttribute("aria-selected", "true");
});

test("a data set without co-founders counts everyone, and offers no co-founder toggle", async ({ page }) => {
  await page.goto("./?lang=en&view=org&data=data/traitorous-eight.json");
  await expect(figure(page)).toHaveText("All 8 have left");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.locator(".dp-chip").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Co-founders only" })).toHaveCount(0);
  await expect(node(page, "Reporting line unknown")).toBeVisible();
});

test("on 2016-06-01 nobody is shown present before a source places them there", async ({ page }) => {
  await page.goto("./?lang=en&view=org&asof=2016-06-01");
  await page.getByRole("button", { name: "Show everyone" }).click();
  for (const name of [
    "Jan Leike",
    "Aleksander Madry",
    "Mira Murati",
    "Leopold Aschenbrenner",
    "Bob McGrew",
    "Jakub Pachocki",
    "Lilian Weng",
    "Steven Bills",
  ]) {
    await expect(node(page, name)).not.toHaveAccessibleName(/Present/);
    await expect(node(page, name)).toHaveAccessibleName(/Not yet joined|No record yet/);
  }
  // A known start says "not yet joined"; only a later date on record says so honestly.
  await expect(node(page, "Jan Leike")).toHaveAccessibleName(/Not yet joined/);
  await expect(node(page, "Steven Bills")).toHaveAccessibleName(/No record yet · at OpenAI by May 2023; earlier unknown/);
  // No title that did not exist yet.
  await expect(node(page, "Aleksander Madry")).not.toHaveAccessibleName(/Preparedness/);
  await expect(node(page, "Mira Murati")).not.toHaveAccessibleName(/CTO/);
  // The co-founders are there from the founding.
  await expect(node(page, "John Schulman")).toHaveAccessibleName(/Present/);
  await page.goto("./?lang=zh&view=org&asof=2016-06-01");
  await page.getByRole("button", { name: "显示全部人员" }).click();
  await expect(node(page, "史蒂文·比尔斯")).toHaveAccessibleName(/尚无记录 · 2023年5月起在OpenAI有记录，此前不详/);
});

test("the filter fades people with no matching event", async ({ page }) => {
  await page.goto("./?lang=en&view=org&reasons=safety");
  await expect(page.getByRole("treeitem", { name: /^Jan Leike/ }).first()).not.toHaveClass(/dp-dimmed/);
  await expect(node(page, "Elon Musk")).toHaveClass(/dp-dimmed/);
});

for (const asof of ["2016-06-01", "2019-01-01", "2024-08-19"]) {
  for (const lang of ["zh", "en"]) {
    test(`org chart screenshot on ${asof} (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`./?lang=${lang}&view=org&asof=${asof}`);
      await expect(figure(page)).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(artifacts, `screenshots/org-${asof}-${lang}.png`), fullPage: true });
    });
  }
}

for (const [width, height] of [
  [375, 800],
  [640, 800],
  [1280, 800],
]) {
  for (const lang of ["zh", "en"]) {
    test(`org chart screenshot at ${width} px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?lang=${lang}&view=org`);
      await expect(figure(page)).toBeVisible();
      // No horizontal page scroll: the chart fits itself to the width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(artifacts, `screenshots/org-${lang}-${width}.png`), fullPage: true });
    });
  }
}

test("the org view has no axe-core accessibility violations", async ({ page }) => {
  await page.goto("./?lang=en&view=both&person=jan-leike");
  await expect(figure(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

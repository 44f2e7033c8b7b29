// The editor's story in steps (the data set's `steps`): the stepper, the
// keyboard and `?step=` move through every step with its state and caption;
// the reader's own change leaves the story and keeps what it made; a host
// page drives the story (a frame by message, the element by attribute) and
// hears of every change, and only the parent may drive a frame; the
// scrollytelling example follows its text; reduced motion moves nothing.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, watchProblems } from "./widget-test.mjs";
import { axeViolations } from "./axe.mjs";

const { steps, events } = JSON.parse(readFileSync(new URL("../../data/openai.json", import.meta.url), "utf8"));
const WIDGET = "http://127.0.0.1:4173/";
const HOSTS = "http://localhost:4173/nocsp/hosts/";
const live = ".dp-root:not(.dp-snapshot)";
const screenshots = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "artifacts", "screenshots");

/** The state the page's address holds. */
function params(page) {
  return new URL(page.url()).searchParams;
}

/** Checks that the page shows step `index` (from 0) in `lang`. */
async function expectStep(page, index, lang) {
  const step = steps[index];
  await expect(page.locator(".dp-story-position")).toHaveText(`${index + 1} / ${steps.length}`);
  await expect(page.locator(".dp-story-title")).toHaveText(step.title[lang]);
  await expect(page.locator(".dp-story-caption")).toHaveText(step.caption[lang]);
  await expect(page.locator(`.dp-view-switch [data-view="${step.view}"]`)).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(live)).toHaveAttribute("data-step", String(index + 1));
  await expect.poll(() => params(page).get("step")).toBe(String(index + 1));
  expect(params(page).get("asof")).toBe(step.as_of ?? null);
  expect(params(page).get("reasons")).toBe(step.reasons?.length ? [...step.reasons].sort().join(",") : null);
  expect(params(page).get("view")).toBe(step.view);
  expect(params(page).get("person")).toBe(step.person ?? null);
  expect(params(page).get("team")).toBe(step.team ?? null);
}

test("the data set tells its story in 6 to 8 sourced, bilingual steps", () => {
  expect(steps.length).toBeGreaterThanOrEqual(6);
  expect(steps.length).toBeLessThanOrEqual(8);
  for (const step of steps) {
    for (const lang of ["en", "zh"]) {
      expect(step.title[lang].length, step.id).toBeGreaterThan(0);
      expect(step.caption[lang].length, step.id).toBeGreaterThan(0);
    }
    expect(step.sources.length, step.id).toBeGreaterThan(0);
  }
});

for (const lang of ["en", "zh"]) {
  test(`?step= opens each step, and the buttons walk the story (${lang})`, async ({ page }) => {
    const problems = watchProblems(page);
    for (const [index] of steps.entries()) {
      await page.goto(`./?lang=${lang}&step=${index + 1}`);
      await expectStep(page, index, lang);
    }
    const [previous, next] = lang === "en" ? ["Previous step", "Next step"] : ["上一步", "下一步"];
    await page.goto(`./?lang=${lang}`);
    await page.locator(".dp-story-start").click();
    await expectStep(page, 0, lang);
    await expect(page.getByRole("button", { name: previous })).toBeDisabled();
    for (let index = 1; index < steps.length; index++) {
      await page.getByRole("button", { name: next }).click();
      await expectStep(page, index, lang);
    }
    await expect(page.getByRole("button", { name: next })).toBeDisabled();
    await page.getByRole("button", { name: previous }).click();
    await expectStep(page, steps.length - 2, lang);
    expect(problems).toEqual([]);
  });
}

test("arrow keys on the stepper move between steps; the caption is announced politely", async ({ page }) => {
  await page.goto("./?lang=en&step=3");
  await expectStep(page, 2, "en");
  await expect(page.locator(".dp-story-text")).toHaveAttribute("aria-live", "polite");
  await page.getByRole("button", { name: "Next step" }).focus();
  await page.keyboard.press("ArrowRight");
  await expectStep(page, 3, "en");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expectStep(page, 1, "en");
});

test("the reader's own change leaves the story and keeps the state; the language does not", async ({ page }) => {
  await page.goto("./?lang=en&step=5");
  await expectStep(page, 4, "en");
  await page.locator(".dp-lang-switch button", { hasText: "中文" }).click();
  await expectStep(page, 4, "zh");
  await page.locator('.dp-view-switch [data-view="table"]').click();
  await expect(page.locator(".dp-story-position")).toHaveCount(0);
  await expect(page.locator(live)).not.toHaveAttribute("data-step");
  await expect.poll(() => params(page).get("step")).toBe(null);
  expect(params(page).get("asof")).toBe(steps[4].as_of);
  expect(params(page).get("view")).toBe("table");
  // "Explore freely" leaves it too, keeping the step's view.
  await page.goto("./?lang=en&step=6");
  await page.getByRole("button", { name: "Explore freely" }).click();
  await expect.poll(() => params(page).get("step")).toBe(null);
  await expect(page.locator('.dp-view-switch [data-view="org"]')).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".dp-story-start")).toBeVisible();
});

test("on a phone, the timeline's list holds the step's stretch of time", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const crisis = steps.findIndex((step) => step.id === "board-crisis-2023");
  const { from, to } = steps[crisis].range;
  const held = events.filter((event) => event.date.slice(0, 10) >= from && event.date.slice(0, 10) <= to);
  expect(held.length).toBeGreaterThan(0);
  await page.goto(`./en.html?lang=en&step=${crisis + 1}`);
  await expect(page.locator(".dp-tl-year-heading")).toHaveText(["2023"]);
  await expect(page.locator(".dp-tl-events > li")).toHaveCount(held.length);
  // Out of the story, the list holds every year again.
  await page.getByRole("button", { name: "Explore freely" }).click();
  const firstYear = events.map((event) => event.date.slice(0, 4)).sort()[0];
  await expect(page.locator(".dp-tl-year-heading").first()).toHaveText(firstYear);
});

test("a step the data lacks is ignored with a warning", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.goto("./?lang=en&step=99");
  await expect(page.locator(".dp-story-start")).toBeVisible();
  await expect.poll(() => params(page).get("step")).toBe(null);
  expect(warnings.join("\n")).toContain("ignored step=99");
});

test("the story has no axe-core violations", async ({ page }) => {
  for (const step of [1, 4, steps.length]) {
    await page.goto(`./?lang=zh&step=${step}`);
    await expect(page.locator(".dp-story-position")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test("a host page drives a framed story and hears every change; other windows cannot", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${HOSTS}story-host.html`);
  const widget = page.frameLocator("#departures-frame");
  await expect(widget.locator(`${live} .dp-story-start`)).toBeVisible();
  await page.evaluate(() => window.drive(3));
  await expect(widget.locator(".dp-story-position")).toHaveText(`3 / ${steps.length}`);
  await expect.poll(() => page.evaluate(() => window.stepChanges)).toEqual([3]);
  // The page tells the story in its own text: the frame keeps its stepper
  // and sources, not its header and caption.
  await expect(widget.locator(".dp-header")).toBeHidden();
  await expect(widget.locator(".dp-story-caption")).toBeHidden();
  await expect(widget.locator(".dp-story-sources")).toBeVisible();
  // The reader's own move is reported too.
  await widget.getByRole("button", { name: "Next step" }).click();
  await expect.poll(() => page.evaluate(() => window.stepChanges)).toEqual([3, 4]);
  // A neighbour frame and the widget's own window are not its parent.
  const frame = page.frames().find((f) => f.url().startsWith(WIDGET));
  await page.frame({ name: "intruder" }).evaluate(() =>
    parent.document.getElementById("departures-frame").contentWindow.postMessage({ type: "departures:step", step: 1 }, "*"),
  );
  await frame.evaluate(() => postMessage({ type: "departures:step", step: 2 }, "*"));
  await page.waitForTimeout(500);
  await expect(widget.locator(".dp-story-position")).toHaveText(`4 / ${steps.length}`);
  // Leaving the story is reported as null; a step the data lacks leaves it.
  await widget.getByRole("button", { name: "Explore freely" }).click();
  await expect.poll(() => page.evaluate(() => window.stepChanges)).toEqual([3, 4, null]);
  await expect(widget.locator(".dp-header")).toBeVisible();
  await page.evaluate(() => window.drive(7));
  await expect.poll(() => page.evaluate(() => window.stepChanges)).toEqual([3, 4, null, 7]);
  await page.evaluate(() => window.drive(0));
  await expect.poll(() => page.evaluate(() => window.stepChanges)).toEqual([3, 4, null, 7, null]);
  expect(problems).toEqual([]);
});

test("the element's step attribute drives the story and the element reports changes", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./hosts/story-element.html");
  const element = page.locator("#story");
  await expect(element.locator(".dp-story-position")).toHaveText(`2 / ${steps.length}`);
  await expect.poll(() => page.evaluate(() => window.stepChanges)).toEqual([2]);
  await element.evaluate((e) => e.setAttribute("step", "5"));
  await expect(element.locator(".dp-story-position")).toHaveText(`5 / ${steps.length}`);
  await expect(element.locator(`.dp-view-switch [data-view="${steps[4].view}"]`)).toHaveCount(1);
  // The reader's move is reported, and the attribute follows it, so the
  // page can send the element back to step 5.
  await element.getByRole("button", { name: "Next step" }).click();
  await expect.poll(() => page.evaluate(() => window.stepChanges)).toEqual([2, 5, 6]);
  await expect(element).toHaveAttribute("step", "6");
  await element.evaluate((e) => e.setAttribute("step", "5"));
  await expect(element.locator(".dp-story-position")).toHaveText(`5 / ${steps.length}`);
  // Another attribute keeps the step shown and takes the language.
  await element.evaluate((e) => e.setAttribute("lang", "zh"));
  await expect(element.locator(".dp-story-position")).toHaveText(`5 / ${steps.length}`);
  await expect(element.locator(".dp-story-sources")).toBeVisible();
  expect(problems).toEqual([]);
});

for (const [lang, file, width] of [["en", "scrolly-en.html", 640], ["zh", "scrolly.html", 375]]) {
  test(`the scrollytelling example follows its text as it scrolls (${lang}, ${width} px)`, async ({ page }) => {
    const problems = watchProblems(page);
    await page.setViewportSize({ width, height: 760 });
    await page.goto(`./examples/${file}`);
    const widget = page.frameLocator("iframe").locator(live);
    const blocks = page.locator(".scrolly-step");
    await expect(blocks).toHaveCount(steps.length);
    for (let index = 0; index < steps.length; index++) {
      await blocks.nth(index).evaluate((block) => block.scrollIntoView({ block: "center" }));
      await expect(widget).toHaveAttribute("data-step", String(index + 1));
      await expect(blocks.nth(index)).toHaveClass(/scrolly-current/);
      if (index === 3 || index === 5) {
        // After the step's glide (0.6 s).
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(screenshots, `scrolly-${lang}-${width}-step${index + 1}.png`) });
      }
    }
    // Scrolling back up goes back.
    await blocks.nth(1).evaluate((block) => block.scrollIntoView({ block: "center" }));
    await expect(widget).toHaveAttribute("data-step", "2");
    expect(problems).toEqual([]);
  });
}

test("moving between steps glides the timeline, unless the reader prefers reduced motion", async ({ browser }) => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${WIDGET}en.html?lang=en&step=2`);
    // Musk leaving the board, on the timeline in both steps 2 and 3.
    const musk = events.findIndex((event) => event.date === "2018-02-20");
    const mark = page.locator(`${live} .dp-timeline-svg .dp-mark[data-index="${musk}"]`);
    await expect(mark).toBeVisible();
    const x = () => mark.evaluate((node) => node.getBoundingClientRect().x);
    const before = await x();
    // Step 3's stretch of time moves the mark far to the left: a tenth of
    // a second in, it is on its way, or already there.
    await page.getByRole("button", { name: "Next step" }).click();
    await page.waitForTimeout(100);
    const early = await x();
    await page.waitForTimeout(1000);
    const after = await x();
    expect(before - after).toBeGreaterThan(200);
    if (reducedMotion === "reduce") expect(early).toBeCloseTo(after, 0);
    else expect(early - after).toBeGreaterThan(100);
    // Outside the story nothing glides either way.
    await page.getByRole("button", { name: "Explore freely" }).click();
    for (const part of [mark, page.locator(`${live} .dp-cursor`)]) {
      expect(await part.evaluate((node) => getComputedStyle(node).transitionDuration)).toBe("0s");
    }
    await context.close();
  }
});

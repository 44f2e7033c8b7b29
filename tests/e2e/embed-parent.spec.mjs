// embed-parent.js on host pages that are harder than a static article:
// frames the page removes or moves. Host pages: tests/e2e/hosts (removal),
// served under strict CSP.
import { test, expect } from "./widget-test.mjs";

/** Collects console errors and CSP violations from the page and its frames. */
function watchProblems(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

/** The iframe's height and its content's height. */
async function heights(page, selector) {
  const frameHeight = await page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);
  const content = await page
    .frameLocator(selector)
    .locator("html")
    .evaluate((html) => html.getBoundingClientRect().height);
  return { frameHeight, content };
}

/** Waits until the widget has replaced its pre-rendered snapshot in the
 * frame and the frame's height is its content's (every frame here starts
 * at 300 px, and the widget's content is taller). */
async function expectSized(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const frame = page.frameLocator(selector);
  await expect(frame.locator(".dp-title:not(.dp-snapshot .dp-title)")).toBeVisible();
  await expect(frame.locator(".dp-snapshot")).toHaveCount(0);
  await expect
    .poll(async () => {
      const { frameHeight, content } = await heights(page, selector);
      return frameHeight > 300 && Math.abs(frameHeight - content) <= 1;
    })
    .toBe(true);
}

test("a removed frame is forgotten (collected), and a moved frame is sized again", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./hosts/removal.html");
  await expectSized(page, "#kept");
  await expectSized(page, "#removed");
  // Remove one frame, keeping only a weak reference to it.
  await page.evaluate(() => {
    const frame = document.querySelector("#removed");
    window.removedFrame = new WeakRef(frame);
    frame.remove();
  });
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return page.evaluate(() => window.removedFrame.deref() === undefined);
    })
    .toBe(true);
  // Height messages after the removal are harmless.
  await page.evaluate(() => {
    window.postMessage({ type: "departures:height", height: 500 }, "*");
  });
  // The page moves the other frame (it reloads there) after shrinking it:
  // it is sized again.
  await page.evaluate(() => {
    const frame = document.querySelector("#kept");
    frame.style.height = "300px";
    document.querySelector("#second-slot").append(frame);
  });
  await expect(page.locator("#second-slot > #kept")).toHaveCount(1);
  await expectSized(page, "#kept");
  expect(problems).toEqual([]);
});

// embed-parent.js on host pages that are harder than a static article:
// frames added after load, a frame whose address redirects to another
// origin, other windows posting height messages, and frames the page
// removes or moves. Host pages: tests/e2e/hosts (late, redirect,
// other-window, removal), served under strict CSP except redirect (see its
// comment).
import { test, expect, watchProblems, frameHeights } from "./widget-test.mjs";

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
      const { frameHeight, content } = await frameHeights(page, selector);
      return frameHeight > 300 && Math.abs(frameHeight - content) <= 1;
    })
    .toBe(true);
}

test("frames added a second after load are adopted and sized, under strict CSP", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./hosts/late.html");
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.locator("body")).toHaveAttribute("data-added", "true", { timeout: 5000 });
  // An iframe[data-departures] inside an added subtree.
  await expectSized(page, "#late-frame");
  // A frame created from a [data-departures-src] placeholder inside one.
  const created = "#late-placeholder > iframe[data-departures]";
  await expect(page.locator(created)).toHaveCount(1);
  await expect(page.locator(created)).toHaveAttribute("title", "Departures, organisation");
  await expect(page.locator(created)).toHaveAttribute("src", /childId=late-placeholder/);
  await expectSized(page, created);
  // A frame that got data-departures after it was inserted.
  await expectSized(page, "#late-marked");
  for (const selector of ["#late-frame", created, "#late-marked"]) {
    await expect(page.locator(selector)).toHaveCSS("display", "block");
  }
  // The frames stay sized when their content changes.
  const frame = page.frameLocator("#late-frame");
  await frame.getByRole("button", { name: "Filter" }).click();
  await frame.locator('.dp-chip[data-reason="safety"]').click();
  await expect
    .poll(async () => {
      const { frameHeight, content } = await frameHeights(page, "#late-frame");
      return Math.abs(frameHeight - content);
    })
    .toBeLessThanOrEqual(1);
  expect(problems).toEqual([]);
});

test("a frame whose address redirects to another origin is sized; a frame of that origin cannot resize it", async ({
  page,
}) => {
  const problems = watchProblems(page);
  const landed = page.waitForRequest((request) => request.url().startsWith("http://localhost:") && request.url().includes("/en.html?"));
  await page.goto("./nocsp/hosts/redirect.html");
  await landed;
  await expectSized(page, "#departures-frame");
  expect(page.frames().map((frame) => new URL(frame.url()).origin)).toContain(
    new URL(page.url()).origin.replace("127.0.0.1", "localhost"),
  );
  await expectNoiseIgnored(page, "#departures-frame");
  expect(problems).toEqual([]);
});

/** While the #noise frame keeps posting height messages of 77 px, the
 * Departures frame at `selector` keeps its content's height. */
async function expectNoiseIgnored(page, selector) {
  const noise = page.frameLocator("#noise").locator("body");
  const noiseHeight = () => page.locator("#noise").evaluate((f) => f.getBoundingClientRect().height);
  const noiseHeightBefore = await noiseHeight();
  const sentBefore = Number(await noise.getAttribute("data-sent"));
  expect(sentBefore).toBeGreaterThan(0);
  for (let i = 0; i < 10; i += 1) {
    const { frameHeight, content } = await frameHeights(page, selector);
    expect(frameHeight).not.toBe(77);
    expect(Math.abs(frameHeight - content)).toBeLessThanOrEqual(1);
    await page.waitForTimeout(100);
  }
  expect(Number(await noise.getAttribute("data-sent"))).toBeGreaterThan(sentBefore);
  // The noise frame itself is not Departures', so it is left alone too.
  expect(await noiseHeight()).toBe(noiseHeightBefore);
}

test("height messages from another window never resize a Departures frame", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./hosts/other-window.html");
  // The noise frame posts from before the widget's first message on.
  await expectSized(page, "#departures-frame");
  await expectNoiseIgnored(page, "#departures-frame");
  // Nor do messages the host page posts to itself, in both dialects.
  await page.evaluate(() => {
    window.postMessage({ type: "departures:height", id: "departures-frame", height: 77 }, "*");
    window.postMessage("pymxPYMxdepartures-framexPYMxheightxPYMx77", "*");
  });
  await page.waitForTimeout(300);
  const { frameHeight, content } = await frameHeights(page, "#departures-frame");
  expect(Math.abs(frameHeight - content)).toBeLessThanOrEqual(1);
  expect(problems).toEqual([]);
});

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

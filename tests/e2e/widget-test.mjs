// The test API for specs that drive the widget on its built pages. Those
// pages hold the graphic pre-rendered, and the widget replaces it a couple
// of frames after it starts; for those frames both are in the document. So
// here every page's `goto` also waits until the snapshot is gone (when
// scripting is off, or the WebAssembly never arrives, it stays: then `goto`
// returns after a short wait).
import { test as base, expect } from "@playwright/test";

export { expect };

/** How long `goto` waits for the widget to replace the snapshot. */
const TAKEOVER_TIMEOUT_MS = 5000;

/** Makes `page.goto` wait for the takeover (once per page). */
function waitForTakeover(page) {
  if (page.takeoverAware) return page;
  page.takeoverAware = true;
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await page
      .waitForFunction(() => !document.querySelector(".dp-snapshot"), null, { timeout: TAKEOVER_TIMEOUT_MS })
      .catch(() => {});
    return response;
  };
  return page;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    context.on("page", waitForTakeover);
    await use(context);
  },
  page: async ({ page }, use) => {
    await use(waitForTakeover(page));
  },
});

/** Collects console errors, page errors and CSP violations (reported as
 * console errors) from the page and its frames; a test expects it empty. */
export function watchProblems(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

/** The height of the iframe at `selector` and of its content. */
export async function frameHeights(page, selector) {
  const frameHeight = await page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);
  const content = await page
    .frameLocator(selector)
    .locator("html")
    .evaluate((html) => html.getBoundingClientRect().height);
  return { frameHeight, content };
}

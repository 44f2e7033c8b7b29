// Departures in the CMSs newsrooms publish through: a WordPress post made
// from a pasted link (oEmbed discovery, WordPress's filtering and sandbox,
// its secret/height protocol and its 1,000 px cap), a generic oEmbed
// consumer, a page that sizes frames by Embedly's iframe.resize, and an
// AMP-style page honouring amp-iframe's embed-size. Each host page is on
// another origin (localhost) than the widget (127.0.0.1), as in life; the
// release build under test was made for 127.0.0.1 (DEPARTURES_SITE_URL).
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { test, expect, watchProblems, frameHeights } from "./widget-test.mjs";

const screenshots = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "artifacts", "screenshots");

const WIDGET = "http://127.0.0.1:4173/";
const HOSTS = "http://localhost:4173/nocsp/hosts/";

/** The widget's page in `lang`, as an editor copies it from the address bar. */
const pageAddress = (lang) => (lang === "zh" ? WIDGET : `${WIDGET}en.html`);

/** Waits until the frame at `selector` is as tall as its content. */
async function expectFitted(page, selector) {
  await expect.poll(async () => {
    const { frameHeight, content } = await frameHeights(page, selector);
    return Math.abs(frameHeight - content);
  }).toBeLessThanOrEqual(1);
  return (await frameHeights(page, selector)).frameHeight;
}

/** Opens the WordPress host with the page in `lang` pasted, once WordPress
 * has made the embed; returns WordPress's filtered HTML. */
async function openWordPress(page, lang) {
  await page.goto(`${HOSTS}wordpress.html?url=${encodeURIComponent(pageAddress(lang))}`);
  await expect.poll(() => page.evaluate(() => window.embed.html ?? window.embed.error ?? null)).not.toBeNull();
  return page.evaluate(() => window.embed.html ?? window.embed.error);
}

const WP_FRAME = "iframe.wp-embedded-content";

for (const [lang, width] of [
  ["en", 1280],
  ["zh", 375],
]) {
  test(`WordPress (${lang}, ${width} px): a pasted link becomes a sandboxed frame sized within the cap`, async ({ page }) => {
    const problems = watchProblems(page);
    await page.setViewportSize({ width, height: 900 });
    const html = await openWordPress(page, lang);
    // WordPress kept the blockquote and the frame, gave both the secret
    // and sandboxed the frame.
    expect(html).toMatch(/^<blockquote class="wp-embedded-content" data-secret="\w{10}">/);
    expect(html).toContain('sandbox="allow-scripts"');
    expect(html).toMatch(/src="[^"]+#\?secret=\w{10}"/);
    // The widget runs in the frame's opaque origin and says its height:
    // the blockquote goes, the frame shows, as tall as its content.
    const frame = page.frameLocator(WP_FRAME);
    await expect(frame.locator(".dp-root:not(.dp-snapshot) .dp-controls")).toBeVisible();
    await expect(frame.locator(".dp-snapshot")).toHaveCount(0);
    expect(await frame.locator("html").evaluate(() => self.origin)).toBe("null");
    await expect(frame.locator("html")).toHaveClass(/dp-capped/);
    // It may neither copy nor download: those controls are not offered.
    for (const name of lang === "zh" ? ["复制链接", "下载", "嵌入"] : ["Copy link", "Download", "Embed"]) {
      await expect(frame.getByRole("button", { name, exact: true })).toBeHidden();
    }
    await expect(page.locator("blockquote.wp-embedded-content")).toBeHidden();
    await expect(page.locator(WP_FRAME)).not.toHaveAttribute("style");
    let height = await expectFitted(page, WP_FRAME);
    expect(height).toBeGreaterThanOrEqual(200);
    expect(height).toBeLessThanOrEqual(1000);
    // The page answers only its parent: WordPress's "ready" and pym's
    // width request from the frame's own window get no height.
    const sent = await page.evaluate(() => window.embed.heights);
    const secret = await page.locator(WP_FRAME).getAttribute("data-secret");
    await frame.locator("html").evaluate((html, secret) => {
      window.postMessage({ message: "ready", secret }, "*");
      window.postMessage("pymxPYMxxPYMxwidthxPYMx600", "*");
    }, secret);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.embed.heights)).toBe(sent);
    await page.evaluate(() => {
      const frame = document.querySelector("iframe.wp-embedded-content");
      frame.contentWindow.postMessage({ message: "ready", secret: frame.getAttribute("data-secret") }, "*");
    });
    await expect.poll(() => page.evaluate(() => window.embed.heights)).toBe(sent + 1);
    await page.locator(WP_FRAME).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, `cms-wordpress-${lang}-${width}.png`), fullPage: true });
    // The org chart, far taller than the cap: the title, figure and controls
    // stay, the chart scrolls below them, and the frame still fits.
    await frame.getByRole("button", { name: lang === "zh" ? "组织图" : "Org chart" }).click();
    await expect(frame.locator(".dp-org")).toBeVisible();
    height = await expectFitted(page, WP_FRAME);
    expect(height).toBeLessThanOrEqual(1000);
    const chart = await frame.locator(".dp-org").evaluate((org) => ({
      scrolls: org.scrollHeight > org.clientHeight,
      overflow: getComputedStyle(org).overflowY,
    }));
    expect(chart).toEqual({ scrolls: true, overflow: "auto" });
    await page.screenshot({ path: join(screenshots, `cms-wordpress-org-${lang}-${width}.png`), fullPage: true });
    expect(problems).toEqual([]);
  });
}

test("WordPress: a source link leaves through WordPress's own link message, to the page that shows where it leads", async ({ page }) => {
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openWordPress(page, "en");
  const frame = page.frameLocator(WP_FRAME);
  await frame.getByRole("button", { name: "Table" }).click();
  const link = frame.locator(".dp-table a[target=_blank]").first();
  const href = await link.getAttribute("href");
  // The sandbox has no allow-popups: a new window would never open. The
  // frame asks WordPress, which opens an address on the widget's own site
  // only, in place of the article.
  await link.click();
  await page.waitForURL(/\/source\.html\?/);
  const url = new URL(page.url());
  expect(url.origin + url.pathname).toBe(`${WIDGET}source.html`);
  expect(url.searchParams.get("to")).toBe(href);
  expect(url.searchParams.get("lang")).toBe("en");
  // It shows the address as a link; nothing forwards by itself.
  await expect(page.getByRole("heading")).toHaveText("This link leads to another site");
  await expect(page.getByRole("link", { name: href })).toHaveAttribute("href", href);
  await expect(page.getByText("This frame cannot open other sites")).toBeHidden();
  await page.screenshot({ path: join(screenshots, "cms-source-link-en.png") });
  // Back returns to the article.
  await page.getByRole("button", { name: "Back to the graphic" }).click();
  await page.waitForURL(/wordpress\.html/);
  expect(problems).toEqual([]);
});

test("source.html shows only http(s) addresses, in the language asked", async ({ page }) => {
  await page.goto(`${WIDGET}source.html?lang=zh&to=${encodeURIComponent("javascript:alert(1)")}`);
  await expect(page.getByRole("heading")).toHaveText("这个链接通往另一个网站");
  await expect(page.getByRole("link")).toHaveCount(0);
  await page.goto(`${WIDGET}source.html?lang=en&to=${encodeURIComponent("https://example.org/a?b=1")}`);
  await expect(page.getByRole("link", { name: "https://example.org/a?b=1" })).toBeVisible();
});

test("a sandboxed frame outside WordPress shows a source link's address in the frame, with a way back", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${HOSTS}sandbox.html?src=${encodeURIComponent(`${WIDGET}en.html?view=table`)}`);
  const frame = page.frameLocator("#graphic");
  const link = frame.locator(".dp-table a[target=_blank]").first();
  const href = await link.getAttribute("href");
  await link.click();
  await expect(frame.getByRole("link", { name: href })).toBeVisible();
  await expect(frame.getByText("This frame cannot open other sites")).toBeVisible();
  await frame.getByRole("button", { name: "Back to the graphic" }).click();
  await expect(frame.locator(".dp-root:not(.dp-snapshot) .dp-table")).toBeVisible();
  expect(page.url()).toContain("sandbox.html");
  expect(problems).toEqual([]);
});

test("oEmbed: the page's discovery link leads to a valid oEmbed 1.0 rich response, and a consumer embeds it", async ({ page }) => {
  const problems = watchProblems(page);
  for (const lang of ["zh", "en"]) {
    await page.goto(`${HOSTS}oembed.html?url=${encodeURIComponent(pageAddress(lang))}`);
    await expect.poll(() => page.evaluate(() => window.oembed.response ?? window.oembed.error ?? null)).not.toBeNull();
    const { response, contentType } = await page.evaluate(() => window.oembed);
    expect(contentType).toMatch(/^application\/json/);
    // oEmbed 1.0, section 2.3.4: the fields every response has, and those
    // of the rich type; a thumbnail comes with its width and height.
    expect(response.version).toBe("1.0");
    expect(response.type).toBe("rich");
    expect(typeof response.html).toBe("string");
    for (const field of ["width", "height", "thumbnail_width", "thumbnail_height", "cache_age"]) {
      expect(Number.isInteger(response[field]) && response[field] > 0, field).toBe(true);
    }
    for (const field of ["title", "provider_name", "provider_url", "thumbnail_url"]) {
      expect(typeof response[field] === "string" && response[field].length > 0, field).toBe(true);
    }
    const allowed = new Set([
      "type", "version", "title", "author_name", "author_url", "provider_name", "provider_url", "cache_age",
      "thumbnail_url", "thumbnail_width", "thumbnail_height", "html", "width", "height",
    ]);
    expect(Object.keys(response).filter((key) => !allowed.has(key))).toEqual([]);
    expect(response.title).toBe(await page.request.get(pageAddress(lang)).then(async (r) => {
      const text = await r.text();
      return /<title>([^<]*)<\/title>/.exec(text)[1];
    }));
    // The thumbnail is the share card, as large as it says.
    const png = await (await page.request.get(response.thumbnail_url)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([response.thumbnail_width, response.thumbnail_height]);
    // The consumer put the frame in; it shows the graphic in its language
    // and, with an Embedly-style listener, ends as tall as its content.
    const frame = page.frameLocator("#embed iframe");
    await expect(frame.locator(".dp-root:not(.dp-snapshot) .dp-controls")).toBeVisible();
    await expect(frame.locator(".dp-root:not(.dp-snapshot)")).toHaveAttribute("lang", lang === "zh" ? "zh-Hans" : "en");
    await expect(page.locator("#embed blockquote")).toBeHidden();
    await expectFitted(page, "#embed iframe");
  }
  await page.screenshot({ path: join(screenshots, "cms-oembed-en.png"), fullPage: true });
  expect(problems).toEqual([]);
});

test("Embedly: iframe.resize sizes a pasted frame, naming the address it was loaded at", async ({ page }) => {
  const problems = watchProblems(page);
  const src = `${WIDGET}en.html?lang=en&view=table`;
  await page.goto(`${HOSTS}embedly.html?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator("#graphic");
  await expect(frame.locator(".dp-root:not(.dp-snapshot) .dp-table")).toBeVisible();
  const tall = await expectFitted(page, "#graphic");
  expect(tall).toBeGreaterThan(2000);
  // The widget writes its state into its address; the messages still name
  // the frame's src, so a switch of view resizes it again.
  await frame.getByRole("button", { name: "Timeline" }).click();
  await expect.poll(async () => (await frameHeights(page, "#graphic")).frameHeight).toBeLessThan(tall);
  await expectFitted(page, "#graphic");
  expect(await page.evaluate(() => window.resized.length)).toBeGreaterThan(1);
  expect(problems).toEqual([]);
});

test("AMP: the Embed panel's amp-iframe honours embed-size, through the overflow button when in view", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${WIDGET}en.html?lang=en&view=org`);
  await page.getByRole("button", { name: "Embed" }).click();
  // This page has an oEmbed response: its link is offered, without state.
  await expect(page.locator('[data-snippet="link"] code')).toHaveText(`${WIDGET}en.html`);
  const snippet = await page.locator('[data-snippet="amp"] code').textContent();
  expect(snippet).toContain(`src="${WIDGET}en.html?lang=en&amp;view=org"`);
  await page.goto(`${HOSTS}amp.html?snippet=${encodeURIComponent(snippet)}`);
  // Out of view, AMP resizes the frame as asked: to the graphic drawn
  // before the WebAssembly (a browser does not render a frame of another
  // site out of view, so the widget takes over once the reader gets there).
  await expect(page.locator("#slot-below [placeholder]")).toHaveCount(0);
  await expectFitted(page, "#slot-below iframe");
  expect(await page.evaluate(() => window.amp.applied.some(([slot]) => slot === "slot-below"))).toBe(true);
  // In view, AMP will not move the page under the reader: it shows the
  // overflow button, whose click resizes the frame.
  const top = page.frameLocator("#slot-top iframe");
  await expect(page.locator("#slot-top [placeholder]")).toHaveCount(0);
  await expect(top.locator(".dp-snapshot")).toHaveCount(0);
  await expect(top.locator(".dp-org")).toBeVisible();
  await expect.poll(async () => {
    const overflow = page.locator("#slot-top [overflow]");
    if (await overflow.isVisible()) await overflow.click();
    const { frameHeight, content } = await frameHeights(page, "#slot-top iframe");
    return Math.abs(frameHeight - content);
  }).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => window.amp.overflowShown)).toBeGreaterThan(0);
  await page.screenshot({ path: join(screenshots, "cms-amp-en.png") });
  expect(problems).toEqual([]);
});

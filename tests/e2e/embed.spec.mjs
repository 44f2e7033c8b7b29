// Departures inside other people's pages: the iframe that sizes itself
// (embed-parent.js and a real pym.js 1.3.2 parent), custom elements that keep
// their own state and styles, the Embed panel's snippets, and the strict
// Content-Security-Policy every page here is served with.
import { test, expect, watchProblems, frameHeights } from "./widget-test.mjs";
import { axeViolations } from "./axe.mjs";

test("the news page: the iframe follows its content, also when the view changes, under strict CSP", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./examples/news-page.html");
  const selector = "#departures-frame";
  await page.locator(selector).scrollIntoViewIfNeeded();
  const frame = page.frameLocator(selector);
  await expect(frame.locator(".dp-org-figure")).toHaveText("11位联合创始人中仅剩3位");
  await expect.poll(async () => {
    const { frameHeight, content } = await frameHeights(page, selector);
    return Math.abs(frameHeight - content);
  }).toBeLessThanOrEqual(1);
  const orgHeight = (await frameHeights(page, selector)).frameHeight;
  expect(orgHeight).not.toBe(900);
  // Switch the framed widget to the table: the frame follows.
  await frame.getByRole("button", { name: "表格" }).click();
  await expect.poll(async () => (await frameHeights(page, selector)).frameHeight).not.toBe(orgHeight);
  await expect.poll(async () => {
    const { frameHeight, content } = await frameHeights(page, selector);
    return Math.abs(frameHeight - content);
  }).toBeLessThanOrEqual(1);
  // A height message from any other window is ignored.
  const before = (await frameHeights(page, selector)).frameHeight;
  await page.evaluate(() => {
    window.postMessage({ type: "departures:height", id: "departures-frame", height: 77 }, "*");
    window.postMessage("pymxPYMxdepartures-framexPYMxheightxPYMx77", "*");
  });
  await page.waitForTimeout(300);
  expect((await frameHeights(page, selector)).frameHeight).toBe(before);
  // The custom element on the same page works too.
  await expect(page.locator("#departures-element .dp-timeline")).toBeVisible();
  expect(problems).toEqual([]);
});

test("a real pym.js 1.3.2 parent page resizes the frame; all three height messages arrive", async ({ page }) => {
  await page.goto("./nocsp/hosts/pym-host.html");
  const selector = "#graphic iframe";
  const frame = page.frameLocator(selector);
  await expect(frame.locator(".dp-table tbody tr").first()).toBeVisible();
  await expect.poll(async () => {
    const { frameHeight, content } = await frameHeights(page, selector);
    return frameHeight > 1000 && Math.abs(frameHeight - content) <= 1;
  }).toBe(true);
  const kinds = await page.evaluate(() =>
    window.received.map((m) => (typeof m === "string" ? m.split("xPYMx").slice(0, 3).join("|") : `${m.sentinel ?? ""}${m.type}`)),
  );
  expect(kinds).toContain("pym|graphic|height");
  expect(kinds).toContain("departures:height");
  expect(kinds).toContain("ampembed-size");
});

test("two custom elements on one page keep their own state", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./hosts/elements.html");
  const first = page.locator("#first");
  const second = page.locator("#second");
  await expect(first.locator(".dp-table tbody tr").first()).toBeVisible();
  await expect(second.locator(".dp-org-figure")).toContainText("co-founders remain");
  const secondFigure = await second.locator(".dp-org-figure").textContent();
  const rows = await first.locator(".dp-table tbody tr").count();
  await first.getByRole("button", { name: "Filter" }).click();
  await first.locator('.dp-chip[data-reason="safety"]').click();
  await expect.poll(() => first.locator(".dp-table tbody tr").count()).toBeLessThan(rows);
  // The other element did not move, and the host's address is untouched.
  await expect(second.locator(".dp-org-figure")).toHaveText(secondFigure);
  expect(new URL(page.url()).search).toBe("");
  // Attributes update the element live.
  await page.evaluate(() => document.querySelector("#second").setAttribute("asof", "2024-08-19"));
  await expect(second.locator(".dp-org-figure")).toHaveText("3 of 11 co-founders remain");
  await page.evaluate(() => document.querySelector("#second").setAttribute("lang", "zh"));
  await expect(second.locator(".dp-org-figure")).toHaveText("11位联合创始人中仅剩3位");
  await expect(first.locator(".dp-table tbody tr").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("a custom element's data file is read by the editor module beside embed.js", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("./hosts/elements.html");
  const first = page.locator("#first");
  await expect(first.locator(".dp-table tbody tr").first()).toBeVisible();
  expect(requested.filter((path) => path.includes("/editor/"))).toEqual([]);
  // A TimelineJS file, named relative to the host page's folder.
  await page.evaluate(() => document.querySelector("#first").setAttribute("data", "../fixtures/timelinejs.json"));
  await expect(first.locator(".dp-table tbody tr").first()).toContainText(/./);
  await expect.poll(() => requested.filter((path) => path === "/editor/departures-editor_bg.wasm").length).toBe(1);
  await expect(first.locator(".dp-title")).toHaveText("Who left OpenAI");
  // A broken one is explained inside that element only.
  await page.evaluate(() => document.querySelector("#first").setAttribute("data", "../fixtures/invalid-data.json"));
  await expect(first.getByRole("alert")).toContainText("events[1].person");
  await expect(page.locator("#second .dp-org-figure")).toBeVisible();
});

test("hostile host CSS changes nothing inside, and the widget's CSS nothing outside", async ({ page }) => {
  const measure = () =>
    page.evaluate(() => {
      const shadow = document.querySelector("#second").shadowRoot;
      const title = shadow.querySelector(".dp-title");
      const svg = shadow.querySelector(".dp-org-block");
      const style = getComputedStyle(title);
      return {
        color: style.color,
        fontSize: style.fontSize,
        letterSpacing: style.letterSpacing,
        svgHeight: svg.getBoundingClientRect().height,
      };
    });
  await page.goto("./hosts/elements.html");
  await expect(page.locator("#second .dp-org-block").first()).toBeVisible();
  const calm = await measure();
  await page.goto("./hosts/elements.html?hostile");
  await expect(page.locator("#second .dp-org-figure")).toBeVisible();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(255, 0, 0)");
  expect(await measure()).toEqual(calm);
  expect(calm.svgHeight).toBeGreaterThan(0);
  // The host element with the widget's class names keeps the host's styles.
  const outside = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector("#outside"));
    return { fontSize: style.fontSize, color: style.color };
  });
  expect(outside).toEqual({ fontSize: "40px", color: "rgb(255, 0, 0)" });
});

test("the Embed panel's snippets carry the state, and each opens it", async ({ page, context }) => {
  await page.goto("./?lang=en&view=org&asof=2019-01-01&person=jan-leike&reasons=safety");
  await page.getByRole("button", { name: "Embed" }).click();
  const iframeCode = await page.locator('[data-snippet="iframe"] code').textContent();
  const elementCode = await page.locator('[data-snippet="element"] code').textContent();
  expect(iframeCode).toContain("asof=2019-01-01");
  expect(iframeCode).toContain("person=jan-leike");
  expect(iframeCode).toContain("embed-parent.js");
  expect(elementCode).toContain('asof="2019-01-01"');
  expect(elementCode).toContain("<departures-widget");

  // The iframe snippet's address opens that state.
  const src = iframeCode.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
  const framed = await context.newPage();
  await framed.goto(src);
  await expect(framed.locator(".dp-org-figure")).toHaveText("5 of 11 co-founders remain");
  await expect(framed.getByRole("treeitem", { name: /^Jan Leike/ })).toHaveAttribute("aria-selected", "true");

  // The element snippet, pasted into a plain page, opens it too.
  const host = new URL("./hosts/pasted.html", page.url()).href;
  await framed.route(host, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${elementCode}</body></html>`,
    }),
  );
  await framed.goto(host);
  await expect(framed.locator("departures-widget .dp-org-figure")).toHaveText("5 of 11 co-founders remain");
  await expect(framed.getByRole("treeitem", { name: /^Jan Leike/ })).toHaveAttribute("aria-selected", "true");
  await expect(framed.locator('departures-widget .dp-chip[data-reason="safety"]')).toHaveAttribute("aria-pressed", "true");
});

test("the open Embed panel follows the language and the view; by keyboard, with no axe-core violations", async ({ page, context }) => {
  const problems = watchProblems(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?lang=zh");
  const panel = page.locator("#dp-embed-snippets");
  const iframe = panel.locator('[data-snippet="iframe"] code');
  const element = panel.locator('[data-snippet="element"] code');
  await page.getByRole("button", { name: "嵌入", exact: true }).click();
  await expect(panel).toHaveAttribute("aria-label", "嵌入");
  await expect(panel.locator(".dp-embed-title")).toHaveText(/^把这张图嵌入你的页面/);
  await expect(iframe).toContainText('src="http://127.0.0.1:4173/?lang=zh&amp;view=');
  await expect(iframe).not.toContainText("view=table");
  await expect(panel.locator('[data-snippet="amp"] code')).toContainText("显示全部");

  // Another view: the snippets follow while the panel stays open.
  await page.getByRole("button", { name: "表格", exact: true }).click();
  await expect(iframe).toContainText("?lang=zh&amp;view=table");
  await expect(element).toContainText('view="table"');

  // Another language: the page, the state, the texts and the copy buttons.
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(panel).toHaveAttribute("aria-label", "Embed");
  await expect(iframe).toContainText('src="http://127.0.0.1:4173/en.html?lang=en&amp;view=table"');
  await expect(element).toContainText('lang="en" view="table"');
  await expect(panel.locator('[data-snippet="link"] code')).toHaveText("http://127.0.0.1:4173/en.html");
  await expect(panel.locator('[data-snippet="amp"] code')).toContainText("card-en.png");
  await expect(panel.locator(".dp-snippet-label").first()).toHaveText(/^WordPress and other CMSs/);
  await expect(panel.getByRole("button", { name: "Copy code" })).toHaveCount(4);
  expect(await axeViolations(page)).toEqual([]);

  // By keyboard: the button closes and opens the panel, whose copy buttons
  // come next in the tab order; each copies its snippet and says so.
  const embed = page.getByRole("button", { name: "Embed", exact: true });
  await embed.focus();
  await page.keyboard.press("Enter");
  await expect(panel).toBeHidden();
  await expect(embed).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Enter");
  await expect(embed).toHaveAttribute("aria-expanded", "true");
  await expect(panel.getByRole("button", { name: "Copy code" })).toHaveCount(4);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveText("Copy code");
  await expect(page.locator('[data-snippet="iframe"] :focus')).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(panel.locator('[data-snippet="iframe"] [role="status"]')).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframe.textContent());
  expect(problems).toEqual([]);
});

test("the Embed panel of a custom element points at the folder of embed.js", async ({ page }) => {
  await page.goto("./hosts/elements.html");
  const first = page.locator("#first");
  await expect(first.locator(".dp-table tbody tr").first()).toBeVisible();
  await first.getByRole("button", { name: "Embed", exact: true }).click();
  const code = first.locator('[data-snippet="element"] code');
  await expect(code).toContainText('<script type="module" src="http://127.0.0.1:4173/embed.js"></script>');
  await expect(code).toContainText('<departures-widget lang="en" view="table"></departures-widget>');
  // No oEmbed link outside the widget's own pages.
  await expect(first.locator('[data-snippet="link"]')).toHaveCount(0);
  await expect(first.locator("[data-snippet]")).toHaveCount(3);
});

test("when the WebAssembly cannot load, the page and each element say so (never a blank box)", async ({ page }) => {
  await page.route("**/*_bg.wasm", (route) => route.fulfill({ status: 404, body: "missing" }));
  await page.goto("./?lang=en");
  await expect(page.getByRole("alert")).toContainText("The graphic could not load");
  // The pre-rendered graphic stays, with the table readers without
  // scripting get, and without its (dead) controls.
  await expect(page.locator(".dp-snapshot .dp-key-figure")).toBeVisible();
  await expect(page.locator(".dp-snapshot .dp-table tbody tr").first()).toBeVisible();
  await expect(page.locator(".dp-snapshot .dp-controls")).toHaveCount(0);
  await page.goto("./hosts/elements.html");
  await expect(page.locator("#first [role=alert]")).toContainText("图表未能加载");
  await expect(page.locator("#second [role=alert]")).toContainText("could not load");
});

// The story at first sight: the headline, the key figure and the graphic come
// before the controls, the controls take one row, and the widget lays itself
// out by its own width (the same in a 640 px column of a wide page as on a
// 640 px screen).
import { test, expect } from "./widget-test.mjs";

/** The part of `locator`'s box inside the first screen of `height` px. */
async function visibleHeight(locator, height) {
  const box = await locator.boundingBox();
  return Math.max(0, Math.min(height, box.y + box.height) - Math.max(0, box.y));
}

for (const lang of ["en", "zh"]) {
  test(`the first screen at 640×800 shows headline, key figure and 400 px of graphic (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`./?lang=${lang}`);
    const figure = page.locator(".dp-key-figure strong");
    await expect(figure).toHaveText(lang === "en" ? "3 of 11 co-founders remain" : "11位联合创始人中仅剩3位");
    for (const part of [page.locator(".dp-title"), figure]) {
      const box = await part.boundingBox();
      expect(box.y + box.height).toBeLessThanOrEqual(800);
    }
    expect(await visibleHeight(page.locator(".dp-timeline"), 800)).toBeGreaterThanOrEqual(400);
    // The controls take one row.
    const row = page.locator(".dp-controls-row");
    const buttons = await row.locator(":scope > *").evaluateAll((nodes) =>
      nodes.map((n) => Math.round(n.getBoundingClientRect().top)),
    );
    expect(new Set(buttons).size).toBe(1);
  });
}

test("the filter opens from one button that counts what is on", async ({ page }) => {
  await page.goto("./?lang=en&view=table");
  const button = page.getByRole("button", { name: "Filter" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator(".dp-chip")).toHaveCount(0);
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.locator('.dp-chip[data-reason="safety"]').click();
  await expect(page.locator(".dp-filter-count")).toHaveText("1");
  // A link that carries a filter arrives with the panel open.
  await page.goto("./?lang=en&view=table&reasons=safety");
  await expect(page.getByRole("button", { name: "Filter" })).toHaveAttribute("aria-expanded", "true");
});

test("a custom element in a 640 px column lays out like the page at 640 px", async ({ page }) => {
  const layout = async () => ({
    title: await page.evaluate(() => {
      const root = document.querySelector("departures-widget")?.shadowRoot ?? document;
      return getComputedStyle(root.querySelector(".dp-title")).fontSize;
    }),
    cardRows: await page.evaluate(() => {
      const root = document.querySelector("departures-widget")?.shadowRoot ?? document;
      return getComputedStyle(root.querySelector(".dp-table tr")).display;
    }),
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./hosts/column.html");
  await expect(page.locator("#in-column .dp-table tbody tr").first()).toBeVisible();
  const inColumn = await layout();
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto("./?lang=en&view=table");
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  const onPage = await layout();
  expect(inColumn).toEqual(onPage);
  expect(onPage.cardRows).toBe("block");
});

test("view=both puts the views side by side where each keeps 600 px, stacked otherwise", async ({ page }) => {
  const columns = async () => {
    const timeline = await page.locator(".dp-both > .dp-timeline-measure").first().boundingBox();
    const org = await page.locator(".dp-both > .dp-org").first().boundingBox();
    return org.x >= timeline.x + timeline.width ? "side by side" : "stacked";
  };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./?lang=en&view=both");
  await expect(page.locator(".dp-org-figure")).toBeVisible();
  expect(await columns()).toBe("side by side");
  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(columns).toBe("stacked");
});

for (const [page_, lang, figure] of [
  ["news-page.html", "zh", "11位联合创始人中仅剩3位"],
  ["news-page-en.html", "en", "3 of 11 co-founders remain"],
]) {
  test(`the example article (${lang}) has the graphics in its column, each with caption and credit`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./examples/${page_}`);
    for (const figure of await page.locator("figure.graphic").all()) {
      expect((await figure.boundingBox()).width).toBeLessThanOrEqual(640);
    }
    await expect(page.locator("figure.graphic")).toHaveCount(2);
    // The article's own captions (CSS locators reach into the widget too).
    for (const caption of await page.locator("figure.graphic > figcaption").all()) {
      await expect(caption.locator(".caption")).not.toBeEmpty();
      await expect(caption.locator(".credit")).not.toBeEmpty();
    }
    await expect(page.locator("#departures-element .dp-key-figure strong")).toHaveText(figure);
    await page.locator("#departures-frame").scrollIntoViewIfNeeded();
    await expect(page.frameLocator("#departures-frame").locator(".dp-org-figure")).toHaveText(figure);
  });
}

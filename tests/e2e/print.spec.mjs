// Printing: the graphic and the table of its events, no controls, links
// with their addresses, black on white, within an A4 portrait page.
import { test, expect } from "./widget-test.mjs";
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "..", "..", "artifacts");

/** Printable width of A4 portrait with the stylesheet's 15 mm margins, in
 * CSS px (96 per inch). */
const A4_PRINTABLE_PX = ((210 - 2 * 15) / 25.4) * 96;

/** Elements of the widget that reach past `width` px from its left edge when
 * the page is `width` px wide. The width is set and measured in one go, so
 * the layout is the one on screen, as when printing (no script runs between
 * the two). */
function overflowing(page, width) {
  return page.evaluate((width) => {
    document.documentElement.style.width = `${width}px`;
    const left = document.querySelector(".dp-root").getBoundingClientRect().left;
    const wide = [...document.querySelectorAll(".dp-root *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right - left > width + 0.5;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""}`);
    document.documentElement.style.width = "";
    return wide;
  }, width);
}

for (const [view, lang] of [["timeline", "zh"], ["org", "en"], ["both", "en"], ["table", "zh"]]) {
  test(`printing ${view} (${lang}): no controls, links with addresses, A4 width`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?lang=${lang}&view=${view}&theme=dark`);
    await expect(page.locator(".dp-controls-row")).toBeVisible();
    // On screen, the table of a graphic's events is not even built: it is
    // made when printing starts.
    if (view !== "table") await expect(page.locator(".dp-table")).toHaveCount(0);

    await page.emulateMedia({ media: "print" });
    for (const hidden of [".dp-controls", ".dp-lang-switch"]) {
      await expect(page.locator(hidden)).toBeHidden();
    }
    await expect(page.locator("button.dp-toggle:visible, input:visible")).toHaveCount(0);
    await expect(page.locator(".dp-table")).toBeVisible();
    const link = page.locator(".dp-source-list a").first();
    const href = await link.getAttribute("href");
    const after = await link.evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain(href);
    // Black on white, whatever the theme.
    const colours = await page.locator(".dp-root").evaluate((root) => {
      const style = getComputedStyle(root);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    expect(await overflowing(page, A4_PRINTABLE_PX)).toEqual([]);

    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    mkdirSync(join(artifacts, "print"), { recursive: true });
    writeFileSync(join(artifacts, "print", `${view}-${lang}.pdf`), pdf);
  });
}

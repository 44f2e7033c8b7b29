// Teams on the org chart as a reader meets them in a 640 px column: a team
// appears once it was formed, its leads side by side as co-leads, and after
// it was dissolved it says so and shows where its leads went; the lines are
// read in words; picking a team keeps its people's events in every view.
import { test, expect } from "./widget-test.mjs";
import { axeViolations } from "./axe.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "..", "..", "artifacts");
const item = (page, name) => page.getByRole("treeitem", { name });

/** The org chart on `asof` in a 640 px column, every group open. */
const chart = async (page, lang, asof, extra = "") => {
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto(`./?lang=${lang}&view=org&asof=${asof}${extra}`);
  await expect(page.locator(".dp-org-figure")).toBeVisible();
  const everyone = page.locator(".dp-zoom-controls .dp-toggle").last();
  if ((await page.locator(".dp-org-group[aria-expanded='false']").count()) > 0) await everyone.click();
};

/** Whether two cards sit on one row, the first left of the second. */
const sideBySide = async (first, second) => {
  const [a, b] = [await first.boundingBox(), await second.boundingBox()];
  return Math.abs(a.y - b.y) < 1 && a.x + a.width <= b.x;
};

const superalignment = {
  en: {
    team: /^Superalignment \(/,
    ilya: /^Ilya Sutskever, co-leads Superalignment with Jan Leike,/,
    jan: /^Jan Leike, co-leads Superalignment with Ilya Sutskever,/,
    dissolved: /^Superalignment \(2\) · dissolved May 2024$/,
    ilyaAfter: /^Ilya Sutskever, co-led Superalignment with Jan Leike, .*Left · 14 May 2024/,
    janAfter: /^Jan Leike, co-led Superalignment with Ilya Sutskever, .*Left · 14 May 2024 · to Anthropic$/,
  },
  zh: {
    team: /^超级对齐团队 \(/,
    ilya: /^伊利亚·苏茨克维尔, 与扬·雷克共同负责超级对齐团队,/,
    jan: /^扬·雷克, 与伊利亚·苏茨克维尔共同负责超级对齐团队,/,
    dissolved: /^超级对齐团队 \(2\) · 2024年5月解散$/,
    ilyaAfter: /^伊利亚·苏茨克维尔, 曾与扬·雷克共同负责超级对齐团队, .*已离开 · 2024年5月14日/,
    janAfter: /^扬·雷克, 曾与伊利亚·苏茨克维尔共同负责超级对齐团队, .*已离开 · 2024年5月14日 · 去向 Anthropic$/,
  },
};

for (const lang of ["en", "zh"]) {
  const words = superalignment[lang];

  test(`on 2024-01-01 Superalignment holds Sutskever and Leike as co-leads (${lang})`, async ({ page }) => {
    await chart(page, lang, "2024-01-01");
    const team = item(page, words.team);
    await expect(team).toHaveAttribute("aria-expanded", "true");
    const [ilya, jan] = [item(page, words.ilya), item(page, words.jan)];
    await expect(ilya).toHaveAttribute("aria-level", "2");
    await expect(jan).toHaveAttribute("aria-level", "2");
    // Leads first, side by side, each labelled.
    expect(await sideBySide(ilya, jan)).toBe(true);
    await expect(ilya.locator(".dp-org-part")).toHaveText(lang === "en" ? "Co-lead" : "联合负责人");
    await expect(jan.locator(".dp-org-part")).toHaveText(lang === "en" ? "Co-lead" : "联合负责人");
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(artifacts, `screenshots/teams-2024-01-01-${lang}.png`), fullPage: true });
  });

  test(`before it was formed there is no Superalignment team (${lang})`, async ({ page }) => {
    await chart(page, lang, "2023-07-04");
    await expect(item(page, words.team)).toHaveCount(0);
    await expect(item(page, words.ilya)).toHaveCount(0);
  });

  test(`on 2024-06-01 Superalignment is dissolved and both leads are gone (${lang})`, async ({ page }) => {
    await chart(page, lang, "2024-06-01");
    await expect(item(page, words.dissolved)).toBeVisible();
    await expect(item(page, words.ilyaAfter)).toBeVisible();
    await expect(item(page, words.janAfter)).toBeVisible();
    // Gone: drawn as departed, and a part that was.
    await expect(item(page, words.janAfter)).toHaveClass(/dp-status-left/);
    await expect(item(page, words.janAfter).locator(".dp-org-part")).toHaveText(
      lang === "en" ? "Former co-lead" : "前联合负责人",
    );
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(artifacts, `screenshots/teams-2024-06-01-${lang}.png`), fullPage: true });
  });
}

test("on 2024-08-01 Preparedness is co-led by Quiñonero Candela and Weng (en, zh)", async ({ page }) => {
  await chart(page, "en", "2024-08-01");
  const team = item(page, /^Preparedness \(2\)$/);
  await expect(team).toBeVisible();
  const joaquin = item(page, /^Joaquin Quiñonero Candela, co-leads Preparedness with Lilian Weng,/);
  const lilian = item(page, /^Lilian Weng, co-leads Preparedness with Joaquin Quiñonero Candela,/);
  expect(await sideBySide(joaquin, lilian)).toBe(true);
  // Madry had moved on: not in the team on this date.
  await expect(item(page, /^Aleksander Madry, (co-)?leads Preparedness/)).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(artifacts, "screenshots/teams-2024-08-01-en.png"), fullPage: true });
  await chart(page, "zh", "2024-08-01");
  await expect(item(page, /^华金·基尼奥内罗·坎德拉, 与翁荔共同负责“准备度”团队,/)).toBeVisible();
  await expect(item(page, /^翁荔, 与华金·基尼奥内罗·坎德拉共同负责“准备度”团队,/)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(artifacts, "screenshots/teams-2024-08-01-zh.png"), fullPage: true });
  // Before the change, Madry led it alone.
  await chart(page, "en", "2024-01-01");
  await expect(item(page, /^Aleksander Madry, leads Preparedness,/)).toBeVisible();
  await expect(item(page, /^Aleksander Madry, leads Preparedness,/).locator(".dp-org-part")).toHaveText("Lead");
});

test("picking a team keeps its people's events, by click and by Enter, and again lets everyone back", async ({ page }) => {
  await chart(page, "en", "2024-01-01");
  const team = item(page, /^Superalignment \(/);
  await team.click();
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("team"))).toBe("superalignment");
  await expect(team).toHaveAttribute("aria-selected", "true");
  // Everyone else fades.
  await expect(item(page, /^Sam Altman/)).toHaveClass(/dp-dimmed/);
  await expect(item(page, /^Ilya Sutskever \(Co-founder\)/)).not.toHaveClass(/dp-dimmed/);
  // The table keeps the three people's events.
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const people = await page.locator(".dp-table tr[data-person]").evaluateAll((cells) =>
    [...new Set(cells.map((c) => c.dataset.person))].sort(),
  );
  expect(people).toEqual(["ilya-sutskever", "jan-leike", "leopold-aschenbrenner"]);
  // The filter says so, and lets everyone back.
  await page.getByRole("button", { name: /^Filter/ }).click();
  await page.getByRole("button", { name: "Team: Superalignment" }).click();
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("team"))).toBe(null);
  // By keyboard: Enter on the team picks it, Enter again lets everyone back.
  await chart(page, "en", "2024-01-01");
  await item(page, /^Superalignment \(/).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("team"))).toBe("superalignment");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("team"))).toBe(null);
});

test("a team the data set does not have is dropped, and the URL's team is honoured", async ({ page }) => {
  await page.goto("./?lang=en&view=table&team=preparedness");
  const people = await page.locator(".dp-table tr[data-person]").evaluateAll((cells) =>
    [...new Set(cells.map((c) => c.dataset.person))].sort(),
  );
  expect(people.length).toBeGreaterThan(0);
  expect(people.every((p) => ["aleksander-madry", "joaquin-quinonero-candela", "lilian-weng"].includes(p))).toBe(true);
  await page.goto("./?lang=en&view=table&team=no-such-team");
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("team"))).toBe(null);
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
});

test("a dotted line is drawn dashed, in the legend and read in words, in both languages", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto("./?lang=en&view=org&asof=2020-01-01&data=fixtures/dotted-line.json");
  await expect(item(page, /^Carol Example, Adviser, dotted line to Bob Example,/)).toHaveCount(1);
  await expect(item(page, /^Carol Example, co-leads Research with Bob Example,/)).toHaveCount(1);
  // Drawn between Carol's and Bob's own places, dashed, never through a card.
  await expect(page.locator(".dp-org-block .dp-org-dotted")).toHaveCount(1);
  expect(await page.locator(".dp-org-block .dp-org-dotted").evaluate((p) => getComputedStyle(p).strokeDasharray)).not.toBe("none");
  await expect(page.locator(".dp-status-legend")).toContainText("Dotted line: also answers to");
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(artifacts, "screenshots/teams-dotted-line-en.png"), fullPage: true });
  // After her role ended, no line.
  await page.goto("./?lang=en&view=org&asof=2024-08-19&data=fixtures/dotted-line.json");
  await expect(page.locator(".dp-org-block .dp-org-dotted")).toHaveCount(0);
  await page.goto("./?lang=zh&view=org&asof=2020-01-01&data=fixtures/dotted-line.json");
  await expect(item(page, /^卡罗尔, 顾问，虚线汇报给鲍勃,/)).toHaveCount(1);
});

test("the org chart with its teams has no axe-core violations", async ({ page }) => {
  await chart(page, "en", "2024-06-01");
  await expect(item(page, /^Superalignment \(2\)/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await chart(page, "zh", "2024-08-01", "&team=preparedness");
  expect(await axeViolations(page)).toEqual([]);
});

// The Download panel: the view as SVG and PNG, the events shown as CSV (the
// spreadsheet form's columns, converting back), the data set as JSON; in
// both languages, with a filter on, in every view, under the strict CSP.
import { test, expect, watchProblems } from "./widget-test.mjs";
import { axeViolations } from "./axe.mjs";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const artifacts = join(root, "artifacts");
const data = JSON.parse(readFileSync(join(root, "data", "openai.json"), "utf8"));
const withReason = (id) => data.events.filter((e) => e.reasons.includes(id));
const label = { en: "Download", zh: "下载" };

/** Opens the Download panel. */
async function openDownloads(page, lang) {
  const button = page.getByRole("button", { name: label[lang], exact: true });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#dp-download-panel")).toBeVisible();
  await expect(page.locator("#dp-download-panel [data-download]")).toHaveCount(4);
}

/** Presses the panel's `name` button and returns the file: its name and bytes. */
async function take(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#dp-download-panel").getByRole("button", { name, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Parses CSV text (RFC 4180: quoted cells, doubled quotes) into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += c;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Runs `fn(arg)` in a blank page of the same browser: parsing an SVG in
 * the widget's page would put the file's own styles under the page's
 * policy. */
async function inBlankPage(page, fn, arg) {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(fn, arg);
  } finally {
    await blank.close();
  }
}

/** The SVG parsed: whether it is well-formed, its text, and facts about
 * its markup. */
function inspectSvg(page, text) {
  return inBlankPage(
    page,
    (text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const svg = doc.documentElement;
      return {
        ok: !doc.querySelector("parsererror") && svg.localName === "svg",
        text: svg.textContent,
        width: Number(svg.getAttribute("width")),
        font: svg.getAttribute("font-family"),
        foreignObject: !!svg.querySelector("foreignObject"),
      };
    },
    text,
  );
}

/** The PNG's width and height from its header, and how many colours a
 * sample of its pixels has (decoded in the browser). */
async function inspectPng(page, bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const colours = await inBlankPage(
    page,
    async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set();
      for (let i = 0; i < pixels.length && seen.size < 50; i += 4 * 97) {
        seen.add(pixels.slice(i, i + 4).join());
      }
      return seen.size;
    },
    bytes.toString("base64"),
  );
  return { width, height, colours };
}

for (const lang of ["en", "zh"]) {
  test(`the timeline downloads as SVG, PNG, CSV and JSON (${lang})`, async ({ page }) => {
    const problems = watchProblems(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?lang=${lang}`);
    const live = page.locator("svg.dp-timeline-svg");
    await expect(live).toBeVisible();
    const labels = await page.locator(".dp-timeline .dp-mark-label").allTextContents();
    expect(labels.length).toBeGreaterThan(20);
    const viewWidth = (await live.boundingBox()).width;
    await openDownloads(page, lang);

    // SVG: a standalone drawing with every label, the title and the credit.
    const svgFile = await take(page, "SVG");
    expect(svgFile.name).toBe(`departures-timeline-${lang}-2024-08-19.svg`);
    const svgText = svgFile.bytes.toString("utf8");
    const svg = await inspectSvg(page, svgText);
    expect(svg.ok).toBe(true);
    for (const text of labels) expect(svg.text).toContain(text);
    expect(svg.text).toContain(data.title[lang]);
    expect(svg.text).toContain(data.credit[lang]);
    expect(svg.font.startsWith("'Noto Sans CJK SC'")).toBe(true);
    expect(svg.foreignObject).toBe(false);
    expect(svgText).not.toContain("var(");
    expect(svgText).not.toContain("class=");

    // PNG: twice the pixels, and not blank.
    const png = await inspectPng(page, (await take(page, "PNG")).bytes);
    expect(png.width).toBe(svg.width * 2);
    expect(png.width).toBeGreaterThanOrEqual(viewWidth * 2);
    expect(png.width).toBeLessThanOrEqual((viewWidth + 40) * 2);
    expect(png.colours).toBeGreaterThan(5);

    // CSV: one row per event shown, in the spreadsheet form's columns.
    const csvFile = await take(page, "CSV");
    expect(csvFile.name).toBe("departures-events-2024-08-19.csv");
    const [header, ...rows] = parseCsv(csvFile.bytes.toString("utf8").replace(/^\ufeff/, ""));
    const template = readFileSync(join(root, "data", "templates", "events.csv"), "utf8").split(/\r?\n/)[0].split(",");
    for (const column of [...template, "person_name_en", "person_name_zh"]) expect(header).toContain(column);
    expect(rows).toHaveLength(data.events.length);
    const leike = rows.find((r) => r[header.indexOf("id")] === "leike-resigns");
    expect(leike[header.indexOf("person_name_en")]).toBe("Jan Leike");
    expect(leike[header.indexOf("person_name_zh")]).toBe("扬·雷克");
    expect(leike[header.indexOf("source_urls")]).toContain("https://");

    // JSON: the data set as loaded.
    const jsonFile = await take(page, "JSON");
    expect(jsonFile.name).toBe("departures-data-2024-08-19.json");
    expect(JSON.parse(jsonFile.bytes.toString("utf8")).events).toHaveLength(data.events.length);

    await expect(page.locator(".dp-download-status")).toHaveText("");
    expect(problems).toEqual([]);
  });

  test(`with a filter on, the table's downloads hold only what is shown (${lang})`, async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto(`./?lang=${lang}&view=table&reasons=safety`);
    await expect(page.locator(".dp-table tbody tr")).toHaveCount(withReason("safety").length);
    const width = (await page.locator(".dp-table").boundingBox()).width;
    await openDownloads(page, lang);

    const csvFile = await take(page, "CSV");
    const [header, ...rows] = parseCsv(csvFile.bytes.toString("utf8").replace(/^\ufeff/, ""));
    const ids = rows.map((r) => r[header.indexOf("id")]);
    expect(ids.sort()).toEqual(withReason("safety").map((e) => e.id).sort());
    for (const row of rows) expect(row[header.indexOf("reasons")]).toContain("safety");

    // The table's image is the page in a <foreignObject>, with its rows.
    const svgFile = await take(page, "SVG");
    expect(svgFile.name).toBe(`departures-table-${lang}-2024-08-19.svg`);
    const svg = await inspectSvg(page, svgFile.bytes.toString("utf8"));
    expect(svg.ok).toBe(true);
    expect(svg.foreignObject).toBe(true);
    const leike = data.people.find((p) => p.id === "jan-leike");
    const karpathy = data.people.find((p) => p.id === "andrej-karpathy");
    expect(svg.text).toContain(leike.name[lang]);
    expect(svg.text).not.toContain(karpathy.name[lang]);
    const png = await inspectPng(page, (await take(page, "PNG")).bytes);
    expect(png.width).toBeGreaterThanOrEqual(width * 2);
    expect(png.width).toBeLessThanOrEqual((width + 40) * 2);
    expect(png.colours).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
}

test("the org chart and the narrow timeline download as images of what is shown", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("./?lang=en&view=org");
  await expect(page.locator(".dp-org-figure")).toBeVisible();
  await openDownloads(page, "en");
  const org = await take(page, "SVG");
  expect(org.name).toBe("departures-org-en-2024-08-19.svg");
  const orgSvg = await inspectSvg(page, org.bytes.toString("utf8"));
  expect(orgSvg.foreignObject).toBe(true);
  expect(orgSvg.text).toContain("Sam Altman");
  expect((await inspectPng(page, (await take(page, "PNG")).bytes)).colours).toBeGreaterThan(5);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("./?lang=zh");
  await expect(page.locator(".dp-tl-item").first()).toBeVisible();
  await openDownloads(page, "zh");
  const list = await take(page, "SVG");
  expect(list.name).toBe("departures-timeline-zh-2024-08-19.svg");
  const listSvg = await inspectSvg(page, list.bytes.toString("utf8"));
  expect(listSvg.foreignObject).toBe(true);
  expect(listSvg.text).toContain("扬·雷克");
  const png = await inspectPng(page, (await take(page, "PNG")).bytes);
  expect(png.width).toBeLessThanOrEqual(2 * 375);
  expect(png.colours).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});

test("a custom element downloads from inside its shadow root", async ({ page }) => {
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./hosts/column.html");
  const widget = page.locator("#in-column");
  await expect(widget.locator(".dp-table tbody tr").first()).toBeVisible();
  await widget.getByRole("button", { name: "Download", exact: true }).click();
  const take = async (name) => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      widget.locator("#dp-download-panel").getByRole("button", { name, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const svg = await take("SVG");
  expect(svg.name).toBe("departures-table-en-2024-08-19.svg");
  const inside = await inspectSvg(page, svg.bytes.toString("utf8"));
  expect(inside.foreignObject).toBe(true);
  // The stylesheet came from the shadow root: the table's rule is in the file.
  expect(svg.bytes.toString("utf8")).toContain(".dp-table");
  expect(inside.text).toContain("Jan Leike");
  const png = await inspectPng(page, (await take("PNG")).bytes);
  expect(png.width).toBeLessThanOrEqual(2 * 640);
  expect(png.colours).toBeGreaterThan(5);
  const csv = parseCsv((await take("CSV")).bytes.toString("utf8").replace(/^\ufeff/, ""));
  expect(csv).toHaveLength(data.events.length + 1);
  expect(problems).toEqual([]);
});

test("the CSV download converts back with departures convert", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("./?lang=en&view=table&reasons=safety,competitor");
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  await openDownloads(page, "en");
  const csv = await take(page, "CSV");
  // Beside it, the template's dataset.csv and a people.csv naming everyone.
  const folder = join(artifacts, "download-round-trip");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "events.csv"), csv.bytes);
  writeFileSync(join(folder, "dataset.csv"), readFileSync(join(root, "data", "templates", "dataset.csv")));
  const quote = (text) => `"${text.replaceAll('"', '""')}"`;
  const people = data.people.map((p) => [p.id, quote(p.name.en), quote(p.name.zh)].join(","));
  writeFileSync(join(folder, "people.csv"), ["id,name_en,name_zh", ...people].join("\n") + "\n");
  const output = join(folder, "converted.json");
  execFileSync("cargo", ["run", "--quiet", "--bin", "departures", "--", "convert", folder, "-o", output], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const converted = JSON.parse(readFileSync(output, "utf8"));
  // What the form carries comes back unchanged (source titles and dates
  // are among what it leaves out).
  const carried = (e) => ({
    ...e,
    sources: e.sources.map((s) => ({ url: s.url, publisher: s.publisher })),
  });
  const shown = data.events.filter((e) => e.reasons.includes("safety") || e.reasons.includes("competitor"));
  expect(converted.events.map(carried).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
    shown.map(carried).sort((a, b) => a.id.localeCompare(b.id)),
  );
});

test("the open Download panel follows the language and the view, and says when a file cannot be made", async ({ page }) => {
  await page.goto("./?lang=zh&view=table");
  await openDownloads(page, "zh");
  const panel = page.locator("#dp-download-panel");
  await expect(panel.locator("#dp-download-view")).toHaveText("当前视图");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(panel).toHaveAttribute("aria-label", "Download");
  await expect(panel.locator("#dp-download-view")).toHaveText("This view");
  await expect(panel.locator("#dp-download-data")).toHaveText("Get the data");
  await expect(panel.locator(".dp-download-note")).toHaveText(/^CSV: the events shown/);
  await page.getByRole("button", { name: "Org chart", exact: true }).click();
  await expect(page.locator(".dp-org-figure")).toBeVisible();
  expect((await take(page, "SVG")).name).toBe("departures-org-en-2024-08-19.svg");

  // A TimelineJS data set has no CSV: the panel says so, until a file is made.
  await page.goto("./?lang=en&view=table&data=fixtures/timelinejs.json");
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  await openDownloads(page, "en");
  const status = panel.getByRole("status");
  await panel.getByRole("button", { name: "CSV", exact: true }).click();
  await expect(status).toHaveText("The file could not be made; please try again.");
  expect(JSON.parse((await take(page, "JSON")).bytes.toString("utf8")).events.length).toBeGreaterThan(0);
  await expect(status).toHaveText("");
});

test("a panel, or Copy link, whose code cannot be fetched says so in both languages", async ({ page }) => {
  await page.route("**/panels.js", (route) => route.abort());
  await page.goto("./?lang=en");
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  const panel = page.locator("#dp-embed-snippets");
  await expect(panel).toHaveAttribute("role", "alert");
  await expect(panel).toHaveText(/面板未能加载.*The panel could not load/);
  await expect(panel).toBeVisible();
  // "Copy link" comes from the same module, and says so in its status.
  await page.getByRole("button", { name: "Copy link", exact: true }).click();
  await expect(page.locator(".dp-share-status")).toHaveText(/面板未能加载.*The panel could not load/);
});

test("the Download panel has no axe-core violations; screenshots saved", async ({ page }) => {
  for (const lang of ["zh", "en"]) {
    for (const width of [375, 640, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await openDownloads(page, lang);
      await page.screenshot({ path: join(artifacts, `screenshots/download-${lang}-${width}.png`) });
    }
  }
  expect(await axeViolations(page)).toEqual([]);
  // By keyboard: the button opens and closes the panel, whose file buttons
  // come next in the tab order after the row.
  const panel = page.locator("#dp-download-panel");
  await page.getByRole("button", { name: "Download", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(panel).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await expect(panel.locator("[data-download]")).toHaveCount(4);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("data-download", "svg");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe("departures-timeline-en-2024-08-19.svg");
});

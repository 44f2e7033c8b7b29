// ?data=URL: other data sets, other formats, and every way loading can fail.
import { test, expect } from "./widget-test.mjs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const readJson = (...parts) => JSON.parse(readFileSync(join(here, ...parts), "utf8"));

test("?data= loads another data set of ours, shipped in dist/data/", async ({ page }) => {
  const eight = readJson("..", "..", "data", "traitorous-eight.json");
  await page.goto("./?view=table&lang=en&data=data/traitorous-eight.json");
  await expect(page.locator(".dp-title")).toHaveText(eight.title.en);
  await expect(page.locator(".dp-table tbody tr")).toHaveCount(eight.events.length);
  await expect(page).toHaveURL(/data=data%2Ftraitorous-eight\.json|data=data\/traitorous-eight\.json/);
});

test("a skeleton shows while the data loads, then the table replaces it", async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/data/transformer-authors.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./?view=table&lang=en&data=data/transformer-authors.json");
  await expect(page.locator(".dp-skeleton[aria-busy=true]")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Loading the data…");
  release();
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  await expect(page.locator(".dp-skeleton")).toHaveCount(0);
});

test("a TimelineJS3 file is detected and imported as plain text", async ({ page }) => {
  const timeline = readJson("fixtures", "timelinejs.json");
  await page.goto("./?view=table&lang=en&data=fixtures/timelinejs.json");
  const rows = page.locator(".dp-table tbody tr");
  await expect(rows).toHaveCount(timeline.events.length);
  const html = await page.locator(".dp-table").innerHTML();
  // Their HTML arrives as text: no tag from the data becomes an element.
  expect(await page.locator(".dp-table tbody b, .dp-table tbody i, .dp-table tbody p:not(.dp-summary):not(.dp-verification-note)").count()).toBe(0);
  expect(html).not.toContain("&lt;p&gt;");
  await expect(rows.first().locator(".dp-verification")).toHaveText("Unconfirmed");
});

test("a missing file (404) shows an alert in the reader's language", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("./?view=table&lang=zh&data=fixtures/no-such-file.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("数据无法加载");
  await expect(alert).toContainText("404");
  await expect(alert).toContainText("fixtures/no-such-file.json");
  await expect(page.locator(".dp-table")).toHaveCount(0);
  // The language switch still works on the error screen.
  await page.getByRole("button", { name: "English" }).click();
  await expect(alert).toContainText("The data could not be loaded");
  expect(errors.some((e) => e.includes("departures:") && e.includes("404"))).toBe(true);
});

test("a malformed file names the line and column", async ({ page }) => {
  await page.goto("./?view=table&lang=en&data=fixtures/malformed.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("has 1 problem");
  await expect(alert).toContainText("line 4, column 3");
});

test("an invalid data set lists each problem with its path, and all of them in the console", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("./?view=table&lang=en&data=fixtures/invalid-data.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("events[0].date");
  await expect(alert).toContainText("events[1].person");
  await expect(alert).toContainText("reasons[0].color");
  await expect(alert).toContainText("people[0].cofounder");
  await expect.poll(() => errors.filter((e) => e.includes("events[1].person")).length).toBe(1);
});

test("a javascript: data URL is refused in both languages, and no data shows", async ({ page }) => {
  await page.goto("./?view=table&lang=en&data=javascript:alert(1)");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Data cannot be read from javascript:alert(1)");
  await expect(page.locator(".dp-table")).toHaveCount(0);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(alert).toContainText("不能从 javascript:alert(1) 读取数据");
});

test("the editor module is fetched only when the page names a data file", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("./?view=table&lang=en");
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  expect(requested.filter((path) => path.includes("/editor/"))).toEqual([]);
  // With one, the module comes once.
  await page.goto("./?view=table&lang=en&data=data/traitorous-eight.json");
  await expect(page.locator(".dp-table tbody tr").first()).toBeVisible();
  expect(requested.filter((path) => path.endsWith("/editor/departures-editor_bg.wasm"))).toHaveLength(1);
});

test("an editor module that cannot be loaded is explained in both languages", async ({ page }) => {
  await page.route("**/editor/**", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./?view=table&lang=zh&data=data/traitorous-eight.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("editor/");
  await expect(alert).toContainText("未能加载");
  await page.getByRole("button", { name: "English" }).click();
  await expect(alert).toContainText("The module that reads data files");
});

for (const file of ["openai.json", "transformer-authors.json", "traitorous-eight.json"]) {
  test(`the table shows every event of ${file} with its sources and verification`, async ({ page }) => {
    const data = readJson("..", "..", "data", file);
    await page.goto(`./?view=table&lang=en&data=data/${file}`);
    const rows = page.locator(".dp-table tbody tr");
    await expect(rows).toHaveCount(data.events.length);
    const labels = { confirmed: "Confirmed", unconfirmed: "Unconfirmed", disputed: "Disputed" };
    for (const event of data.events) {
      const row = page.locator(`tr[data-event="${event.id}"]`);
      await expect(row.locator(".dp-verification")).toHaveText(labels[event.verification]);
      await expect(row.locator(".dp-source-list a")).toHaveCount(event.sources.length);
      if (event.verification_note) {
        await expect(row.locator(".dp-verification-note")).toHaveText(event.verification_note.en);
      }
    }
  });
}

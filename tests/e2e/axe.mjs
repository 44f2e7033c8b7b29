// Runs axe-core in the page and returns one line per violation. The script
// is evaluated through the DevTools protocol rather than added as a <script>
// tag, because the test server sends a strict Content-Security-Policy that
// (rightly) blocks inline scripts.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, "..", "..", "node_modules", "axe-core", "axe.min.js"), "utf8");

export async function axeViolations(page) {
  await page.evaluate(source);
  const results = await page.evaluate(async () => await window.axe.run(document));
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`,
  );
}

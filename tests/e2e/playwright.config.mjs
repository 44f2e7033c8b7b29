// End-to-end tests: the release build (dist/) served on 127.0.0.1, driven in
// Debian's Chromium. Never `playwright install`: the browser comes from apt.
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./chromium.mjs";

const port = 4173;

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs/,
  outputDir: "../../artifacts/e2e-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: chromiumExecutable,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node serve.mjs ../../dist ${port} /fixtures=fixtures /hosts=hosts /nocsp/hosts=hosts /nocsp/pym=../../node_modules/pym.js/dist`,
    cwd: ".",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});

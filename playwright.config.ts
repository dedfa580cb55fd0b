import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunch } from "./scripts/lib/chromium";

const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Debian's Chromium (npx playwright install cannot download browsers here), with the network kept quiet. */
const chromium = chromiumLaunch;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? ".cache/reports/e2e.json" }]],
  use: { baseURL: `http://localhost:${PORT}`, launchOptions: chromium, trace: "off" },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve.ts`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

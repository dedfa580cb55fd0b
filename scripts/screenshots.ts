/**
 * Screenshots pages at 390 px and 1280 px, light and dark, for review:
 *   tsx scripts/screenshots.ts /guides/some-guide/ /names/   (site served on BASE_URL, default http://localhost:3000)
 * Files go to .cache/screenshots/. CLOCK=2026-12-02 sets the browser's clock (time-bound wording and badges
 * follow the reader's day: see islands/dated.ts).
 */
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { chromiumLaunch } from "./lib/chromium";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/"];
const out = ".cache/screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunch);
for (const p of paths) {
  for (const width of [390, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      if (process.env.CLOCK) await page.clock.setFixedTime(new Date(`${process.env.CLOCK}T12:00:00Z`));
      await page.goto(base + p, { waitUntil: "networkidle" });
      const clock = process.env.CLOCK ? `-at-${process.env.CLOCK}` : "";
      const name = `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}-${scheme}${clock}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === "1" });
      console.log(`${out}/${name}`);
      await page.close();
    }
  }
}
await browser.close();

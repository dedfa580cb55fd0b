/**
 * Screenshots of each MDX component for content/README.md, taken from the built site (run
 * `npm run build` first): `npx tsx scripts/docs-screenshots.ts` → content/docs-images/<component>.png.
 * 1x PNGs, cropped to at most MAX_HEIGHT px and reduced to a small palette with ImageMagick when
 * available, so each stays a few dozen KB. The images are for editors, not part of the site.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Locator, type Page } from "@playwright/test";
import { chromiumLaunch } from "./lib/chromium";
import { createServer } from "./serve";

const OUT_DIR = path.join("content", "docs-images");
const MAX_HEIGHT = 420;
const MARGIN = 8;

interface Shot {
  name: string;
  page: string;
  find: (page: Page) => Locator;
  /** Run before the shot (for example, hover to open a tooltip). */
  prepare?: (target: Locator, page: Page) => Promise<void>;
  /** Extra pixels below the element (a tooltip hangs below its paragraph). */
  extraBelow?: number;
}

const prose = (page: Page) => page.locator("article .prose");
const tableWithCaption = (caption: string | RegExp) => (page: Page) =>
  prose(page)
    .locator("figure")
    .filter({ has: page.locator("caption", { hasText: caption }) })
    .first();

const SHOTS: Shot[] = [
  {
    name: "Term",
    page: "/guides/gpt-image-names-explained/",
    find: (p) =>
      prose(p)
        .locator("p")
        .filter({ has: p.locator("span.term") })
        .first(),
    prepare: async (target) => target.locator("span.term a").first().hover(),
    extraBelow: 130,
  },
  {
    name: "Dated",
    page: "/guides/gpt-image-2-or-chatgpt-image-latest/",
    find: (p) =>
      prose(p)
        .locator("p")
        .filter({ has: p.locator("[data-timed]") })
        .first(),
  },
  {
    name: "Cite",
    page: "/guides/who-bills-what/",
    find: (p) =>
      prose(p)
        .locator("p")
        .filter({ has: p.locator("sup a") })
        .first(),
  },
  {
    name: "Claim",
    page: "/guides/gpt-image-2-5-and-2-6-flare-vs-sunburst/",
    find: (p) => prose(p).locator("p").filter({ hasText: "Secondary source" }).first(),
  },
  { name: "Callout", page: "/guides/who-bills-what/", find: (p) => prose(p).locator("aside").first() },
  {
    name: "NameTable",
    page: "/guides/gpt-image-names-explained/",
    find: tableWithCaption("OpenAI image names by layer"),
  },
  {
    name: "ComparisonTable",
    page: "/guides/image-api-vs-responses-image-generation/",
    find: tableWithCaption("The Image API and the Responses image_generation tool"),
  },
  { name: "PriceTable", page: "/guides/who-bills-what/", find: tableWithCaption("OpenAI API token prices") },
  {
    name: "ParameterMatrix",
    page: "/guides/image-api-vs-responses-image-generation/",
    find: tableWithCaption("Parameters by model"),
  },
  { name: "RouteTable", page: "/guides/who-bills-what/", find: tableWithCaption("Which account pays on each route") },
  {
    name: "RouteCard",
    page: "/guides/chatgpt-vs-codex-vs-api-vs-provider/",
    find: (p) => prose(p).locator("article").first(),
  },
  {
    name: "MigrationTable",
    page: "/guides/dall-e-to-gpt-image-2-6/",
    find: tableWithCaption("Names with a shutdown date"),
  },
  {
    name: "TimelineList",
    page: "/guides/dall-e-to-gpt-image-2-6/",
    find: (p) =>
      prose(p)
        .locator("div.not-prose")
        .filter({ has: p.locator('section[aria-labelledby^="timeline-"]') })
        .first(),
  },
  {
    name: "LayerMap",
    page: "/guides/gpt-image-names-explained/",
    find: (p) =>
      prose(p)
        .locator("figure")
        .filter({ has: p.locator("svg") })
        .first(),
  },
  {
    name: "RoutePicker",
    page: "/guides/chatgpt-vs-codex-vs-api-vs-provider/",
    find: (p) => p.locator("[data-route-picker]").first(),
  },
];

/** Fewer colours: text screenshots compress to a fraction of their size. Skipped when ImageMagick is missing. */
let canShrink = true;
function shrink(file: string): void {
  if (!canShrink) return;
  const r = spawnSync("convert", [file, "-colors", "64", `PNG8:${file}`]);
  if (r.status === 0) return;
  canShrink = false;
  console.warn("docs-screenshots: ImageMagick `convert` not available; keeping full-colour PNGs");
}

const server = createServer(path.resolve("out")).listen(0);
await new Promise((resolve) => server.once("listening", resolve));
const base = `http://localhost:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch(chromiumLaunch);
const context = await browser.newContext({
  viewport: { width: 820, height: 1200 },
  deviceScaleFactor: 1,
  colorScheme: "light",
});
const page = await context.newPage();
mkdirSync(OUT_DIR, { recursive: true });
const only = process.argv.slice(2);
try {
  for (const shot of SHOTS.filter((s) => !only.length || only.includes(s.name))) {
    await page.goto(`${base}${shot.page}`);
    const target = shot.find(page);
    await target.scrollIntoViewIfNeeded();
    await shot.prepare?.(target, page);
    const box = await target.boundingBox();
    if (!box) throw new Error(`${shot.name}: not found on ${shot.page}`);
    const file = path.join(OUT_DIR, `${shot.name.toLowerCase()}.png`);
    const top = Math.max(0, box.y - MARGIN);
    await page.screenshot({
      path: file,
      clip: {
        x: Math.max(0, box.x - MARGIN),
        y: top,
        width: Math.min(box.width + 2 * MARGIN, 820),
        height: Math.min(box.height + 2 * MARGIN + (shot.extraBelow ?? 0), MAX_HEIGHT),
      },
    });
    shrink(file);
    console.log(`${file}  ${Math.round(statSync(file).size / 1024)} KB`);
  }
} finally {
  await browser.close();
  server.close();
}

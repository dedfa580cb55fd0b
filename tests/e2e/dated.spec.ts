/**
 * Right when read, not only when built: the site under test is built as of TEST_AS_OF (before the
 * 1 December 2026 shutdowns); the browser's clock is set to later days and the page must show the later
 * state, while without JavaScript it reads as of its build day and says so.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { formatDate } from "../../lib/as-of";
import { getGuides } from "../../lib/content/guides";
import { getName, getNames } from "../../lib/content/names";
import { guideUrl, outFileOf } from "../../lib/urls";
import { createServer as createSiteServer } from "../../scripts/serve";
import { listenOnLoopback } from "../support/http";

process.env.SITE_AS_OF ??= "2026-11-29";
const BUILT = process.env.SITE_AS_OF;
const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const at = (page: Page, day: string) => page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
// Only what the reader sees: later variants are in the HTML too, hidden until their day.
const badge = (page: Page) =>
  page
    .locator("main header")
    .getByText(/^(Shuts down in|Shut down|Shutdown)/)
    .filter({ visible: true })
    .first();
// Code blocks are left out: copy-ready snippets show the build day's data, as they say.
const seen = async (page: Page, role: "main" | "region" = "main", name?: string) => {
  const root = role === "main" ? page.getByRole("main") : page.getByRole("region", { name });
  return root.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("pre, [hidden], script, template").forEach((c) => c.remove());
    return copy.textContent ?? "";
  });
};
const shortAnswer = (page: Page) => page.getByRole("region", { name: "Short answer" });

test.describe("a page built before a shutdown and read after it", () => {
  test("counts down the days to the shutdown on the reader's day", async ({ page }) => {
    await at(page, "2026-11-29");
    await page.goto("/names/chatgpt-image-latest/");
    await expect(badge(page)).toHaveText("Shuts down in 2 days");
    await expect(page.getByRole("main").getByText("only for 2 days more")).toBeVisible();
  });

  test("on the day itself, the dated sentences use their wording for the day", async ({ page }) => {
    await at(page, "2026-12-01");
    await page.goto("/names/gpt-image-1-5/");
    await expect(page.getByText("Move today: this is its scheduled shutdown date", { exact: true })).toBeVisible();
    expect(await seen(page)).not.toContain("Shuts down in");
  });

  test("on 2 December it says the shutdown date passed, not re-checked, never that the model shut down", async ({
    page,
  }) => {
    await at(page, "2026-12-02");
    await page.goto("/names/chatgpt-image-latest/");
    await expect(badge(page)).toHaveText("Shutdown date passed: December 1, 2026");
    const answer = await seen(page, "region", "Short answer");
    expect(answer).toContain("its scheduled shutdown date, 1 December 2026, has passed");
    expect(answer).not.toContain("due to shut down");
    const glance = page.getByRole("region", { name: "At a glance" });
    expect(await glance.innerText()).toContain(
      `Scheduled shutdown date passed: December 1, 2026 (not re-checked since ${formatDate(getName("chatgpt-image-latest")!.lastVerified)})`,
    );
    // Nobody saw the shutdown happen: no status on the page says it did (the fact sheet's rule for these dates).
    expect(await seen(page)).not.toMatch(/Shut down/);
    // Nothing visible on the page still speaks of the shutdown as ahead.
    expect(await seen(page)).not.toMatch(/due to shut down on 1 December 2026|Shuts down in/);
  });

  test("the home page's shutdown list and the timeline follow the reader's day", async ({ page }) => {
    await at(page, "2026-12-02");
    await page.goto("/");
    const watch = page.getByRole("region", { name: "Shutdowns: coming up and just past" });
    await expect(watch.getByText("Shutdown date passed: December 1, 2026").filter({ visible: true })).toHaveCount(4);
    expect(await watch.innerText()).not.toContain("Shuts down in");
    await page.goto("/timeline/");
    const marker = page.locator("[data-today-marker]");
    await expect(marker).toContainText("December 2, 2026, today.");
    // The marker now sits after the 1 December events, not before them.
    const before = await marker.evaluate((m) => {
      const dates = [...document.querySelectorAll<HTMLElement>("[data-event-date], [data-today-marker]")];
      return dates.slice(0, dates.indexOf(m as HTMLElement)).map((e) => e.dataset.eventDate);
    });
    expect(before).toContain("2026-12-01");
  });

  test("a guide's dated prose switches with the clock", async ({ page }) => {
    await at(page, "2027-06-01");
    await page.goto("/guides/gpt-image-2-or-chatgpt-image-latest/");
    await expect(
      shortAnswer(page).getByText("has passed, so code that still sends it needs a pinned replacement now"),
    ).toBeVisible();
    expect(await seen(page)).not.toMatch(/well before 1 December 2026|due to shut down|Once it shuts down/);
  });

  // Wording that is true only up to the date itself. A swapped on/after pair in one guide read
  // "that date is today" for every day after 1 December, so every page with dated wording is walked.
  const ONLY_UNTIL_THE_DAY =
    /\bis today\b|\bdate today\b|\b(?:Move|finish) today\b|\d+ days? away\b|\bdays? more\b|Shuts down in/;
  const shutDownNames = getNames().filter((n) => n.lifecycle.shutdownScheduled?.date === "2026-12-01");
  const pages = [...getGuides().map((g) => guideUrl(g.slug)), ...shutDownNames.map((n) => n.url)];
  for (const url of pages)
    test(`five days after the shutdowns, ${url} says nothing that was true only until then`, async ({ page }) => {
      await at(page, "2026-12-06");
      await page.goto(url);
      expect(await seen(page)).not.toMatch(ONLY_UNTIL_THE_DAY);
    });

  // The island's script is async and sits in <head>: on a slow connection it runs before the rest of the
  // page has arrived. This server sends the page's first part, lets the site's own server answer the island
  // and the stylesheet, waits, then sends the rest.
  test("a page that arrives slowly shows the reader's day all the way down", async ({ page }) => {
    const url = guideUrl("dall-e-to-gpt-image-2-6");
    const html = readFileSync(path.join(OUT, outFileOf(url), "index.html"), "utf8");
    const cut = html.indexOf("<main");
    expect(cut).toBeGreaterThan(html.indexOf('data-island="dated"'));
    let islandServed!: () => void;
    const served = new Promise<void>((resolve) => (islandServed = resolve));
    const site = createSiteServer(OUT);
    const server = createServer((req, res) => {
      const pathname = new URL(req.url ?? "/", "http://x").pathname;
      if (pathname !== url) {
        if (pathname.includes("/dated-")) res.on("finish", islandServed);
        return site(req, res);
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write(html.slice(0, cut));
      void served.then(() => setTimeout(() => res.end(html.slice(cut)), 400));
    });
    const port = await listenOnLoopback(server);
    try {
      await at(page, "2026-12-06");
      await page.goto(`http://127.0.0.1:${port}${url}`);
      expect(await seen(page)).not.toMatch(ONLY_UNTIL_THE_DAY);
    } finally {
      server.close();
    }
  });

  test("a name's FAQ asks about the shutdown in the past tense once it has passed", async ({ page }) => {
    const faq = (p: Page) => p.getByRole("region", { name: "Frequently asked questions" });
    await at(page, "2026-11-29");
    await page.goto("/names/chatgpt-image-latest/");
    await expect(faq(page).getByRole("heading", { name: "When does chatgpt-image-latest shut down?" })).toBeVisible();
    await at(page, "2026-12-06");
    await page.reload();
    await expect(
      faq(page).getByRole("heading", { name: "When was chatgpt-image-latest set to shut down?" }),
    ).toBeVisible();
    await page.goto("/names/gpt-image-1-5/");
    await expect(
      faq(page).getByText(/That date has passed; this guide last checked the model before it/),
    ).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the page reads as of its build day and says which day that is", async ({ page }) => {
    await page.goto("/names/chatgpt-image-latest/");
    await expect(badge(page)).toHaveText(/^Shuts down in \d+ days$/);
    await expect(page.getByRole("contentinfo")).toContainText(`Statuses and dated wording as of ${formatDate(BUILT)}`);
  });
});

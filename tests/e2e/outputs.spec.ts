import { expect, test } from "@playwright/test";
import { getGuides } from "../../lib/content/guides";
import { getName } from "../../lib/content/names";
import { statusBadgeText } from "../../lib/names/status";
// The build under test is pinned to this as-of date (npm test sets SITE_AS_OF), so statuses agree.
process.env.SITE_AS_OF ??= "2026-11-29";
const latest = getName("chatgpt-image-latest")!;
const guide = getGuides()[0]!;

test.describe("the glossary beyond the page", () => {
  test("a name page offers its feed, calendars and JSON, and each link serves its format", async ({
    page,
    request,
  }) => {
    await page.goto(latest.url);
    const subscribe = page.getByRole("region", { name: "Subscribe" });
    const expected: Array<[string, RegExp]> = [
      ["Atom feed", /^application\/atom\+xml/],
      ["Calendar (.ics)", /^text\/calendar/],
      ["All shutdowns (.ics)", /^text\/calendar/],
      ["JSON", /^application\/json/],
    ];
    for (const [name, type] of expected) {
      const href = await subscribe.getByRole("link", { name, exact: true }).getAttribute("href");
      const res = await request.get(href!);
      expect(res.status(), name).toBe(200);
      expect(res.headers()["content-type"], name).toMatch(type);
    }
    const json = await (await request.get(`/api/v1/names/${latest.slug}.json`)).json();
    expect(json.name.status.date).toBe("2026-12-01");
  });

  test("a name page shows its status badge with Markdown and HTML to copy", async ({ page }) => {
    await page.goto(latest.url);
    const section = page.getByRole("region", { name: "Status badge" });
    const alt = `${latest.name}: ${statusBadgeText(latest.status)}`;
    const img = section.getByRole("img", { name: alt });
    await expect(img).toBeVisible();
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(50);
    await expect(section.getByRole("figure", { name: "Markdown" })).toContainText(`[![${alt}](`);
    await expect(section.getByRole("figure", { name: "HTML" })).toContainText(`alt="${alt}"`);
  });

  test("Copy as Markdown copies the page's twin to the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(guide.url);
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveText("Copied the page as Markdown.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`# ${guide.title}`);
    expect(copied).toContain(guide.shortAnswer.slice(0, 80));
  });

  test("without JavaScript the Markdown link is there and the copy button is not", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(latest.url);
    await expect(page.getByRole("button", { name: "Copy as Markdown" })).toHaveCount(0);
    const link = page.getByRole("link", { name: "Markdown version" });
    await expect(link).toHaveAttribute("href", `/names/${latest.slug}.md`);
    const res = await page.request.get(`/names/${latest.slug}.md`);
    expect(res.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(await res.text()).toContain(`# ${latest.name}`);
    await context.close();
  });

  test("the server sends a Link header to the twin, CORS and a short cache for the API, and a JSON 404", async ({
    request,
  }) => {
    const pageRes = await request.get(guide.url);
    expect(pageRes.headers()["link"]).toBe(`</guides/${guide.slug}.md>; rel="alternate"; type="text/markdown"`);
    const api = await request.get("/api/v1/names.json");
    expect(api.headers()["access-control-allow-origin"]).toBe("*");
    expect(api.headers()["cache-control"]).toBe("public, max-age=300");
    const missing = await request.get("/api/v1/names/no-such-name.json");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-type"]).toMatch(/^application\/json/);
    expect(await missing.json()).toMatchObject({
      apiVersion: "v1",
      error: { status: 404, code: "not_found", path: "/api/v1/names/no-such-name.json" },
    });
    const page404 = await request.get("/names/no-such-name.md");
    expect(page404.status()).toBe(404);
    expect(page404.headers()["content-type"]).toMatch(/^text\/html/);
  });

  test("the /api/ page documents the endpoints with examples and a changelog", async ({ page }) => {
    await page.goto("/api/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("JSON API, Markdown, feeds and calendars");
    const table = page.getByRole("table", { name: "Endpoints and their JSON Schemas" });
    await expect(table.getByRole("link", { name: "/api/v1/names.json" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Changelog" })).toBeVisible();
    await expect(page.locator("pre").first()).toContainText('"shutdownScheduled"');
    await page.getByRole("contentinfo").getByRole("link", { name: "API, Markdown and feeds" }).click();
    await expect(page).toHaveURL(/\/api\/$/);
  });

  test("the timeline offers the shutdown calendar", async ({ page, request }) => {
    await page.goto("/timeline/");
    const link = page.getByRole("region", { name: "Subscribe" }).getByRole("link", { name: "All shutdowns (.ics)" });
    const res = await request.get((await link.getAttribute("href"))!);
    expect(await res.text()).toContain("BEGIN:VCALENDAR");
  });
});

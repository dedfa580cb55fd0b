import { expect, test, type Page } from "@playwright/test";
import { getPricing } from "../../lib/content/data";
import { getGuides } from "../../lib/content/guides";
import { getAliasSlugs, getNames } from "../../lib/content/names";
import { getSources } from "../../lib/content/sources";
import { plainText } from "../../lib/dated/plain";
import { statusBadgeText } from "../../lib/names/status";
import { timelineEvents } from "../../lib/names/timeline";
import { slugify } from "../../lib/names/slug";
// The build under test is pinned to this as-of date (npm test sets SITE_AS_OF), so statuses agree.
process.env.SITE_AS_OF ??= "2026-11-29";
const names = getNames();
const aliases = [...getAliasSlugs()];

const lookup = (page: Page) => page.getByRole("searchbox", { name: "Look up a name" });
const results = (page: Page) => page.locator("#lookup-results");

test.describe("name pages", () => {
  test("list the six newest guides that mention the name, and point to the rest", async ({ page }) => {
    const guides = getGuides();
    const mentioning = (slug: string) => guides.filter((g) => g.names.includes(slug));
    const busiest = [...names].sort((a, b) => mentioning(b.slug).length - mentioning(a.slug).length)[0]!;
    const all = mentioning(busiest.slug);
    // The real content has a name in more than six guides; if that ever stops, this test says so.
    expect(all.length).toBeGreaterThan(6);
    await page.goto(busiest.url);
    const section = page.getByRole("region", { name: "Guides that mention it" });
    await expect(section.getByRole("listitem").getByRole("link")).toHaveText(
      all.slice(0, 6).map((g) => new RegExp(`^${g.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
    );
    const more = section.getByRole("link", { name: `All guides (${all.length} mention ${busiest.name})` });
    await expect(more).toHaveAttribute("href", "/guides/");

    const few = names.find((n) => mentioning(n.slug).length > 0 && mentioning(n.slug).length <= 6)!;
    await page.goto(few.url);
    const short = page.getByRole("region", { name: "Guides that mention it" });
    await expect(short.getByRole("listitem")).toHaveCount(mentioning(few.slug).length);
    await expect(short.getByRole("link", { name: /^All guides/ })).toHaveCount(0);
  });

  for (const n of names) {
    test(`${n.url} answers first and shows status, lifecycle and sources`, async ({ page }) => {
      // Read on the build day: statuses and dated wording follow the reader's clock (dated.spec.ts tests later days).
      await page.clock.setFixedTime(new Date(`${process.env.SITE_AS_OF}T12:00:00Z`));
      await page.goto(n.url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(n.name);
      await expect(page.getByRole("heading", { name: "Short answer" })).toBeVisible();
      // innerText: what the reader sees (later dated wordings are in the HTML too, hidden until their day).
      expect((await page.getByRole("region", { name: "Short answer" }).innerText()).replace(/\s+/g, " ")).toContain(
        plainText(n.definition).replace(/\s+/g, " ").trim(),
      );
      await expect(
        page.getByText(statusBadgeText(n.status), { exact: true }).filter({ visible: true }).first(),
      ).toBeVisible();
      const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
      await expect(crumbs.getByRole("link", { name: "Names" })).toHaveAttribute("href", "/names/");
      for (const h of ["Where you see it", "What it means", "Use it when", "Lifecycle", "Sources"]) {
        await expect(page.getByRole("heading", { name: h, exact: true })).toBeVisible();
      }
      await expect(page.getByText("Last verified", { exact: true })).toBeVisible();
      if (n.notOpenAI) await expect(page.getByRole("note", { name: "Not an OpenAI name" })).toBeVisible();
      else if (n.verification === "no") await expect(page.getByRole("note", { name: "Unverified name" })).toBeVisible();
      else await expect(page.getByRole("note", { name: /Not an OpenAI name|Unverified name/ })).toHaveCount(0);
      if (n.faq.length) await expect(page.getByRole("heading", { name: "Frequently asked questions" })).toBeVisible();
      const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).join("\n");
      expect(ld).toContain('"DefinedTerm"');
      expect(ld.includes('"FAQPage"')).toBe(n.faq.length > 0);
    });
  }
});

test.describe("alias pages", () => {
  test.use({ javaScriptEnabled: false });
  test("every alias slug that is not a name has a page", () => {
    expect(aliases.length).toBeGreaterThan(10);
  });
  for (const [slug, name] of aliases) {
    test(`/names/${slug}/ sends readers to ${name.url} without JavaScript`, async ({ page, request }) => {
      const html = await (await request.get(`/names/${slug}/`)).text();
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${name.url}"`));
      expect(html).toMatch(/<meta name="robots" content="noindex/);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${name.url}"/>`);
      const spelling = name.aliases.find((a) => slugify(a) === slug)!;
      expect(html).toContain(`is another spelling of ${name.name.replace(/&/g, "&amp;")}`);
      expect(spelling).toBeTruthy();
      await page.goto(`/names/${slug}/`);
      await expect(page).toHaveURL(name.url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name.name);
    });
  }
});

test.describe("answers where readers look", () => {
  test("gpt-image-2 shows its prices from the pricing data, with how well they are verified", async ({ page }) => {
    const row = getPricing().apiTokens.find((r) => r.model === "gpt-image-2")!;
    await page.goto("/names/gpt-image-2/#prices");
    const prices = page.getByRole("region", { name: "Prices and Batch" });
    const table = prices.getByRole("table", { name: /gpt-image-2: OpenAI API token prices/ });
    await expect(table.getByRole("row", { name: /Image output/ })).toContainText(`$${row.imageOutput!.toFixed(2)}`);
    await expect(prices).toContainText(`Partly verified Seen ${row.asOf}.`);
    await expect(prices.getByRole("table", { name: /estimated output cost per image/ })).toContainText("$0.211");
    await expect(prices).toContainText("Batch API");
    await expect(prices).toContainText("A secondary source, not OpenAI");
  });

  test("each model page says what its snapshots are, or that none is listed", async ({ page }) => {
    await page.goto("/names/gpt-image-2/");
    const snapshots = page.getByRole("region", { name: "Snapshots" });
    await expect(snapshots.getByRole("link", { name: "gpt-image-2-2026-04-21" })).toBeVisible();
    await page.goto("/names/gpt-image-2-6-sunburst/");
    await expect(page.getByRole("region", { name: "Snapshots" })).toContainText("no dated snapshot is listed");
    await page.goto("/names/gpt-image-1/");
    await expect(page.getByRole("region", { name: "Snapshots" })).toContainText("No snapshot of gpt-image-1 is listed");
  });

  test("the Batch API page says what is known per model", async ({ page }) => {
    await page.goto("/names/batch-api/");
    const table = page.getByRole("table", { name: "Batch API support by model" });
    await expect(table.getByRole("row", { name: /gpt-image-2\.5-flare/ })).toContainText("Unresolved");
    await expect(table.getByRole("row", { name: /gpt-image-2\.6-sunburst/ })).toContainText(
      "Reported as not supported",
    );
    await expect(table.getByRole("row", { name: /^gpt-image-1\.5/ })).toContainText("Supported");
  });

  test("a model past its shutdown date no longer reads as taking Batch jobs, on the reader's day", async ({ page }) => {
    const support = (model: RegExp) =>
      page
        .getByRole("table", { name: "Batch API support by model" })
        .getByRole("row", { name: model })
        .getByRole("cell")
        .first();
    await page.clock.setFixedTime(new Date("2026-11-30T12:00:00Z"));
    await page.goto("/names/batch-api/");
    await expect(support(/^chatgpt-image-latest/)).toHaveText("Supported", { useInnerText: true });
    await page.clock.setFixedTime(new Date("2026-12-02T12:00:00Z"));
    await page.goto("/names/batch-api/");
    await expect(support(/^chatgpt-image-latest/)).toHaveText("Supported before its scheduled shutdown date", {
      useInnerText: true,
    });
    await expect(support(/^gpt-image-1 /)).toHaveText("Supported until its shutdown", { useInnerText: true });
    await expect(support(/^gpt-image-2 /)).toHaveText("Supported", { useInnerText: true });
    await page.goto("/names/gpt-image-1-mini/#prices");
    await expect(page.getByRole("region", { name: "Prices and Batch" })).toContainText(
      "Supported before its scheduled shutdown date.",
    );
  });

  test("every per-image estimate is shown as recorded, never rounded to a figure no source gave", async ({ page }) => {
    await page.goto("/guides/who-bills-what/");
    const table = page.getByRole("table", { name: /Estimated output cost per image/ });
    const shown = await table
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent ?? "")),
      );
    const recorded = getPricing().perImage.map((r) => [r.square, r.portrait, r.landscape]);
    // "$0.165" must read 0.165, not the $0.17 a two-decimal format made of it.
    expect(shown.map((cells) => cells.map((c) => Number(c.replace("$", ""))))).toEqual(recorded);
    expect(shown.flat()).toContain("$0.165");
  });

  test("an OpenAI page known only from a quote is never shown as read", async ({ page }) => {
    await page.goto("/names/chatgpt-image-latest/");
    const item = page.locator("#source-model-chatgpt-image-latest");
    await expect(item).toContainText("OpenAI page, known only from a quote");
    await expect(item).toContainText("Not read by us: known only from a quote in");
    await expect(item).not.toContainText("OpenAI page, read");
  });

  test("a date only secondary sources give carries the label in the at-a-glance box", async ({ page }) => {
    await page.goto("/names/dall-e-gpt/");
    const box = page.getByRole("region", { name: "At a glance" }).first();
    await expect(box).toContainText("(secondary sources only)");
  });

  test("a date that stands in for the event's own day says what it is, in the box and in the lifecycle", async ({
    page,
  }) => {
    // The image_generation tool's "release" is the day the Python SDK gained it, not a release notice.
    await page.goto("/names/image-generation-tool/");
    const box = page.getByRole("region", { name: "At a glance" }).first();
    await expect(box.locator('dt:text-is("Released") + dd')).toHaveText("May 21, 2025 (partly verified, an SDK date)");
    await expect(page.getByRole("region", { name: "Lifecycle" })).toContainText("Date: partly verified, an SDK date");
  });
});

test.describe("name lookup", () => {
  const cases: Array<[string, string, string]> = [
    ["dalle3", "DALL·E 3", "/names/dall-e-3/"],
    ["gpt image 2", "gpt-image-2", "/names/gpt-image-2/"],
    ["Image Gen 2.0", "ImageGen 2.0", "/names/imagegen-2-0/"],
    ["ChatGPT Images 2", "ChatGPT Images 2.0", "/names/chatgpt-images-2-0/"],
  ];
  for (const [typed, first, url] of cases) {
    test(`typing "${typed}" shows ${first} first, and Enter opens it`, async ({ page }) => {
      await page.goto("/names/");
      await lookup(page).fill(typed);
      const firstLink = results(page).getByRole("link").first();
      await expect(firstLink).toContainText(first);
      await expect(firstLink).toHaveAttribute("href", url);
      await lookup(page).press("Enter");
      await expect(page).toHaveURL(url);
    });
  }

  test("clicking a match opens its page", async ({ page }) => {
    await page.goto("/names/");
    await lookup(page).fill("gpt image 1 mini");
    await results(page).getByRole("link").first().click();
    await expect(page).toHaveURL("/names/gpt-image-1-mini/");
  });

  test("a spelling it cannot place says so and offers the closest names", async ({ page }) => {
    await page.goto("/names/");
    await lookup(page).fill("gpt-image-3");
    await expect(results(page)).toContainText("No name matches");
    await expect(results(page).getByRole("link").first()).toBeVisible();
    await lookup(page).press("Enter");
    await expect(page).toHaveURL(/\/names\/$/);
  });

  test("a reseller ending or another platform's spelling is never placed as the OpenAI name", async ({ page }) => {
    await page.goto("/names/");
    await lookup(page).fill("gpt-image-2.5-flare:official");
    await expect(results(page)).toContainText("Not an OpenAI name");
    await expect(results(page).getByRole("link").first()).toHaveAttribute("href", "/names/gpt-image-2-5-flare/");
    await lookup(page).fill("gpt-image-2-6-sunburst");
    await expect(results(page)).toContainText("OpenAI's id is gpt-image-2.6-sunburst");
    await lookup(page).fill("gpt-image-2.6-sunburst-2026-11-04");
    await expect(results(page)).toContainText("No source records this snapshot");
    await expect(results(page).getByRole("link").first()).toHaveAttribute("href", "/names/gpt-image-2-6-sunburst/");
    await lookup(page).fill("gpt image 1.5 mini");
    await expect(results(page)).toContainText("No name matches");
    await expect(results(page).getByRole("link").first()).toHaveAttribute("href", "/names/gpt-image-1-mini/");
  });

  test("the header search and the lookup give the same first answer for the same text", async ({ page }) => {
    for (const typed of [
      "gpt image two",
      "dalle3",
      "flare",
      "latest",
      "gpt-5 image",
      "gpt-image-2-vip",
      "gpt-image-2-5-flare",
    ]) {
      await page.goto("/names/");
      await lookup(page).fill(typed);
      const lookupFirst = results(page).getByRole("link").first();
      await expect(lookupFirst).toBeVisible();
      const href = await lookupFirst.getAttribute("href");
      // The same text in the header search, opened from the page the reader is on.
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: /Search/ })
        .click();
      const dialog = page.getByRole("dialog", { name: "Search the field guide" });
      await dialog.getByRole("combobox", { name: "Search the site" }).fill(typed);
      // Pagefind and the names index load on first use; allow for a busy machine.
      await expect(dialog.getByRole("option").first(), typed).toHaveAttribute("href", href!, { timeout: 15_000 });
    }
  });

  test("the home page and the 'Names' link reach the lookup", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Look up a name" }).click();
    await expect(page).toHaveURL(/\/names\/#lookup$/);
    await expect(lookup(page)).toBeFocused();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Names" }).click();
    await expect(lookup(page)).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the form lands on the full list", async ({ page }) => {
      await page.goto("/names/");
      await lookup(page).fill("dalle3");
      await lookup(page).press("Enter");
      await expect(page).toHaveURL(/\/names\/\?q=dalle3#all-names$/);
      await expect(page.getByRole("link", { name: "DALL·E 3", exact: true }).first()).toBeVisible();
      await expect(page.getByRole("form", { name: "Filter names" })).toBeHidden();
      await expect(page.locator("li[data-layer]")).toHaveCount(names.length);
    });
  });
});

test.describe("names index", () => {
  test("lists every name once, grouped by layer", async ({ page }) => {
    await page.goto("/names/");
    const cards = page.locator("li[data-layer]");
    await expect(cards).toHaveCount(names.length);
    for (const n of names) await expect(page.locator(`li[data-layer] a[href="${n.url}"]`)).toHaveCount(1);
  });

  test("the filter narrows the list by layer and by status", async ({ page }) => {
    await page.goto("/names/");
    const filter = page.getByRole("form", { name: "Filter names" });
    await filter.getByLabel("Layer").selectOption("snapshot");
    const snapshots = names.filter((n) => n.layer === "snapshot");
    await expect(page.locator("li[data-layer]:visible")).toHaveCount(snapshots.length);
    await expect(filter.getByText(`${snapshots.length} names shown`)).toBeVisible();
    await filter.getByLabel("Layer").selectOption("");
    await filter.getByLabel("Status").selectOption("shut-down");
    const shut = names.filter((n) => n.status.kind === "shut-down");
    await expect(page.locator("li[data-layer]:visible")).toHaveCount(shut.length);
    for (const n of shut) await expect(page.locator(`li[data-layer]:visible a[href="${n.url}"]`)).toBeVisible();
    await expect(page).toHaveURL(/status=shut-down/);
  });

  test("the layer map links every name and has a text alternative", async ({ page }) => {
    await page.goto("/names/");
    const map = page.getByRole("region", { name: /Layer map/ });
    await expect(map.locator("svg a")).toHaveCount(names.length);
    await page.getByText("The layer map as a list").click();
    for (const n of names.slice(0, 5))
      await expect(page.locator("details").getByRole("link", { name: n.name, exact: true }).first()).toBeVisible();
  });
});

test.describe("term tooltip", () => {
  const guide = "/guides/gpt-image-names-explained/";
  const firstTerm = (page: Page) => page.locator("[data-term]").first();

  test("opens on hover and on keyboard focus, and closes on Escape", async ({ page }) => {
    await page.goto(guide);
    const term = firstTerm(page);
    const tip = term.getByRole("tooltip");
    await expect(tip).toBeHidden();
    await term.getByRole("link").hover();
    await expect(tip).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await page.mouse.move(0, 0);
    await term.getByRole("link").focus();
    await expect(tip).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await expect(term.getByRole("link")).toBeFocused();
  });

  test.describe("on a touch screen", () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    test("the first tap opens the definition, a second tap follows the link", async ({ page }) => {
      await page.goto(guide);
      const term = firstTerm(page);
      const link = term.getByRole("link");
      const href = await link.getAttribute("href");
      await link.tap();
      await expect(term.getByRole("tooltip")).toBeVisible();
      await expect(page).toHaveURL(guide);
      await link.tap();
      await expect(page).toHaveURL(href!);
    });
  });
});

test("the timeline lists every dated event, oldest first", async ({ page }) => {
  await page.goto("/timeline/");
  const expected = timelineEvents(names, getSources(), process.env.SITE_AS_OF!);
  const dates = await page
    .locator("main ol > li time[datetime]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThanOrEqual(expected.length);
  expect(dates).toEqual([...dates].sort());
  for (const e of expected.slice(0, 3)) await expect(page.locator(`main li a[href="${e.url}"]`).first()).toBeVisible();
});

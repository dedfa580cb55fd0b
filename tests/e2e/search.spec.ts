/**
 * Site search: the header dialog (opened by "/", Ctrl+K or the Search link) finds name pages and guides
 * with the keyboard alone, puts the right name page first for any spelling, loads nothing until it is
 * opened, and degrades to the /search/ page without JavaScript. Also the 404 page's suggestions.
 * Written against the real content slugs (content/names, content/guides).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search the field guide" });
const field = (page: Page) => dialog(page).getByRole("combobox", { name: "Search the site" });
const firstResult = (page: Page) => dialog(page).getByRole("option").first();

async function openWithSlash(page: Page) {
  await page.goto("/");
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
}

test("/ opens the dialog, and a name page is found with the keyboard alone", async ({ page }) => {
  await openWithSlash(page);
  await page.keyboard.type("gpt image two");
  await expect(firstResult(page)).toHaveAttribute("href", "/names/gpt-image-2/");
  await page.keyboard.press("ArrowDown");
  await expect(firstResult(page)).toHaveAttribute("aria-selected", "true");
  await expect(field(page)).toHaveAttribute("aria-activedescendant", (await firstResult(page).getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/names\/gpt-image-2\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "gpt-image-2" })).toBeVisible();
});

test("Ctrl+K opens the dialog, and a guide is found with the keyboard alone", async ({ page }) => {
  await page.goto("/guides/");
  await page.keyboard.press("Control+k");
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type("who bills what");
  const guide = dialog(page).getByRole("option", { name: /Who bills what/ });
  await expect(guide).toBeVisible();
  await expect(guide).toContainText("Guide");
  // Arrow down until the guide is the active result, then open it.
  const options = await dialog(page).getByRole("option").all();
  const index = await guide.evaluate((el) => [...el.parentElement!.children].indexOf(el));
  expect(index).toBeLessThan(options.length);
  for (let i = 0; i <= index; i++) await page.keyboard.press("ArrowDown");
  await expect(guide).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/guides\/who-bills-what\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Who bills what");
});

test("results show the page type, a name's layer and status, and a highlighted excerpt", async ({ page }) => {
  await openWithSlash(page);
  await page.keyboard.type("sunburst");
  const name = dialog(page)
    .getByRole("option", { name: /gpt-image-2\.6-sunburst/i })
    .first();
  await expect(name).toBeVisible();
  await expect(name).toContainText("Name");
  await expect(name).toContainText("API model");
  await expect(dialog(page).locator("mark").first()).toBeVisible();
  await expect(dialog(page).getByRole("status")).toContainText("result");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the open dialog with results (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWithSlash(page);
    await page.keyboard.type("gpt image");
    await expect(firstResult(page)).toBeVisible();
    await page.keyboard.press("ArrowDown");
    const results = await new AxeBuilder({ page }).include("dialog").analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    ).toEqual([]);
  });
}

test("Escape closes the dialog and focus returns to the Search link", async ({ page }) => {
  await page.goto("/");
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Search/ });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type("dall");
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();
  await expect(page).toHaveURL(/\/$/);
});

test("a page that never searches loads neither the dialog nor the index", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("/");
  await page.goto("/guides/who-bills-what/");
  await page.goto("/names/gpt-image-2/");
  await page.waitForLoadState("networkidle");
  expect(requests.filter((p) => p.startsWith("/pagefind/") || p === "/search/names.json")).toEqual([]);
  await page.keyboard.press("/");
  await field(page).fill("dalle");
  await expect(firstResult(page)).toBeVisible();
  expect(requests.some((p) => p.startsWith("/pagefind/"))).toBe(true);
});

test("when the dialog's code cannot load (offline, a new deploy), / goes to the search page instead", async ({
  page,
}) => {
  await page.goto("/guides/who-bills-what/");
  await page.waitForLoadState("networkidle");
  // Everything the page needs has loaded; from now on no island chunk arrives.
  await page.route("**/islands/**", (r) => r.abort());
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Search");
});

for (const [query, url] of [
  ["imagegen", "/names/imagegen-2-0/"],
  ["dalle 3", "/names/dall-e-3/"],
  ["gpt image two", "/names/gpt-image-2/"],
  ["DALL·E", "/names/dall-e/"],
  ["dalle2", "/names/dall-e-2/"],
  ["ChatGPT Images 2", "/names/chatgpt-images-2-0/"],
  ["chatgpt image latest", "/names/chatgpt-image-latest/"],
  ["gpt-image-1.5", "/names/gpt-image-1-5/"],
  ["gpt image 1 mini", "/names/gpt-image-1-mini/"],
  // the newest models, for readers who do not know their names
  ["newest image model", "/names/gpt-image-2-6/"],
  ["latest", "/names/gpt-image-2-6/"],
  ["latest gpt image model", "/names/gpt-image-2-6/"],
  // a price question leads to prices
  ["gpt-image-2 price", "/names/gpt-image-2/#prices"],
  ["how much does gpt-image-1.5 cost", "/names/gpt-image-1-5/#prices"],
  ["token prices", "/guides/who-bills-what/"],
  // offers, with the reason in place of the definition
  ["gpt-5 image", "/names/image-generation-tool/"],
  ["gpt-image-2-6-sunburst", "/names/gpt-image-2-6-sunburst/"],
  ["gpt-image-2.6-sunburst-2026-11-04", "/names/gpt-image-2-6-sunburst/"],
  ["gpt-image-2.5-flare:official", "/names/gpt-image-2-5-flare/"],
  ["gpt-image-2.6-all", "/names/gpt-image-2-6-all/"],
] as const) {
  test(`"${query}" puts ${url} first`, async ({ page }) => {
    await openWithSlash(page);
    await field(page).fill(query);
    // Pagefind and the names index load on the first keystroke; allow for a busy machine.
    await expect(firstResult(page)).toHaveAttribute("href", url, { timeout: 15_000 });
  });
}

test("an offer says why it comes first instead of passing as the name typed", async ({ page }) => {
  await openWithSlash(page);
  await field(page).fill("gpt-image-2-6-sunburst");
  await expect(firstResult(page)).toContainText("OpenAI's id is gpt-image-2.6-sunburst");
  await field(page).fill("gpt-image-2.7-vip");
  await expect(firstResult(page)).toContainText("Not an OpenAI name");
  await field(page).fill("gpt-image-2.6-sunburst-2026-11-04");
  await expect(firstResult(page)).toContainText("No source records this snapshot");
});

test("snippets carry no heading marks, citation text, claim labels or repeated fragments", async ({ page }) => {
  await openWithSlash(page);
  for (const query of ["transparent background", "Batch discount", "release notes", "Sunburst complexity"]) {
    await field(page).fill(query);
    await expect(firstResult(page)).toBeVisible();
    const excerpts = await dialog(page)
      .getByRole("option")
      .evaluateAll((els) => els.map((e) => e.querySelector("span.line-clamp-2")?.textContent ?? ""));
    for (const text of excerpts) {
      expect(text, `${query}: ${text}`).not.toMatch(
        /\[\d+(?:, (?:secondary|quoted))?\]|Source \d+:|#\s|Secondary source|Link to this section/,
      );
      // No run of six words twice in one snippet (a box indexed twice, a label repeated).
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const runs = words.slice(0, -5).map((_, i) => words.slice(i, i + 6).join(" "));
      expect(new Set(runs).size, `${query}: ${text}`).toBe(runs.length);
    }
  }
});

test("the Search link opens the search dialog, not a new page, and a modified click still opens /search/", async ({
  page,
  context,
}) => {
  await page.goto("/timeline/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /Search/ })
    .click();
  await expect(dialog(page)).toBeVisible();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await page.keyboard.press("Escape");
  const [popup] = await Promise.all([
    context.waitForEvent("page"),
    page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /Search/ })
      .click({ modifiers: ["Control"] }),
  ]);
  await popup.waitForLoadState();
  expect(new URL(popup.url()).pathname).toBe("/search/");
});

test("typing / in a text field types a slash instead of opening search", async ({ page }) => {
  await page.goto("/search/");
  const inline = page.getByRole("combobox", { name: "Search the site" });
  await expect(inline).toBeFocused();
  await page.keyboard.type("a/b");
  await expect(inline).toHaveValue("a/b");
  await expect(dialog(page)).toHaveCount(0);
});

test("/search/ searches inline, and ?q= runs a search", async ({ page }) => {
  await page.goto("/search/?q=dalle3");
  const first = page.getByRole("listbox", { name: "Search results" }).getByRole("option").first();
  await expect(first).toHaveAttribute("href", "/names/dall-e-3/");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Search control is a link to /search/, which explains the names index", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /Search/ })
      .click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole("heading", { level: 2, name: "Finding a name in the index" })).toBeVisible();
    for (const href of ["/names/", "/guides/", "/timeline/"])
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
    await expect(page.getByRole("combobox")).toHaveCount(0);
  });

  test("the 404 page lists good places to go", async ({ page }) => {
    const res = await page.goto("/names/gpt-imgae-2/");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Good places to continue" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "All names" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Closest/ })).toHaveCount(0);
  });
});

test("the 404 page suggests the closest names and guides for the address", async ({ page }) => {
  const res = await page.goto("/names/gpt-imgae-2/");
  expect(res?.status()).toBe(404);
  const closest = page.getByRole("region", { name: /Closest to/ });
  await expect(closest).toBeVisible();
  await expect(closest.getByRole("link").first()).toHaveAttribute("href", "/names/gpt-image-2/");

  await page.goto("/guides/who-bills-waht/");
  await expect(
    page.getByRole("region", { name: /Closest to/ }).getByRole("link", { name: /Who bills what/ }),
  ).toHaveAttribute("href", "/guides/who-bills-what/");

  await page.getByRole("link", { name: "Search the site" }).click();
  await expect(dialog(page)).toBeVisible();
});

/**
 * A Markdown twin reads like its page. Parts a page stacks with CSS (a hint under a picker answer, the API
 * surfaces and note under a parameter, a price's evidence, the date under a cell's mark) came out of the HTML
 * with nothing between them: "repositoryArticle covers", "`size`Image API · Responses toolgpt-image-2 limits",
 * "not used.Sources:". A list in a table cell broke the Markdown table across lines, and a phone-only "swipe
 * it sideways" line reached the twin. So every word of every twin must be one a reader of the page sees, read
 * from the page as Chromium lays it out (closed <details> opened, as a reader can).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { markdownTwinPath, outFileOf } from "../../lib/urls";
import { OUT_DIR, exportedPages, isRedirectPage, readPage } from "../support/exported-pages";
import { markdownWords } from "../support/markdown-words";

const twinPages = exportedPages().filter((p) => markdownTwinPath(p.url) !== undefined && !isRedirectPage(readPage(p)));

test("twin pages are found: every guide and name page", () => {
  expect(twinPages.length).toBeGreaterThan(40);
});

// Twins are made from the exported HTML, before any island runs: read the page the same way.
test.use({ javaScriptEnabled: false });

for (const p of twinPages)
  test(`${p.url}: every word of its Markdown twin is a word the page shows, none run together`, async ({ page }) => {
    const file = path.join(OUT_DIR, outFileOf(markdownTwinPath(p.url)!));
    // The first line names the page and its as-of day; the rest is the page's article.
    const body = readFileSync(file, "utf8").split("\n").slice(1).join("\n");
    await page.goto(p.url);
    const seen = await page
      .locator("article")
      .first()
      .evaluate((article: HTMLElement) => {
        for (const d of article.querySelectorAll("details")) d.open = true;
        const withLabels = article.innerText;
        // The twin keeps a definition's label that only screen readers get ("Reading time") but drops the
        // screen-reader text of a citation, which sits between two visible markers ("[1][2]"): both readings count.
        for (const el of article.querySelectorAll<HTMLElement>(".sr-only")) el.style.display = "none";
        return [withLabels, article.innerText].map((t) => t.toLowerCase().replace(/\s+/g, " "));
      });
    const stray = markdownWords(body).filter((w) => !seen.some((text) => text.includes(w.toLowerCase())));
    expect(stray).toEqual([]);
  });

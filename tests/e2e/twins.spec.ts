/**
 * A Markdown twin reads like its page. Parts a page stacks with CSS (a hint under a picker answer, the API
 * surfaces and note under a parameter, a price's evidence, the date under a cell's mark) came out of the HTML
 * with nothing between them: "repositoryArticle covers", "`size`Image API · Responses toolgpt-image-2 limits",
 * "not used.Sources:". A list in a table cell broke the Markdown table across lines, and a phone-only "swipe
 * it sideways" line reached the twin, and table captions ("estimated output cost per image, USD") were lost.
 * So, read from the page as Chromium lays it out (closed <details> opened, as a reader can): every word of every
 * twin is one the page shows, and every word of the article is in the twin but for what lib/markdown/twin.ts
 * leaves out on purpose (controls, sidebars, tooltips, screen-reader text, anything marked to skip).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { markdownTwinPath, outFileOf } from "../../lib/urls";
import { OUT_DIR, exportedTwinPages } from "../support/exported-pages";
import { bareWords, markdownWords } from "../support/markdown-words";

const twinPages = exportedTwinPages();

test("twin pages are found: every guide and name page", () => {
  expect(twinPages.length).toBeGreaterThan(40);
});

/** What lib/markdown/twin.ts leaves out of a twin, as a CSS selector for the page. */
const LEFT_OUT = [
  "script, style, template, button, form, input, select, svg, noscript",
  "[hidden], [aria-hidden='true'], [role='tooltip'], [data-markdown='skip'], .sr-only, .heading-anchor",
].join(", ");
const words = (text: string) => text.toLowerCase().replace(/\s+/g, " ");

// Twins are made from the exported HTML, before any island runs: read the page the same way.
test.use({ javaScriptEnabled: false });

for (const p of twinPages)
  test(`${p.url}: its Markdown twin has the words the article shows, none run together and none left out`, async ({
    page,
  }) => {
    const file = path.join(OUT_DIR, outFileOf(markdownTwinPath(p.url)!));
    // The first line names the page and its as-of day; the rest is the page's article.
    const body = readFileSync(file, "utf8").split("\n").slice(1).join("\n");
    await page.goto(p.url);
    const { withLabels, shown, kept } = await page
      .locator("article")
      .first()
      .evaluate((article: HTMLElement, leftOut) => {
        for (const d of article.querySelectorAll("details")) d.open = true;
        const hide = (selector: string) => {
          for (const el of article.querySelectorAll<HTMLElement>(selector)) el.style.display = "none";
          return article.innerText;
        };
        // The twin keeps a definition's label that only screen readers get ("Reading time") but drops the
        // screen-reader text of a citation, which sits between two visible markers ("[1][2]"): both readings count.
        return { withLabels: article.innerText, shown: hide(".sr-only"), kept: hide(leftOut) };
      }, LEFT_OUT);
    const twinWords = markdownWords(body);
    const pageText = [words(withLabels), words(shown)];
    expect(
      twinWords.filter((w) => !pageText.some((text) => text.includes(w.toLowerCase()))),
      "words of the twin the page does not show (run together, or not on the page)",
    ).toEqual([]);
    // Word by word, spaces aside: the page runs a mark into its note ("Yes[1]") where the twin sets it off.
    const twinText = twinWords.join("").toLowerCase();
    const missing = bareWords(words(kept)).filter((w) => !twinText.includes(w));
    expect(missing, "words of the page the twin leaves out").toEqual([]);
  });

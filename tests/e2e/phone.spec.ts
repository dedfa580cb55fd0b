/**
 * On a phone every page is laid out at the phone's width. Anything wider, even invisible, makes a mobile
 * browser lay the whole page out wider and zoom out (small text, sideways panning): closed glossary
 * tooltips near the right edge did that to most guides (a 390 px phone laid them out at up to 628 px).
 */
import { expect, test } from "@playwright/test";
import { exportedPages, isRedirectPage, readPage } from "../support/exported-pages";

const pages = exportedPages().filter((p) => !p.url.endsWith(".html") && !isRedirectPage(readPage(p)));

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the pages to check include every guide", () => {
  expect(pages.filter((p) => p.url.startsWith("/guides/")).length).toBeGreaterThan(5);
});

for (const p of pages)
  test(`${p.url} is laid out at the phone's width`, async ({ page }) => {
    await page.goto(p.url);
    expect(await page.evaluate(() => ({ layout: innerWidth, content: document.documentElement.scrollWidth }))).toEqual({
      layout: 390,
      content: 390,
    });
  });

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

// An open tooltip is nudged back on screen by the term island. Nudged with a transform, it still counted at
// its first place for the phone's layout, so tapping a term near the right edge laid the guide out wider
// (545 px on a 390 px phone) for as long as the definition stayed open.
const guides = pages.filter((p) => p.url.startsWith("/guides/") && p.url !== "/guides/");
for (const p of guides)
  test(`${p.url}: every glossary definition opens inside the phone's width`, async ({ page }) => {
    await page.goto(p.url);
    const terms = page.locator("[data-term]");
    const count = await terms.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const term = terms.nth(i);
      await term.getByRole("link").tap();
      const tip = term.getByRole("tooltip");
      await expect(tip).toBeVisible();
      const box = (await tip.boundingBox())!;
      const at = await term.getByRole("link").textContent();
      expect({ at, left: box.x >= 0, right: box.x + box.width <= 390 }).toEqual({ at, left: true, right: true });
      expect(
        await page.evaluate(() => ({ layout: innerWidth, content: document.documentElement.scrollWidth })),
      ).toEqual({ layout: 390, content: 390 });
      await page.keyboard.press("Escape");
      await expect(tip).toBeHidden();
    }
  });

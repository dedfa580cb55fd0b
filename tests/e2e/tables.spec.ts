/**
 * A table never spills out of the text column. A status badge held on one line ("Reported shut down on
 * August 30, 2026 (secondary sources)") made the migration table 150 px wider than its column at desktop
 * width, running under the page's contents list, and a matrix of models ran 280 px past it. Every page with a
 * table is read at phone and desktop width, on the build day and after the shutdowns (the wording changes
 * length): a table either fits its column or scrolls sideways inside it, and tables of names with their
 * status fit without scrolling. A badge that wraps in a narrow column is a rounded box, not a tall capsule: its
 * corners are those of a one-line pill.
 */
import { expect, test, type Page } from "@playwright/test";
import { exportedPages, readPage } from "../support/exported-pages";

const withTables = exportedPages().filter((p) => readPage(p).includes('class="data-table"'));
/** Tables of names with a status badge in every row: narrow enough to fit once a badge may wrap. */
const MUST_FIT = ["Names with a shutdown date, and what replaces them"];

async function problems(page: Page, mustFit: readonly string[]) {
  return page.evaluate(
    (mustFit) =>
      [...document.querySelectorAll<HTMLTableElement>("table.data-table")].flatMap((table) => {
        const box = table.parentElement!;
        const caption = table.caption?.textContent ?? "table";
        const width = table.getBoundingClientRect().width;
        const column = box.getBoundingClientRect().width;
        if (width <= column + 1) return [];
        if (mustFit.includes(caption)) return [`"${caption}" is ${width} px in a ${column} px column`];
        return getComputedStyle(box).overflowX === "auto"
          ? []
          : [`"${caption}" runs ${width - column} px past its column`];
      }),
    mustFit,
  );
}

/** Status and claim badges whose corners are not those of a one-line pill (rounded-full made wrapped ones capsules). */
async function misshapenBadges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-markdown="label"]')].flatMap((badge) => {
      const style = getComputedStyle(badge);
      if (style.display !== "inline-flex") return [];
      const oneLine = parseFloat(style.lineHeight) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      const radius = parseFloat(style.borderTopLeftRadius);
      const { height } = badge.getBoundingClientRect();
      const wraps = height > oneLine + 1;
      return Math.abs(radius - oneLine / 2) <= 0.5
        ? []
        : [`"${badge.textContent}" (${wraps ? "wrapped" : "one line"}, ${height} px high) has ${radius} px corners`];
    }),
  );
}

test("pages with tables are found, the migration table among them", () => {
  expect(withTables.length).toBeGreaterThan(5);
  expect(withTables.some((p) => readPage(p).includes(MUST_FIT[0]!))).toBe(true);
});

for (const p of withTables)
  for (const width of [390, 1280])
    test(`${p.url} at ${width} px: every table stays in its column, before and after the shutdowns`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const day of ["2026-11-29", "2026-12-06"]) {
        await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
        await page.goto(p.url);
        expect(await problems(page, MUST_FIT), day).toEqual([]);
        expect(await misshapenBadges(page), day).toEqual([]);
      }
    });

/**
 * The one list of the site's pages, computed from plain inputs so both the sitemap (from the loaders,
 * lib/seo/indexable-pages.ts) and the content check (from raw content, lib/content/check/site-paths.ts)
 * build it the same way. Pure: no loaders, no fs.
 *
 * lastmod is always a content date (a guide's updated or last-verified date, a name's or route's
 * last-verified date), never the build time; an index page takes the latest date of what it lists.
 * The route picker's and the tools' pages carry no date of their own (the decision data is not dated, the
 * tools' data is dated cell by cell), so they have no lastmod rather than an invented one.
 */
import { guideUrl, nameUrl, PAGES, requestsUrl, routeUrl, stepUrl } from "../urls";

export interface SitePage {
  /** Site path ending in "/". */
  path: string;
  /** YYYY-MM-DD; absent when the page has no content date. */
  lastmod?: string;
}

/** A guide, name or route by its slug or id, with its content date (if the caller knows it). */
export interface DatedEntry {
  slug: string;
  lastmod?: string;
}

export interface SitePagesInput {
  guides: readonly DatedEntry[];
  names: readonly DatedEntry[];
  routes: readonly DatedEntry[];
  /** The answers of each picker step page to list. */
  pickerSteps: ReadonlyArray<readonly string[]>;
  /** Models that have a copy-ready requests page. */
  requestModels: readonly string[];
  /** The API page shows its changelog's dates; it changes when the formats do. */
  apiDates: readonly string[];
}

export const latest = (dates: ReadonlyArray<string | undefined>): string | undefined =>
  dates.reduce<string | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined);

function page(path: string, dates: ReadonlyArray<string | undefined>): SitePage {
  const lastmod = latest(dates);
  return lastmod ? { path, lastmod } : { path };
}

const dated = (entries: readonly DatedEntry[], url: (slug: string) => string): SitePage[] =>
  entries.map((e) => (e.lastmod ? { path: url(e.slug), lastmod: e.lastmod } : { path: url(e.slug) }));

/**
 * Every page the build makes from content, in sitemap order. Not in it (the callers decide): alias pages
 * (they redirect), /search/ and the 404 page (noindex).
 */
export function sitePages(input: SitePagesInput): SitePage[] {
  const guides = dated(input.guides, guideUrl);
  const names = dated(input.names, nameUrl);
  const routes = dated(input.routes, routeUrl);
  const dates = (pages: readonly SitePage[]) => pages.map((p) => p.lastmod);
  return [
    // Guides, names and routes are dated; the home page lists them, so it takes the latest of them.
    page(PAGES.home, dates([...guides, ...names, ...routes])),
    page(PAGES.guides, dates(guides)),
    ...guides,
    page(PAGES.names, dates(names)),
    ...names,
    page(PAGES.timeline, dates(names)),
    ...input.pickerSteps.map((answers) => ({ path: stepUrl(answers) })),
    ...[PAGES.tools, PAGES.scan, PAGES.cost, PAGES.capabilities, PAGES.requests].map((path) => ({ path })),
    ...input.requestModels.map((m) => ({ path: requestsUrl(m) })),
    page(PAGES.routes, dates(routes)),
    ...routes,
    page(PAGES.api, input.apiDates),
  ];
}

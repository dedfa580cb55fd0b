/**
 * Every public, indexable page of the site with its last content change, from the loaders. The sitemap
 * is this list; tests/build/seo.test.ts checks it against the HTML files in out/, so a new page type
 * that is not added here fails the build tests instead of silently missing from search engines.
 *
 * lastmod is always a content date (a guide's updated or last-verified date, a name's or route's
 * last-verified date), never the build time; an index page takes the latest date of what it lists.
 * The route picker's pages carry no date of their own (the decision data is not dated), so they have
 * no lastmod rather than an invented one.
 * The files published beside the pages (JSON API, Markdown twins, feeds, calendars, badges) are listed
 * by lib/outputs/sitemap-files.ts; app/sitemap.ts joins both lists.
 * Not listed: alias pages (they redirect), picker steps that repeat another step (their canonical is
 * the first path to the same question or outcome), the 404 page and /search/ (noindex: a search page
 * has no content of its own).
 */
import { getGuides } from "../content/guides";
import { getNames } from "../content/names";
import { getRoutes } from "../content/routes";
import { getPickerSteps, stepHref } from "../picker/view";
import { requestModels } from "../tools/requests";
import { API_CHANGELOG } from "../api/changelog";
import { API_PAGE } from "../outputs/paths";

export interface SitePage {
  /** Site path ending in "/". */
  path: string;
  /** YYYY-MM-DD; absent when the page has no content date. */
  lastmod?: string;
}

const latest = (dates: readonly string[]): string | undefined =>
  dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);

function page(path: string, dates: readonly string[]): SitePage[] {
  const lastmod = latest(dates);
  return [lastmod ? { path, lastmod } : { path }];
}

/** The picker's first page and every step or outcome page that is its own canonical. */
function pickerPages(): SitePage[] {
  return getPickerSteps()
    .filter((s) => s.canonical.join("/") === s.answers.join("/"))
    .map((s) => ({ path: stepHref(s.answers) }));
}

/**
 * The developer tools. They print no content date of their own (their data is dated cell by cell), so,
 * like the route picker's pages, they carry no lastmod rather than an invented one.
 */
function toolPages(): SitePage[] {
  const known = new Set(getNames().map((n) => n.slug));
  return [
    "/tools/",
    "/tools/scan/",
    "/tools/cost/",
    "/tools/capabilities/",
    "/tools/requests/",
    ...requestModels(known).map((m) => `/tools/requests/${m}/`),
  ].map((path) => ({ path }));
}

export function indexablePages(): SitePage[] {
  const guides = getGuides().map((g) => ({ path: g.url, lastmod: latest([g.updated, g.lastVerified])! }));
  const names = getNames().map((n) => ({ path: n.url, lastmod: n.lastVerified }));
  const routes = getRoutes().map((r) => ({ path: r.url, lastmod: r.lastVerified }));
  const all = [...guides, ...names, ...routes].map((p) => p.lastmod);
  // Guides, names and routes are dated; the home page lists them, so it takes the latest of them.
  const nameDates = names.map((n) => n.lastmod);
  return [
    ...page("/", all),
    ...page(
      "/guides/",
      guides.map((g) => g.lastmod),
    ),
    ...guides,
    ...page("/names/", nameDates),
    ...names,
    ...page("/timeline/", nameDates),
    ...pickerPages(),
    ...toolPages(),
    ...page(
      "/routes/",
      routes.map((r) => r.lastmod),
    ),
    ...routes,
    // The API page shows its changelog's dates; it changes when the formats do.
    ...page(
      API_PAGE,
      API_CHANGELOG.map((c) => c.date),
    ),
  ];
}

/**
 * The files published beside the pages, for the sitemap, each dated by its content like the pages are
 * (lib/seo/site-pages.ts): a name's files by its last-verified date, a collection by the latest of what
 * it holds. The JSON Schemas and the 404 body are documentation of the format, not content: not listed.
 */
import { getGuides } from "../content/guides";
import { getNames } from "../content/names";
import { getPricing } from "../content/data";
import { getRoutes } from "../content/routes";
import type { SitePage } from "../seo/site-pages";
import {
  apiPaths,
  badgePath,
  LLMS_FULL_TXT,
  LLMS_TXT,
  markdownTwinPath,
  nameCalendarPath,
  nameFeedPath,
  SHUTDOWNS_CALENDAR,
} from "../urls";

const latest = (dates: readonly string[]) => [...dates].sort().at(-1)!;

export function publishedFiles(): SitePage[] {
  const names = getNames();
  const guides = getGuides();
  const p = getPricing();
  const nameDates = names.map((n) => n.lastVerified);
  const guideDates = guides.map((g) => (g.updated > g.lastVerified ? g.updated : g.lastVerified));
  const all = latest([...nameDates, ...guideDates]);
  return [
    { path: apiPaths.names, lastmod: latest(nameDates) },
    { path: apiPaths.guides, lastmod: latest(guideDates) },
    { path: apiPaths.routes, lastmod: latest(getRoutes().map((r) => r.lastVerified)) },
    {
      path: apiPaths.prices,
      lastmod: latest(
        [...p.apiTokens, ...p.perImage, ...p.codexCredits, ...p.providers, p.rateLimits].map((r) => r.asOf),
      ),
    },
    { path: LLMS_TXT, lastmod: all },
    { path: LLMS_FULL_TXT, lastmod: all },
    { path: SHUTDOWNS_CALENDAR, lastmod: latest(nameDates) },
    ...guides.map((g, i) => ({ path: markdownTwinPath(g.url)!, lastmod: guideDates[i]! })),
    ...names.flatMap((n) =>
      [
        markdownTwinPath(n.url)!,
        apiPaths.name(n.slug),
        nameFeedPath(n.slug),
        nameCalendarPath(n.slug),
        badgePath(n.slug),
      ].map((path) => ({ path, lastmod: n.lastVerified })),
    ),
  ];
}

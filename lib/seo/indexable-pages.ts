/**
 * Every public, indexable page of the site with its last content change, from the loaders: the sitemap is
 * this list (the list itself is made by lib/seo/site-pages.ts); tests/build/seo.test.ts checks it against the
 * HTML files in out/, so a new page type that is not added there fails the build tests instead of silently
 * missing from search engines. The files published beside the pages are listed by
 * lib/outputs/sitemap-files.ts; app/sitemap.ts joins both lists.
 * Not listed: alias pages (they redirect), picker steps that repeat another step (their canonical is the
 * first path to the same question or outcome), the 404 page and /search/ (noindex).
 */
import { getGuides } from "../content/guides";
import { getNames } from "../content/names";
import { getRoutes } from "../content/routes";
import { getPickerSteps } from "../picker/view";
import { requestModels } from "../tools/requests";
import { API_CHANGELOG } from "../api/changelog";
import { latest, sitePages, type SitePage } from "./site-pages";

export function indexablePages(): SitePage[] {
  const names = getNames();
  return sitePages({
    guides: getGuides().map((g) => ({ slug: g.slug, lastmod: latest([g.updated, g.lastVerified]) })),
    names: names.map((n) => ({ slug: n.slug, lastmod: n.lastVerified })),
    routes: getRoutes().map((r) => ({ slug: r.id, lastmod: r.lastVerified })),
    pickerSteps: getPickerSteps()
      .filter((s) => s.canonical.join("/") === s.answers.join("/"))
      .map((s) => s.answers),
    requestModels: requestModels(new Set(names.map((n) => n.slug))),
    apiDates: API_CHANGELOG.map((c) => c.date),
  });
}

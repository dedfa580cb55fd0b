/**
 * Everything the site publishes beside its HTML pages, by site path, from the loaders: the JSON API
 * with its schemas, a Markdown twin of every guide and name page (made from the exported HTML, so it
 * holds what the page shows), llms.txt, a feed, a calendar and a badge per name, and the shutdowns
 * calendar. scripts/gen-outputs.ts writes them into out/ after the post-export step.
 */
import { apiFiles } from "../api/files";
import { getGuides } from "../content/guides";
import { getNames } from "../content/names";
import { getRoutes } from "../content/routes";
import { getSources } from "../content/sources";
import { llmsFullTxt, llmsTxt } from "../markdown/llms";
import { markdownTwin } from "../markdown/twin";
import { absoluteUrl, site } from "../site";
import { statusBadge } from "../subscribe/badge";
import { nameCalendar, shutdownsCalendar } from "../subscribe/calendar";
import { nameFeed } from "../subscribe/name-feed";
import {
  badgePath,
  LLMS_FULL_TXT,
  LLMS_TXT,
  markdownTwinPath,
  nameCalendarPath,
  nameFeedPath,
  SHUTDOWNS_CALENDAR,
} from "../urls";

/** The site paths of the pages that get a Markdown twin: every guide, then every name. */
export function twinPages(): string[] {
  return [...getGuides().map((g) => g.url), ...getNames().map((n) => n.url)];
}

export async function generateOutputs(
  asOf: string,
  /** The exported HTML of a page, by its site path ("/guides/x/"). */
  pageHtml: (pagePath: string) => string | undefined,
  /** The build passes a cached markdownTwin (scripts/gen-outputs.ts), so unchanged pages are not converted again. */
  twin: typeof markdownTwin = markdownTwin,
): Promise<Map<string, string>> {
  const names = getNames();
  const sources = getSources();
  const out = apiFiles(names, asOf);
  for (const n of names) {
    out.set(nameFeedPath(n.slug), nameFeed(n, asOf));
    out.set(nameCalendarPath(n.slug), nameCalendar(n, sources, asOf));
    out.set(badgePath(n.slug), statusBadge(n, asOf));
  }
  out.set(SHUTDOWNS_CALENDAR, shutdownsCalendar(names, sources, asOf));
  const twins: Array<{ path: string; markdown: string }> = [];
  for (const page of twinPages()) {
    // A partial export (the fault tests publish a few pages) has no page to twin; in a full build every page
    // exists, and tests/build/outputs.test.ts checks that each guide and name page has its twin.
    const html = pageHtml(page);
    if (html === undefined) continue;
    const markdown = await twin({ html, url: absoluteUrl(page), origin: site.origin, asOf });
    const path = markdownTwinPath(page)!;
    twins.push({ path, markdown });
    out.set(path, markdown);
  }
  out.set(LLMS_TXT, llmsTxt({ guides: getGuides(), names, routes: getRoutes(), asOf }));
  out.set(LLMS_FULL_TXT, llmsFullTxt(asOf, twins));
  return out;
}

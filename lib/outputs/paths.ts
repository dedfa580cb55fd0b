/**
 * One owner for the addresses of everything the site publishes beside its HTML pages: the JSON API,
 * Markdown twins, feeds, calendars and badges. Pages, the generator (lib/outputs/generate.ts), the
 * sitemap, the server and the tests all ask here, so a path is written once.
 */
export const API_VERSION = "v1";
export const API_BASE = `/api/${API_VERSION}`;
export const API_PAGE = "/api/";

export const apiPaths = {
  names: `${API_BASE}/names.json`,
  name: (slug: string) => `${API_BASE}/names/${slug}.json`,
  guides: `${API_BASE}/guides.json`,
  routes: `${API_BASE}/routes.json`,
  prices: `${API_BASE}/prices.json`,
  /** The body the server sends with a 404 under the API (also published, so clients can read its shape). */
  notFound: `${API_BASE}/not-found.json`,
  schema: (document: string) => `${API_BASE}/schema/${document}.schema.json`,
} as const;

export const LLMS_TXT = "/llms.txt";
export const LLMS_FULL_TXT = "/llms-full.txt";
export const SHUTDOWNS_CALENDAR = "/calendar/shutdowns.ics";

export const nameFeedPath = (slug: string) => `/names/${slug}/feed.xml`;
export const nameCalendarPath = (slug: string) => `/names/${slug}/calendar.ics`;
export const badgePath = (slug: string) => `/badges/${slug}.svg`;

/** Pages that have a Markdown twin: a guide or a name page (not an alias redirect: the generator decides). */
const TWIN_PAGE = /^\/(guides|names)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** "/guides/x/" → "/guides/x.md"; undefined for pages without a twin. */
export function markdownTwinPath(pagePath: string): string | undefined {
  const m = TWIN_PAGE.exec(pagePath);
  return m ? `/${m[1]}/${m[2]}.md` : undefined;
}

/** The path inside out/ a site path is written to ("/api/v1/names.json" → "api/v1/names.json"). */
export const outFileOf = (sitePath: string) => sitePath.replace(/^\//, "");

/**
 * The one owner of the site's addresses: every page URL, every file published beside the pages (JSON API,
 * Markdown twins, feeds, calendars, badges), the list of site pages, and the section ids each template puts
 * on its pages. Loaders, pages, components, the sitemap, the content check, JSON-LD, the outputs and tests
 * ask here, so a path or an id is written once.
 *
 * Pure on purpose (no fs, no process.env, no loaders): islands may import it.
 */

/*
 * Islands read a few addresses too. They get scalar constants, not the objects below: esbuild drops unused
 * top-level constants but keeps a whole object once one key is read, and every page loads the search island.
 */
export const GUIDES_PATH = "/guides/";
/** The name page's Prices section, linked to by search for queries that ask what a name costs. */
export const NAME_PRICES_ID = "prices";
/** The names index's "Look up a name" form. */
export const NAMES_LOOKUP_ID = "lookup";
/** The search islands' name index (app/search/names.json/route.ts), fetched only when search is opened. */
export const NAMES_INDEX_PATH = "/search/names.json";

/** The site's fixed pages. */
export const PAGES = {
  home: "/",
  guides: GUIDES_PATH,
  names: "/names/",
  timeline: "/timeline/",
  routes: "/routes/",
  picker: "/route-picker/",
  search: "/search/",
  tools: "/tools/",
  scan: "/tools/scan/",
  cost: "/tools/cost/",
  capabilities: "/tools/capabilities/",
  requests: "/tools/requests/",
  api: "/api/",
} as const;

export const guideUrl = (slug: string) => `${PAGES.guides}${slug}/`;
export const nameUrl = (slug: string) => `${PAGES.names}${slug}/`;
export const routeUrl = (id: string) => `${PAGES.routes}${id}/`;
/** Copy-ready requests for one model. */
export const requestsUrl = (model: string) => `${PAGES.requests}${model}/`;

/** The static page of the route-picker step reached by these answers. */
export function stepUrl(answers: readonly string[]): string {
  return answers.length ? `${PAGES.picker}${answers.join("/")}/` : PAGES.picker;
}

/** A site path with a section id: `withId("/names/", "lookup")` → "/names/#lookup". */
export const withId = (path: string, id: string) => `${path}#${id}`;

// Files published beside the pages.

export const API_VERSION = "v1";
export const API_BASE = `/api/${API_VERSION}`;
/** The human documentation of the formats. */
export const API_PAGE = PAGES.api;

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

/** The site's Atom feed (app/feed.xml/route.ts). */
export const FEED_PATH = "/feed.xml";
export const LLMS_TXT = "/llms.txt";
export const LLMS_FULL_TXT = "/llms-full.txt";
export const SHUTDOWNS_CALENDAR = "/calendar/shutdowns.ics";

export const nameFeedPath = (slug: string) => `${nameUrl(slug)}feed.xml`;
export const nameCalendarPath = (slug: string) => `${nameUrl(slug)}calendar.ics`;
export const badgePath = (slug: string) => `/badges/${slug}.svg`;

/** Pages that have a Markdown twin: a guide or a name page (not an alias redirect: the generator decides). */
const TWIN_PAGE = /^\/(guides|names)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** "/guides/x/" → "/guides/x.md"; undefined for pages without a twin. */
export function markdownTwinPath(pagePath: string): string | undefined {
  const m = TWIN_PAGE.exec(pagePath);
  return m ? `/${m[1]}/${m[2]}.md` : undefined;
}

/**
 * A page's social card (1200×630 PNG, no extension): Next's opengraph-image routes export it beside the
 * page, and the build's cards step writes guide cards to the same place (scripts/guide-cards.ts).
 */
export const CARD_FILE = "opengraph-image";
export const cardPath = (pagePath: string) => `${pagePath}${CARD_FILE}`;

/** The path inside out/ a site path is written to ("/api/v1/names.json" → "api/v1/names.json"). */
export const outFileOf = (sitePath: string) => sitePath.replace(/^\//, "");

// Section ids each template puts on its pages, so a link `/names/x/#lifecycle` and the check of that link
// (lib/content/check/site-paths.ts, tests/build/anchors.test.ts) read the same data as the page.

/** Ids the article templates share (app/layout.tsx, components/article/*). */
export const ARTICLE_IDS = {
  main: "main",
  shortAnswer: "short-answer",
  faq: "faq",
  sources: "sources",
  guides: "guides",
} as const;
/** The id of one entry in a page's source list. */
export const sourceId = (source: string) => `source-${source}`;

/** What a guide page has around its MDX body; a body heading that slugs to one of these ids would duplicate it. */
export interface GuideParts {
  sources: readonly string[];
  faq: boolean;
  namesCovered: boolean;
  nextSteps: boolean;
  related: boolean;
}

export const GUIDE_IDS = { namesCovered: "names-covered", nextSteps: "next-steps", related: "related-guides" } as const;

export function guidePageIds(p: GuideParts): string[] {
  return [
    ARTICLE_IDS.main,
    ARTICLE_IDS.shortAnswer,
    ARTICLE_IDS.sources,
    ...p.sources.map(sourceId),
    ...(p.faq ? [ARTICLE_IDS.faq] : []),
    ...(p.namesCovered ? [GUIDE_IDS.namesCovered] : []),
    ...(p.nextSteps ? [GUIDE_IDS.nextSteps] : []),
    ...(p.related ? [GUIDE_IDS.related] : []),
  ];
}

/** The titled sections of a name page (app/names/[slug]/_components/name-article.tsx), in page order. */
export const NAME_SECTIONS = {
  whereYouSeeIt: { id: "where-you-see-it", title: "Where you see it" },
  whatItMeans: { id: "what-it-means", title: "What it means" },
  prices: { id: NAME_PRICES_ID, title: "Prices and Batch" },
  snapshots: { id: "snapshots", title: "Snapshots" },
  useItWhen: { id: "use-it-when", title: "Use it when" },
  batchSupport: { id: "batch-support", title: "Batch support by model" },
  notToBeConfusedWith: { id: "not-to-be-confused-with", title: "Not to be confused with" },
  relations: { id: "relations", title: "How it relates to other names" },
  lifecycle: { id: "lifecycle", title: "Lifecycle" },
  forDevelopers: { id: "for-developers", title: "For developers" },
} as const;

/** The other ids of a name page: the two copies of the at-a-glance box, the subscribe and badge blocks. */
export const NAME_IDS = {
  atAGlance: "at-a-glance",
  atAGlanceSide: "at-a-glance-side",
  subscribe: "subscribe",
  statusBadge: "status-badge",
} as const;

/** The sections a name page shows only when its entry has something to put in them. */
export interface NameParts {
  prices: boolean;
  snapshots: boolean;
  batchSupport: boolean;
  notToBeConfusedWith: boolean;
  forDevelopers: boolean;
  faq: boolean;
  guides: boolean;
  sources: readonly string[];
}

export function namePageIds(p: NameParts): string[] {
  const s = NAME_SECTIONS;
  return [
    ARTICLE_IDS.main,
    ARTICLE_IDS.shortAnswer,
    NAME_IDS.atAGlance,
    NAME_IDS.atAGlanceSide,
    s.whereYouSeeIt.id,
    s.whatItMeans.id,
    ...(p.prices ? [s.prices.id] : []),
    ...(p.snapshots ? [s.snapshots.id] : []),
    s.useItWhen.id,
    ...(p.batchSupport ? [s.batchSupport.id] : []),
    ...(p.notToBeConfusedWith ? [s.notToBeConfusedWith.id] : []),
    s.relations.id,
    s.lifecycle.id,
    ...(p.forDevelopers ? [s.forDevelopers.id] : []),
    NAME_IDS.subscribe,
    NAME_IDS.statusBadge,
    ...(p.faq ? [ARTICLE_IDS.faq] : []),
    ...(p.guides ? [ARTICLE_IDS.guides] : []),
    ARTICLE_IDS.sources,
    ...p.sources.map(sourceId),
  ];
}

/** The titled sections of a route profile (app/routes/[route]/page.tsx), in page order; they form its contents. */
export const ROUTE_SECTIONS = [
  { id: "who-it-is-for", text: "Who it is for" },
  { id: "use-it-when", text: "Use it when" },
  { id: "stop-when", text: "Stop when" },
  { id: "limits-and-bill", text: "Who owns the limits and the bill" },
  { id: "scorecard", text: "Editorial scorecard" },
  { id: "route-test", text: "The route test" },
  { id: "what-to-log", text: "What to log" },
  { id: "names", text: "Names on this route" },
] as const;
export type RouteSectionId = (typeof ROUTE_SECTIONS)[number]["id"];

export const ROUTE_IDS = { otherRoutes: "other-routes" } as const;

/**
 * Ids a link may target on a route profile. "names" is left out: the page drops that section when every
 * name on the route has shut down, which depends on the build date, so links to it go unchecked.
 */
export function routePageIds(p: { guides: boolean; sources: readonly string[] }): string[] {
  return [
    ARTICLE_IDS.main,
    ...ROUTE_SECTIONS.flatMap((s) => (s.id === "names" ? [] : [s.id])),
    ...(p.guides ? [ARTICLE_IDS.guides] : []),
    ARTICLE_IDS.sources,
    ...p.sources.map(sourceId),
    ROUTE_IDS.otherRoutes,
  ];
}

/** Ids on the names index (app/names/*) that other pages, the lookup form and its island link to. */
export const NAMES_INDEX_IDS = { lookup: NAMES_LOOKUP_ID, allNames: "all-names", layerMap: "layer-map" } as const;

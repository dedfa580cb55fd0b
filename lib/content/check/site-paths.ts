import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { slugify } from "../../names/slug";
import { toGraph } from "../../picker/graph";
import { enumerateSteps } from "../../picker/paths";
import { stepHref } from "../../picker/view";
import { requestModels } from "../../tools/requests";
import { isScannable } from "../../tools/scan-data";
import type { GuideTree } from "./mdx-tree";
import type { ContentSnapshot } from "./snapshot";

/**
 * Ids the guide page itself puts around the MDX body (app/guides/[slug]/page.tsx and components/article/*),
 * so `/guides/x/#faq` resolves. A body heading that slugs to one of these would duplicate it.
 */
export function guidePageIds(g: ContentSnapshot["guides"][number]): string[] {
  const fm = g.frontmatter;
  return [
    "main",
    "short-answer",
    "sources",
    ...fm.sources.map((s) => `source-${s}`),
    ...(fm.faq.length ? ["faq"] : []),
    ...(fm.names.length ? ["names-covered"] : []),
    ...(fm.nextSteps.length ? ["next-steps"] : []),
    ...(fm.related.length ? ["related-guides"] : []),
  ];
}

/**
 * Ids on a name page (app/names/[slug]/_components/name-article.tsx): its fixed sections, and those that
 * appear only when the entry has something to put in them. tests/build checks this list against the export.
 */
export function namePageIds(
  n: ContentSnapshot["names"][number]["data"],
  guides: ContentSnapshot["guides"],
  pricedModels: ReadonlySet<string> = new Set(),
): string[] {
  const mentioned = guides.some((g) => !g.frontmatter.draft && g.frontmatter.names.includes(n.slug));
  return [
    "main",
    "short-answer",
    "at-a-glance",
    "at-a-glance-side",
    "where-you-see-it",
    "what-it-means",
    ...(pricedModels.has(n.slug) ? ["prices"] : []),
    ...(!n.notOpenAI && (n.layer === "api-model" || n.layer === "api-alias") ? ["snapshots"] : []),
    "use-it-when",
    ...(n.panels.includes("batch-support") ? ["batch-support"] : []),
    ...(n.notToBeConfusedWith.length ? ["not-to-be-confused-with"] : []),
    "relations",
    "lifecycle",
    ...(isScannable(n) ? ["for-developers"] : []),
    "subscribe",
    "status-badge",
    ...(n.faq.length ? ["faq"] : []),
    ...(mentioned ? ["guides"] : []),
    "sources",
    ...n.sources.map((s) => `source-${s}`),
  ];
}

/**
 * Ids on a route profile (app/routes/[route]/page.tsx). "names" is left out: the page drops that section
 * when every name on the route has shut down, which depends on the build date, so links to it go unchecked.
 */
export function routePageIds(
  r: ContentSnapshot["routes"][number]["data"],
  guides: ContentSnapshot["guides"],
): string[] {
  const reading = r.guides.some((slug) => guides.some((g) => g.slug === slug && !g.frontmatter.draft));
  return [
    "main",
    "who-it-is-for",
    "use-it-when",
    "stop-when",
    "limits-and-bill",
    "scorecard",
    "route-test",
    "what-to-log",
    ...(reading ? ["guides"] : []),
    "sources",
    ...r.sources.map((s) => `source-${s}`),
    "other-routes",
  ];
}

/** Pages every build has, whether or not their app/ folder exists yet. */
const FIXED_PAGES = ["/", "/guides/", "/names/", "/timeline/", "/route-picker/", "/search/"];

/** Static pages and route handlers found in app/ (folders without [params]; route groups dropped). */
function appPages(dir = path.join(process.cwd(), "app"), prefix = "/"): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /^page\.(tsx|ts|mdx)$/.test(entry.name)) out.push(prefix);
    // app/feed.xml/route.ts serves /feed.xml (a file, so no trailing slash).
    if (entry.isFile() && /^route\.tsx?$/.test(entry.name) && prefix !== "/") out.push(prefix.replace(/\/$/, ""));
    if (!entry.isDirectory() || entry.name.startsWith("[") || entry.name.startsWith("_")) continue;
    const group = /^\(.*\)$/.test(entry.name);
    out.push(...appPages(path.join(dir, entry.name), group ? prefix : `${prefix}${entry.name}/`));
  }
  return out;
}

export interface SiteMap {
  pages: Set<string>;
  /** Guide slugs marked draft: they exist in content but not on the built site. */
  drafts: Set<string>;
  /** Ids a link may target on a guide, name or route page, by path. Other pages' anchors are not checked. */
  anchors: Map<string, Set<string>>;
}

/** The site's paths as the build will produce them, computed from content (no build needed). */
export function siteMap(s: ContentSnapshot, trees: readonly GuideTree[]): SiteMap {
  const pages = new Set([...FIXED_PAGES, ...appPages()]);
  const drafts = new Set<string>();
  for (const g of s.guides) {
    if (g.frontmatter.draft) drafts.add(g.slug);
    else pages.add(`/guides/${g.slug}/`);
  }
  for (const slug of s.declared.names) pages.add(`/names/${slug}/`);
  for (const slug of s.declared.guides) if (!s.guides.some((g) => g.slug === slug)) pages.add(`/guides/${slug}/`);
  for (const id of s.declared.routes) pages.add(`/routes/${id}/`);
  for (const m of requestModels(s.declared.names)) pages.add(`/tools/requests/${m}/`);
  for (const n of s.names) {
    // Alias pages redirect to the name, so a link to one resolves.
    for (const alias of n.data.aliases) if (slugify(alias)) pages.add(`/names/${slugify(alias)}/`);
  }
  for (const p of s.picker) for (const step of enumerateSteps(toGraph(p.data))) pages.add(stepHref(step.answers));
  const anchors = new Map<string, Set<string>>();
  // A guide whose MDX does not compile has unknown ids: its anchors go unchecked until it compiles.
  for (const t of trees)
    if (t.root) anchors.set(`/guides/${t.guide.slug}/`, new Set([...t.ids, ...guidePageIds(t.guide)]));
  const priced = new Set(
    s.pricing.flatMap((p) => [
      ...p.data.apiTokens.map((r) => r.model),
      ...p.data.perImage.map((r) => r.model),
      ...p.data.batch.map((r) => r.model),
    ]),
  );
  for (const n of s.names) anchors.set(`/names/${n.data.slug}/`, new Set(namePageIds(n.data, s.guides, priced)));
  for (const r of s.routes) anchors.set(`/routes/${r.data.id}/`, new Set(routePageIds(r.data, s.guides)));
  return { pages, drafts, anchors };
}

import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { slugify } from "../../names/slug";
import { toGraph } from "../../picker/graph";
import { enumerateSteps } from "../../picker/paths";
import { nameParts } from "../../names/page-parts";
import { sitePages } from "../../seo/site-pages";
import { requestModels } from "../../tools/requests";
import {
  guidePageIds as guideIds,
  guideUrl,
  namePageIds as nameIds,
  nameUrl,
  PAGES,
  routePageIds as routeIds,
  routeUrl,
} from "../../urls";
import type { GuideTree } from "./mdx-tree";
import type { ContentSnapshot } from "./snapshot";

/** Ids the guide page itself puts around the MDX body, so `/guides/x/#faq` resolves (lib/urls.ts owns them). */
export function guidePageIds(g: ContentSnapshot["guides"][number]): string[] {
  const fm = g.frontmatter;
  return guideIds({
    sources: fm.sources,
    faq: fm.faq.length > 0,
    namesCovered: fm.names.length > 0,
    nextSteps: fm.nextSteps.length > 0,
    related: fm.related.length > 0,
  });
}

/** Ids on a name page, from the same parts the page renders (lib/names/page-parts.ts). */
export function namePageIds(
  n: ContentSnapshot["names"][number]["data"],
  guides: ContentSnapshot["guides"],
  pricedModels: ReadonlySet<string> = new Set(),
): string[] {
  const mentioned = guides.some((g) => !g.frontmatter.draft && g.frontmatter.names.includes(n.slug));
  return nameIds(nameParts(n, { prices: pricedModels.has(n.slug), guides: mentioned }));
}

/** Ids on a route profile (lib/urls.ts leaves out the section that depends on the build date). */
export function routePageIds(
  r: ContentSnapshot["routes"][number]["data"],
  guides: ContentSnapshot["guides"],
): string[] {
  const reading = r.guides.some((slug) => guides.some((g) => g.slug === slug && !g.frontmatter.draft));
  return routeIds({ guides: reading, sources: r.sources });
}

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
  const drafts = new Set(s.guides.filter((g) => g.frontmatter.draft).map((g) => g.slug));
  // Declared guides include those whose file does not validate: a link to one is not also reported as broken.
  const guides = [...new Set([...s.guides.map((g) => g.slug), ...s.declared.guides])].filter((g) => !drafts.has(g));
  const listed = sitePages({
    guides: guides.map((slug) => ({ slug })),
    names: [...s.declared.names].map((slug) => ({ slug })),
    routes: [...s.declared.routes].map((slug) => ({ slug })),
    // Every step, not only the canonical ones: a link to a step that repeats another still resolves.
    pickerSteps: s.picker.flatMap((p) => enumerateSteps(toGraph(p.data)).map((step) => step.answers)),
    requestModels: requestModels(new Set(s.declared.names)),
    apiDates: [],
  });
  const pages = new Set([...listed.map((p) => p.path), PAGES.search, ...appPages()]);
  // Alias pages redirect to the name, so a link to one resolves.
  for (const n of s.names) for (const alias of n.data.aliases) if (slugify(alias)) pages.add(nameUrl(slugify(alias)));
  const anchors = new Map<string, Set<string>>();
  // A guide whose MDX does not compile has unknown ids: its anchors go unchecked until it compiles.
  for (const t of trees) if (t.root) anchors.set(guideUrl(t.guide.slug), new Set([...t.ids, ...guidePageIds(t.guide)]));
  const priced = new Set(
    s.pricing.flatMap((p) => [
      ...p.data.apiTokens.map((r) => r.model),
      ...p.data.perImage.map((r) => r.model),
      ...p.data.batch.map((r) => r.model),
    ]),
  );
  for (const n of s.names) anchors.set(nameUrl(n.data.slug), new Set(namePageIds(n.data, s.guides, priced)));
  for (const r of s.routes) anchors.set(routeUrl(r.data.id), new Set(routePageIds(r.data, s.guides)));
  return { pages, drafts, anchors };
}

/**
 * The five page templates the performance bar is measured on, and one example page of each in an export.
 * Picks the first page in URL order, so repeated runs on the same export measure the same pages.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PAGES, guideUrl, nameUrl } from "../../../lib/urls";

export const TEMPLATES = ["home", "guide", "name page", "names index", "route picker"] as const;
export type Template = (typeof TEMPLATES)[number];

/** A real page, not an alias that only forwards with <meta http-equiv="refresh">. */
function isContentPage(file: string): boolean {
  return existsSync(file) && !/<meta[^>]+http-equiv="refresh"/i.test(readFileSync(file, "utf8"));
}

function firstChild(
  outDir: string,
  section: string,
  url: (slug: string) => string,
  prefer?: (slug: string) => boolean,
): string | undefined {
  const dir = path.join(outDir, section);
  if (!existsSync(dir)) return undefined;
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && isContentPage(path.join(dir, d.name, "index.html")))
    .map((d) => d.name)
    .sort();
  const slug = (prefer && slugs.find(prefer)) ?? slugs[0];
  return slug ? url(slug) : undefined;
}

/** URL path of an example page per template; undefined where the export has none yet. */
export function templatePages(
  outDir: string,
  options: { guide?: (slug: string) => boolean } = {},
): Record<Template, string | undefined> {
  const page = (p: string) => (existsSync(path.join(outDir, p, "index.html")) ? p : undefined);
  return {
    home: page(PAGES.home),
    guide: firstChild(outDir, PAGES.guides, guideUrl, options.guide),
    "name page": firstChild(outDir, PAGES.names, nameUrl),
    "names index": page(PAGES.names),
    "route picker": page(PAGES.picker),
  };
}

/**
 * The last step before a build is published: the staged site must be complete. Cheap checks on the
 * files only (a few hundred ms): no framework runtime left in any page, every script, stylesheet and social
 * card a page names is in the export (guide cards come from the build's own cards step), the search index,
 * `_headers`, the 404 page and the build stamp exist.
 * The thorough before/after comparisons stay in tests/build; this guards against publishing a half
 * build whatever went wrong.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { STAMP_FILE } from "./build-stamp";
import { hasEmptyIslandData } from "./island-data-after-export";
import { filesUnder, pathUnder } from "../files-under";

const REQUIRED = ["index.html", "404.html", "_headers", STAMP_FILE, "pagefind/pagefind.js", "sitemap.xml"];

/** Every `src`/`href` of scripts and stylesheets in one page. */
export function assetRefs(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link\b[^>]*?\brel="stylesheet"[^>]*?\bhref="([^"]+)"/g)].map((m) => m[1]!);
  return { scripts, styles };
}

/** The social cards a page names (og:image; absolute URLs on the site's origin). */
export function cardRefs(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*?\bproperty="og:image"[^>]*?\bcontent="([^"]+)"/g)].map((m) => m[1]!);
}

/** Problems that make `dir` unfit to publish, one line each; empty when it is complete. */
export function selfCheck(dir: string): string[] {
  const problems: string[] = [];
  for (const f of REQUIRED) if (!existsSync(path.join(dir, f))) problems.push(`${f} is missing`);
  let pages = 0;
  for (const file of filesUnder(dir)) {
    const rel = pathUnder(dir, file);
    const base = path.posix.basename(rel);
    if (/^(index|__next\..*)\.txt$/.test(base)) problems.push(`${rel}: framework payload file left in the export`);
    if (rel.startsWith("_next/") && /\.js$/.test(rel))
      problems.push(`${rel}: framework runtime file left in the export`);
    if (!rel.endsWith(".html")) continue;
    pages++;
    const html = readFileSync(path.join(dir, rel), "utf8");
    if (html.includes("self.__next_f") || /<link\b[^>]*\bas="script"/.test(html))
      problems.push(`${rel}: the framework runtime is still in the page`);
    if (hasEmptyIslandData(html)) problems.push(`${rel}: island data left for after the export is not filled in`);
    const { scripts, styles } = assetRefs(html);
    for (const src of scripts) {
      if (!src.startsWith("/islands/")) problems.push(`${rel}: script ${src} is not an island`);
      else if (!existsSync(path.join(dir, src))) problems.push(`${rel}: island ${src} is not in the export`);
    }
    for (const href of styles)
      if (href.startsWith("/") && !existsSync(path.join(dir, href.split("?")[0]!)))
        problems.push(`${rel}: stylesheet ${href} is not in the export`);
    for (const card of cardRefs(html))
      // Cards are named by absolute URL on the site's origin; only the path says where the file is.
      if (!existsSync(path.join(dir, new URL(card, "https://site.invalid").pathname)))
        problems.push(`${rel}: social card ${card} is not in the export`);
  }
  if (pages === 0) problems.push("the export has no pages");
  return problems;
}

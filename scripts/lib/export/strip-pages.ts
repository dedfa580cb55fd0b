/**
 * Stripping exported pages, shared by the post-export step (scripts/postexport.ts) and its worker threads
 * (strip-worker.ts). A page's stripped HTML is its exported HTML without the runtime tags, so each result
 * is kept in a cache folder under the hash of the page's path, the strip code and the page with those tags
 * cut by a fast regex pass (runtime-free.ts). The runtime tags are the part of Next's raw HTML that changes
 * between a cold and a warm .next/ for an unchanged page; keyed by the rest, a one-guide rebuild parses one
 * page. A result is cached only when the regex pass and the parse5 strip agree byte for byte on it, so a
 * page the regex would read differently is always parsed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withoutRuntime } from "./runtime-free";
import { stripRuntime, type StripResult } from "./strip";

export interface StripStats {
  parsed: number;
  cached: number;
}

/** stripRuntime, answered from `cacheDir` when this page's HTML was stripped before (no cache without a folder). */
export function pageStripper(cacheDir: string | undefined): {
  strip: (html: string, rel: string) => StripResult;
  stats: StripStats;
} {
  const stats = { parsed: 0, cached: 0 };
  if (!cacheDir) return { strip: (html, rel) => (stats.parsed++, stripRuntime(html, rel)), stats };
  const code = createHash("sha256");
  // The strip code and the lockfile (parse5's version) decide the result besides the page.
  for (const f of ["scripts/lib/export/strip.ts", "scripts/lib/export/runtime-free.ts", "package-lock.json"])
    code.update(readFileSync(f)).update("\0");
  const version = code.digest("hex");
  mkdirSync(cacheDir, { recursive: true });
  const strip = (html: string, rel: string): StripResult => {
    const fast = withoutRuntime(html);
    const key = createHash("sha256").update(`${version}\0${rel}\0`).update(fast.html).digest("hex");
    const file = path.join(cacheDir, `${key}.json`);
    if (existsSync(file)) {
      stats.cached++;
      // The page is the cached one but for its runtime tags; their count is this page's own.
      return { ...(JSON.parse(readFileSync(file, "utf8")) as StripResult), removed: fast.removed };
    }
    stats.parsed++;
    const result = stripRuntime(html, rel);
    if (result.html !== fast.html) return result;
    // Written beside and renamed: two workers never share a page, but a build cut off must not leave half a file.
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(result));
    renameSync(`${file}.${process.pid}.tmp`, file);
    return result;
  };
  return { strip, stats };
}

export interface PageOutcome {
  rel: string;
  removed: number;
  islandSrcs: string[];
}

/** Strips one exported page in place and keeps its original under `originalsDir`. */
export function stripPage(
  outDir: string,
  originalsDir: string,
  rel: string,
  strip: (html: string, rel: string) => StripResult,
): PageOutcome {
  const file = path.join(outDir, rel);
  const html = readFileSync(file, "utf8");
  const result = strip(html, rel);
  mkdirSync(path.dirname(path.join(originalsDir, rel)), { recursive: true });
  writeFileSync(path.join(originalsDir, rel), html);
  writeFileSync(file, result.html);
  return { rel, removed: result.removed, islandSrcs: result.islandSrcs };
}

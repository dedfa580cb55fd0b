/**
 * The build compiles each guide's MDX once per content hash: scripts/build.ts sums what every Next worker
 * recorded into .cache/mdx-stats.json. After any build, every guide body must be in the on-disk cache, so
 * a rebuild with no content change compiles nothing; this asks compileMdx for each body, as the next build
 * would, and expects a cache hit every time. (`npm run bench` shows the same on real warm builds.)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGuidesWithIssues } from "@/lib/content/guides";
import { compileMdx, mdxCacheKey } from "@/lib/content/mdx";
import type { MdxStats } from "@/lib/content/mdx-stats";
import { exportedPages } from "../support/exported-pages";

const STATS = path.resolve(".cache", "mdx-stats.json");
const stats = JSON.parse(readFileSync(STATS, "utf8")) as MdxStats & { cacheDir: string; contentDir: string };

describe("MDX compile cache after the build", () => {
  const saved = { content: process.env.CONTENT_DIR, cache: process.env.MDX_CACHE_DIR };
  beforeAll(() => {
    // Read the guides the build read, from the cache it wrote, whatever this shell's settings are.
    process.env.CONTENT_DIR = stats.contentDir;
    process.env.MDX_CACHE_DIR = stats.cacheDir;
  });
  afterAll(() => {
    for (const [k, v] of [
      ["CONTENT_DIR", saved.content],
      ["MDX_CACHE_DIR", saved.cache],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("recorded one compiled body per exported guide at most, and a cache entry for every body", () => {
    const guidePages = exportedPages().filter((p) => /^\/guides\/[^/]+\/$/.test(p.url));
    expect(stats.keys.length).toBe(guidePages.length);
    expect(stats.compiled.length).toBeLessThanOrEqual(stats.keys.length);
    expect(stats.compiled.every((k) => stats.keys.includes(k))).toBe(true);
    expect(stats.keys.filter((k) => !existsSync(path.join(stats.cacheDir, `${k}.json`)))).toEqual([]);
  });

  it("compiled every body it compiled from the tree the content check kept, not from a second parse", () => {
    // lib/content/mdx-trees.ts: the checks step runs before Next and keeps every guide's tree.
    expect(stats.treesReused).toEqual(stats.compiled);
  });

  it("answers every published guide body from the cache, so an unchanged rebuild compiles nothing", async () => {
    const guides = loadGuidesWithIssues().guides.filter((g) => !g.frontmatter.draft);
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.map((g) => mdxCacheKey(g.body)).sort()).toEqual([...stats.keys].sort());
    const results = await Promise.all(
      guides.map(async (g) => ({ slug: g.slug, cached: (await compileMdx(g.body)).cached })),
    );
    expect(results.filter((r) => !r.cached).map((r) => r.slug)).toEqual([]);
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileMdx, mdxCacheKey } from "@/lib/content/mdx";
import { sumMdxStats, type MdxStats } from "@/lib/content/mdx-stats";

const BODY_A = "## First\n\nSome text with a [link](/names/).\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";
const BODY_B = "## Second\n\nOther text.\n";

describe("compileMdx: the on-disk cache keyed by content hash", () => {
  let dir: string;
  const saved = { cache: process.env.MDX_CACHE_DIR, stats: process.env.MDX_STATS_DIR };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "mdx-cache-"));
    process.env.MDX_CACHE_DIR = path.join(dir, "mdx");
    process.env.MDX_STATS_DIR = path.join(dir, "stats");
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const [k, v] of [
      ["MDX_CACHE_DIR", saved.cache],
      ["MDX_STATS_DIR", saved.stats],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("compiles on the first call and answers the second from the cache with the same result", async () => {
    const first = await compileMdx(BODY_A);
    const second = await compileMdx(BODY_A);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.code).toBe(first.code);
    expect(second.headings).toEqual([{ depth: 2, text: "First", id: "first" }]);
    expect(readdirSync(path.join(dir, "mdx"))).toEqual([`${mdxCacheKey(BODY_A)}.json`]);
  });

  it("recompiles only the body that changed", async () => {
    const changed = `${BODY_A}\nOne more sentence.\n`;
    expect((await compileMdx(changed)).cached).toBe(false);
    expect((await compileMdx(BODY_B)).cached).toBe(false);
    expect((await compileMdx(BODY_A)).cached).toBe(true);
    expect((await compileMdx(changed)).cached).toBe(true);
    expect(readdirSync(path.join(dir, "mdx")).sort()).toEqual(
      [mdxCacheKey(BODY_A), mdxCacheKey(changed), mdxCacheKey(BODY_B)].map((k) => `${k}.json`).sort(),
    );
  });

  it("records hits and misses per process for the build's summary", () => {
    const stats = sumMdxStats(path.join(dir, "stats"));
    expect(stats.misses).toBe(3);
    expect(stats.hits).toBe(3);
    expect(stats.compiled).toHaveLength(3);
    expect(stats.keys).toHaveLength(3);
  });
});

describe("sumMdxStats", () => {
  it("adds up the files that several worker processes wrote", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mdx-stats-"));
    try {
      const worker = (s: MdxStats, pid: number) => writeFileSync(path.join(dir, `${pid}.json`), JSON.stringify(s));
      worker({ hits: 2, misses: 1, treesReused: ["k1"], compiled: ["k1"], keys: ["k1", "k2"] }, 101);
      worker({ hits: 1, misses: 1, treesReused: ["k1"], compiled: ["k3", "k1"], keys: ["k2", "k3", "k1"] }, 102);
      expect(sumMdxStats(dir)).toEqual({
        hits: 3,
        misses: 2,
        treesReused: ["k1"],
        compiled: ["k1", "k3"],
        keys: ["k1", "k2", "k3"],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is all zeros when no worker compiled anything", () => {
    expect(sumMdxStats(path.join(tmpdir(), "no-such-mdx-stats-dir"))).toEqual({
      hits: 0,
      misses: 0,
      treesReused: [],
      compiled: [],
      keys: [],
    });
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Counts of MDX compilations in one build. Next renders pages in worker processes, so each process
 * writes its own file (<dir>/<pid>.json) and the build sums them afterwards into .cache/mdx-stats.json.
 * Recording is on only when MDX_STATS_DIR is set (scripts/build.ts sets it); dev and tests write nothing.
 */
export interface MdxStats {
  /** compileMdx calls answered from the on-disk cache. */
  hits: number;
  /** compileMdx calls that ran the compiler. */
  misses: number;
  /** Of the keys compiled, those whose compile started from the content check's parse (mdx-trees.ts), sorted. */
  treesReused: string[];
  /** Cache keys (content hashes) that were compiled, sorted. */
  compiled: string[];
  /** Every cache key the build asked for, sorted. */
  keys: string[];
}

const own = {
  hits: 0,
  misses: 0,
  treesReused: new Set<string>(),
  compiled: new Set<string>(),
  keys: new Set<string>(),
};

export function recordCompile(key: string, cached: boolean, treeReused = false): void {
  const dir = process.env.MDX_STATS_DIR;
  if (!dir) return;
  if (cached) own.hits++;
  else {
    own.misses++;
    own.compiled.add(key);
    if (treeReused) own.treesReused.add(key);
  }
  own.keys.add(key);
  mkdirSync(dir, { recursive: true });
  // Rewritten on every call: a worker can exit at any time, and the file is tiny.
  const stats: MdxStats = {
    hits: own.hits,
    misses: own.misses,
    treesReused: [...own.treesReused],
    compiled: [...own.compiled],
    keys: [...own.keys],
  };
  writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify(stats));
}

const statsFileSchema = z.object({
  hits: z.number(),
  misses: z.number(),
  treesReused: z.array(z.string()),
  compiled: z.array(z.string()),
  keys: z.array(z.string()),
}) satisfies z.ZodType<MdxStats>;

/** Sums the per-process files of one build. */
export function sumMdxStats(dir: string): MdxStats {
  const total = {
    hits: 0,
    misses: 0,
    treesReused: new Set<string>(),
    compiled: new Set<string>(),
    keys: new Set<string>(),
  };
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      const s = statsFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8")));
      total.hits += s.hits;
      total.misses += s.misses;
      for (const k of s.treesReused) total.treesReused.add(k);
      for (const k of s.compiled) total.compiled.add(k);
      for (const k of s.keys) total.keys.add(k);
    }
  }
  return {
    hits: total.hits,
    misses: total.misses,
    treesReused: [...total.treesReused].sort(),
    compiled: [...total.compiled].sort(),
    keys: [...total.keys].sort(),
  };
}

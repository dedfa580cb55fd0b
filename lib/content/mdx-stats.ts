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

/** Counts and key sets of one process (recordCompile) or of the whole build (sumMdxStats). */
function emptyTally() {
  return {
    hits: 0,
    misses: 0,
    treesReused: new Set<string>(),
    compiled: new Set<string>(),
    keys: new Set<string>(),
  };
}
type Tally = ReturnType<typeof emptyTally>;

function add(tally: Tally, s: MdxStats): void {
  tally.hits += s.hits;
  tally.misses += s.misses;
  for (const k of s.treesReused) tally.treesReused.add(k);
  for (const k of s.compiled) tally.compiled.add(k);
  for (const k of s.keys) tally.keys.add(k);
}

const statsOf = (tally: Tally): MdxStats => ({
  hits: tally.hits,
  misses: tally.misses,
  treesReused: [...tally.treesReused].sort(),
  compiled: [...tally.compiled].sort(),
  keys: [...tally.keys].sort(),
});

const own = emptyTally();

export function recordCompile(key: string, cached: boolean, treeReused = false): void {
  const dir = process.env.MDX_STATS_DIR;
  if (!dir) return;
  add(own, {
    hits: cached ? 1 : 0,
    misses: cached ? 0 : 1,
    treesReused: !cached && treeReused ? [key] : [],
    compiled: cached ? [] : [key],
    keys: [key],
  });
  mkdirSync(dir, { recursive: true });
  // Rewritten on every call: a worker can exit at any time, and the file is tiny.
  writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify(statsOf(own)));
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
  const total = emptyTally();
  if (existsSync(dir))
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".json")))
      add(total, statsFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8"))));
  return statsOf(total);
}

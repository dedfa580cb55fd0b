import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Facts carry over from the source documents; sentences do not. Any run of N words that a content file
 * shares with a seed document fails, with the shared words printed.
 */
const N = 8;
const SEEDS = path.resolve("..", "shared", "facts", "seeds");

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^a-z0-9.]+|\.(?=\s|$)/)
    .map((w) => w.replace(/^\.+|\.+$/g, ""))
    .filter(Boolean);

function ngrams(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + N <= tokens.length; i++) out.add(tokens.slice(i, i + N).join(" "));
  return out;
}

function* contentFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) yield* contentFiles(p);
    else if (/\.(mdx|yaml|md)$/.test(e) && e !== "README.md") yield p;
  }
}

/**
 * The seeds live in ../shared, beside the project in CI but not in a user's clone: there the suite is
 * skipped, and its name says why. In CI (CI=true) it always runs, and fails if the seeds are missing.
 */
const runs = existsSync(SEEDS) || Boolean(process.env.CI);

let seedGrams: Set<string> | undefined;
/** Read on first use, inside a test: reading at collection time would fail a clone without ../shared. */
function seeds(): Set<string> {
  if (!seedGrams) {
    seedGrams = new Set();
    for (const f of readdirSync(SEEDS))
      for (const g of ngrams(words(readFileSync(path.join(SEEDS, f), "utf8")))) seedGrams.add(g);
  }
  return seedGrams;
}

const shared = (text: string) => [...ngrams(words(text))].filter((g) => seeds().has(g));

describe.runIf(runs)(
  `content is written in its own words (skipped only outside CI when ${path.relative(process.cwd(), SEEDS)} is absent)`,
  () => {
    it("reads the seed documents", () => {
      expect(seeds().size).toBeGreaterThan(1000);
    });

    it(`flags a copied run of ${N} words, and not a run of ${N - 1}`, () => {
      const [first] = seeds();
      if (!first) throw new Error("no seed text");
      const run = first.split(" ");
      expect(shared(`Our own words, then ${run.join(" ")} and ours again.`)).toEqual([first]);
      expect(shared(`Our own words, then ${run.slice(0, N - 1).join(" ")} and ours again.`)).toEqual([]);
    });

    for (const file of contentFiles(path.resolve("content"))) {
      it(`${path.relative(process.cwd(), file)} shares no ${N}-word sequence with a source document`, () => {
        expect(shared(readFileSync(file, "utf8"))).toEqual([]);
      });
    }
  },
);

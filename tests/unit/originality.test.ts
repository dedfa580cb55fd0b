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
 * The seeds live in ../shared, beside the project in CI but not in a user's clone: there the test is left
 * out with a one-line reason. In CI (CI=true) it always runs, and fails if the seeds are missing.
 */
const runs = existsSync(SEEDS) || Boolean(process.env.CI);
if (!runs)
  console.log(`originality: not run, ${SEEDS} is absent (it runs in CI, where ../shared sits beside the project)`);

describe.runIf(runs)("content is written in its own words", () => {
  const seedGrams = new Set<string>();
  for (const f of readdirSync(SEEDS))
    for (const g of ngrams(words(readFileSync(path.join(SEEDS, f), "utf8")))) seedGrams.add(g);

  it("reads the seed documents", () => {
    expect(seedGrams.size).toBeGreaterThan(1000);
  });

  for (const file of contentFiles(path.resolve("content"))) {
    it(`${path.relative(process.cwd(), file)} shares no ${N}-word sequence with a source document`, () => {
      const shared = [...ngrams(words(readFileSync(file, "utf8")))].filter((g) => seedGrams.has(g));
      expect(shared).toEqual([]);
    });
  }
});

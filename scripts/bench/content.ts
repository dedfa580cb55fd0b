/** The benchmark's content folder: a copy of a base content folder plus N synthetic guides. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { benchSlug, syntheticGuide, type BaseRefs } from "./synthetic-guide";

/** Names, sources and tables the base content defines, for the synthetic guides to reference. */
export function baseRefs(base: string): BaseRefs {
  const list = (dir: string) =>
    existsSync(path.join(base, dir))
      ? readdirSync(path.join(base, dir))
          .filter((f) => f.endsWith(".yaml"))
          .map((f) => f.slice(0, -5))
          .sort()
      : [];
  // The content loader validated this file; the bench reads only the ids.
  const doc = parseYaml(readFileSync(path.join(base, "sources.yaml"), "utf8")) as { sources: Array<{ id: string }> };
  return { names: list("names"), sources: doc.sources.map((s) => s.id), tables: list("tables") };
}

/** Writes `dir` afresh: the base content and guides bench-guide-0001 … bench-guide-<n>. */
export function writeBenchContent(dir: string, base: string, n: number, date: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(base, dir, { recursive: true });
  const refs = baseRefs(base);
  mkdirSync(path.join(dir, "guides"), { recursive: true });
  for (let i = 1; i <= n; i++)
    writeFileSync(path.join(dir, "guides", `${benchSlug(i)}.mdx`), syntheticGuide(i, n, refs, date));
}

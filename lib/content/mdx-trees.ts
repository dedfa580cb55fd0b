/**
 * Parsed guide bodies, kept by the content check and read back by the MDX compile (issue 18). Both parse
 * every body with micromark and the MDX and GFM extensions (one plugin list, mdx-pipeline.ts): at 1,000
 * guides the compile's parse alone was about 14 CPU-seconds of static generation, a second parse of text the
 * check had just parsed. So the check keeps each tree (mdast, as parsed, before any plugin ran) under the hash
 * of the body and of the parser's code and packages, and the compile takes the kept tree instead of parsing.
 * A body with no kept tree (next dev, CONTENT_CHECK_CACHE=0, a body the check has not seen) is parsed as
 * before. tests/unit/mdx-trees.test.ts compiles every guide both ways and expects the same code.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Plugin, Processor } from "unified";
import { writeWhole } from "../write-whole";

/**
 * What decides a parse besides the body: how the check parses (mdx-tree.ts), which plugins add syntax
 * (mdx-pipeline.ts) and every package version (the lockfile, since micromark and acorn come in indirectly).
 * The check's own cache keys its entries with the same files, its own layout (parse-cache.ts) among them,
 * so neither a tree nor an entry outlives a change.
 */
export const PARSER_FILES = [
  "lib/content/check/mdx-tree.ts",
  "lib/content/check/mdx-syntax.ts",
  "lib/content/mdx-pipeline.ts",
  "lib/content/mdx-headings.ts",
  "lib/content/mdx-trees.ts",
  "scripts/lib/parse-cache.ts",
  "package-lock.json",
] as const;

const versions = new Map<string, string>();
/** The hash of PARSER_FILES under `root`, read once per process. */
export function parserVersion(root = process.cwd()): string {
  let v = versions.get(root);
  if (!v) {
    const h = createHash("sha256");
    for (const f of PARSER_FILES) h.update(`${f}\0`).update(readFileSync(path.join(root, f)));
    v = h.digest("hex");
    versions.set(root, v);
  }
  return v;
}

/** The content check's cache folder; the trees live in its trees/ folder, so one variable moves both. */
export function contentCheckCacheDir(): string {
  return path.resolve(process.env.CONTENT_CHECK_CACHE_DIR ?? path.join(".cache", "content-check"));
}

export function treeFile(body: string, dir = contentCheckCacheDir(), version = parserVersion()): string {
  const key = createHash("sha256").update(`${version}\0`).update(body).digest("hex");
  return path.join(dir, "trees", `${key}.v8`);
}

/** Keeps `root`, the tree the check parsed from `body`. */
export function keepTree(body: string, root: unknown, dir?: string): void {
  writeWhole(treeFile(body, dir), serialize(root));
}

/** The tree kept for `body`, or undefined. A fresh copy each time: the compile's plugins change the tree they get. */
export function keptTree(body: string, dir?: string): unknown {
  const file = treeFile(body, dir);
  return existsSync(file) ? deserialize(readFileSync(file)) : undefined;
}

/**
 * The compile's parse differs from the check's in one way: mdx-bundler adds remark-frontmatter, which reads
 * a body that opens with a `---` or `+++` fence as front matter. Such a body is always parsed.
 */
export const sameParseAsCheck = (body: string): boolean => !/^(---|\+\+\+)/.test(body);

/**
 * A remark plugin for the compile: the document's kept tree instead of a parse, when there is one.
 * `used.reused` says whether this compile took it (the build counts them, lib/content/mdx-stats.ts).
 */
export function reuseKeptTree(used: { reused: boolean }): Plugin {
  return function (this: Processor) {
    const parse = this.parser;
    if (!parse) throw new Error("reuseKeptTree: no parser to wrap; list it after remark-parse (it is, in @mdx-js/mdx)");
    this.parser = (doc, file) => {
      // keepTree() wrote it from the check's parse of this very text, with this very parser (the key says so).
      const kept = sameParseAsCheck(doc) ? (keptTree(doc) as ReturnType<typeof parse> | undefined) : undefined;
      used.reused = kept !== undefined;
      return kept ?? parse(doc, file);
    };
  };
}

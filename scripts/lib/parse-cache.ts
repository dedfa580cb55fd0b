/**
 * The content check's per-guide cache. Parsing a guide's MDX (micromark with the MDX extensions, then
 * rehype-slug for the heading ids) is most of the check's time at 1,000 guides; what it yields depends
 * only on the guide's file name, body and first body line, and on the parser code and its packages.
 * So the result is kept on disk under that key and an unchanged guide is read back instead of parsed.
 * The checks across guides (references, links, duplicates, dates …) still run over every guide on
 * every check, because they depend on the other files too.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { RawGuide } from "../../lib/content/guides";
import type { ContentIssue } from "../../lib/content/issues";
import { parseGuide, type GuideTree } from "../../lib/content/check/mdx-tree";

/** What decides a parse besides the guide: the parser's own files and the lockfile (remark, rehype, MDX). */
const CODE = ["lib/content/check/mdx-tree.ts", "lib/content/check/mdx-syntax.ts", "package-lock.json"];

interface Stored {
  root: GuideTree["root"];
  ids: string[];
  headings: GuideTree["headings"];
  issues: ContentIssue[];
}

export interface ParseCache {
  parse: typeof parseGuide;
  stats: { hits: number; misses: number };
}

export function parseCache(dir = path.join(".cache", "content-check"), root = process.cwd()): ParseCache {
  const code = createHash("sha256");
  for (const f of CODE) code.update(`${f}\0`).update(readFileSync(path.join(root, f)));
  const version = code.digest("hex");
  mkdirSync(dir, { recursive: true });
  const stats = { hits: 0, misses: 0 };

  const keyOf = (g: RawGuide) =>
    createHash("sha256").update(`${version}\0${g.file}\0${g.bodyStartLine}\0`).update(g.body).digest("hex");

  async function parse(guide: RawGuide): Promise<{ tree: GuideTree; issues: ContentIssue[] }> {
    const file = path.join(dir, `${keyOf(guide)}.v8`);
    if (existsSync(file)) {
      // Written by this module with serialize() in this shape (the key includes this code).
      const s = deserialize(readFileSync(file)) as Stored;
      stats.hits++;
      return { tree: { guide, root: s.root, ids: new Set(s.ids), headings: s.headings }, issues: s.issues };
    }
    const result = await parseGuide(guide);
    stats.misses++;
    const stored: Stored = {
      root: result.tree.root,
      ids: [...result.tree.ids],
      headings: result.tree.headings,
      issues: result.issues,
    };
    // Written beside and renamed, so a check cut off half-way never leaves a torn entry behind.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(stored));
    renameSync(tmp, file);
    return result;
  }
  return { parse, stats };
}

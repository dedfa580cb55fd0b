/**
 * The content check's per-guide cache. Parsing a guide's MDX (micromark with the MDX extensions, then
 * rehype-slug for the heading ids) is most of the check's time at 1,000 guides; what it yields depends
 * only on the guide's file name, body and first body line, and on the parser code and its packages.
 * So the result is kept on disk under that key and an unchanged guide is read back instead of parsed.
 * The tree itself is kept under the body alone (lib/content/mdx-trees.ts), where the MDX compile finds it
 * too and starts from it instead of parsing the body a second time.
 * The checks across guides (references, links, duplicates, dates …) still run over every guide on
 * every check, because they depend on the other files too.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { RawGuide } from "../../lib/content/guides";
import type { ContentIssue } from "../../lib/content/issues";
import { parseGuide, type GuideTree } from "../../lib/content/check/mdx-tree";
import { contentCheckCacheDir, keepTree, keptTree, parserVersion } from "../../lib/content/mdx-trees";
import { writeWhole } from "../../lib/write-whole";

/** A guide's entry; its tree, when the body parsed, is the one kept for its body (mdx-trees.ts). */
interface Stored {
  parsed: boolean;
  ids: string[];
  headings: GuideTree["headings"];
  issues: ContentIssue[];
}

export interface ParseCache {
  parse: typeof parseGuide;
  stats: { hits: number; misses: number };
}

export function parseCache(dir = contentCheckCacheDir()): ParseCache {
  const version = parserVersion();
  const stats = { hits: 0, misses: 0 };

  const keyOf = (g: RawGuide) =>
    createHash("sha256").update(`${version}\0${g.file}\0${g.bodyStartLine}\0`).update(g.body).digest("hex");

  /** The stored entry and its tree, or undefined when either is missing (the tree is then parsed again). */
  function read(file: string, guide: RawGuide): { tree: GuideTree; issues: ContentIssue[] } | undefined {
    if (!existsSync(file)) return undefined;
    // Written by this module with serialize() in this shape (the key includes this file, PARSER_FILES).
    const s = deserialize(readFileSync(file)) as Stored;
    // The tree is kept as mdast; MdNode is the slice of it the checks read.
    const root = s.parsed ? (keptTree(guide.body, dir) as GuideTree["root"]) : undefined;
    if (s.parsed && !root) return undefined;
    return { tree: { guide, root, ids: new Set(s.ids), headings: s.headings }, issues: s.issues };
  }

  async function parse(guide: RawGuide): Promise<{ tree: GuideTree; issues: ContentIssue[] }> {
    const file = path.join(dir, `${keyOf(guide)}.v8`);
    const kept = read(file, guide);
    if (kept) {
      stats.hits++;
      return kept;
    }
    const result = await parseGuide(guide);
    stats.misses++;
    if (result.tree.root) keepTree(guide.body, result.tree.root, dir);
    const stored: Stored = {
      parsed: result.tree.root !== undefined,
      ids: [...result.tree.ids],
      headings: result.tree.headings,
      issues: result.issues,
    };
    // Whole, so a check cut off half-way never leaves a torn entry behind.
    writeWhole(file, serialize(stored));
    return result;
  }
  return { parse, stats };
}

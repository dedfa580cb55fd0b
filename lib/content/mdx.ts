import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { z } from "zod";
import { mdxCacheKey } from "./mdx-cache-key";
import { emptyBodyIds, tocHeadings, type Heading } from "./mdx-headings";
import { mdxPlugins } from "./mdx-pipeline";
import { recordCompile } from "./mdx-stats";
import { reuseKeptTree } from "./mdx-trees";
import { writeWhole } from "../write-whole";

export type { Heading };
export { mdxCacheKey };

export interface CompiledMdx {
  code: string;
  headings: Heading[];
  /** true when the result came from the on-disk cache (no compilation ran). */
  cached: boolean;
  /** true when the compile started from the content check's parse of the body (mdx-trees.ts). */
  treeReused?: boolean;
}

/** A cache file as compileMdx writes it; parsed, so a file from an older layout fails loudly. */
const cachedSchema = z.object({
  code: z.string(),
  headings: z.array(z.object({ id: z.string(), text: z.string(), depth: z.union([z.literal(2), z.literal(3)]) })),
});

export function mdxCacheDir(): string {
  return path.resolve(process.env.MDX_CACHE_DIR ?? path.join(process.cwd(), ".cache", "mdx"));
}

/**
 * Compiles an MDX body once per content hash. Parallel build workers may race on the same key; the
 * write goes to a temp file and is renamed, so a reader never sees half a file. A compile starts from the
 * tree the content check parsed, when it kept one (mdx-trees.ts), instead of parsing the body again.
 */
export async function compileMdx(body: string): Promise<CompiledMdx> {
  const key = mdxCacheKey(body);
  const file = path.join(mdxCacheDir(), `${key}.json`);
  if (existsSync(file)) {
    const hit = cachedSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    recordCompile(key, true);
    return { ...hit, cached: true };
  }
  const found = emptyBodyIds();
  const plugins = mdxPlugins(found);
  const tree = { reused: false };
  const result = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [reuseKeptTree(tree), ...(options.remarkPlugins ?? []), ...plugins.remarkPlugins];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), ...plugins.rehypePlugins];
      return options;
    },
  });
  const compiled = { code: result.code, headings: tocHeadings(found) };
  writeWhole(file, JSON.stringify(compiled));
  recordCompile(key, false, tree.reused);
  return { ...compiled, cached: false, treeReused: tree.reused };
}

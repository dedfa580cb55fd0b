import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { headingsPlugin, type Heading } from "./mdx-headings";
import { recordCompile } from "./mdx-stats";

export type { Heading };

/**
 * Bump when the compile pipeline changes (plugins, options): a stale cache would otherwise serve
 * code compiled the old way, because the key only sees the MDX source.
 */
const CACHE_VERSION = "3";

export interface CompiledMdx {
  code: string;
  headings: Heading[];
  /** true when the result came from the on-disk cache (no compilation ran). */
  cached: boolean;
}

export function mdxCacheDir(): string {
  return path.resolve(process.env.MDX_CACHE_DIR ?? path.join(process.cwd(), ".cache", "mdx"));
}

export function mdxCacheKey(body: string): string {
  return createHash("sha256").update(`${CACHE_VERSION}\0${body}`).digest("hex").slice(0, 32);
}

/**
 * Compiles an MDX body once per content hash. Parallel build workers may race on the same key; the
 * write goes to a temp file and is renamed, so a reader never sees half a file.
 */
export async function compileMdx(body: string): Promise<CompiledMdx> {
  const key = mdxCacheKey(body);
  const file = path.join(mdxCacheDir(), `${key}.json`);
  if (existsSync(file)) {
    const hit = JSON.parse(readFileSync(file, "utf8")) as Omit<CompiledMdx, "cached">;
    recordCompile(key, true);
    return { ...hit, cached: true };
  }
  const headings: Heading[] = [];
  const result = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug, headingsPlugin(headings)];
      return options;
    },
  });
  const compiled = { code: result.code, headings };
  mkdirSync(mdxCacheDir(), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(compiled));
  renameSync(tmp, file);
  recordCompile(key, false);
  return { ...compiled, cached: false };
}

import type { PluggableList } from "unified";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { collectIdsPlugin, type BodyIds } from "./mdx-headings";

/**
 * The remark and rehype plugins of every MDX path: compiling (mdx.ts, through mdx-bundler, after its own
 * frontmatter plugins) and checking (check/mdx-tree.ts). One list, so the heading ids the check sees are
 * the ids the page gets. The collector fills `found` each time the pipeline runs.
 */
export function mdxPlugins(found: BodyIds): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  return { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, collectIdsPlugin(found)] };
}

/**
 * Every package whose version can change compiled MDX: the plugins above, the compiler and bundler,
 * and the plugins and parsers they bring. Their locked versions go into the compile cache key.
 * Add a package here when you add a plugin.
 */
export const MDX_TOOLCHAIN = [
  "mdx-bundler",
  "@mdx-js/mdx",
  "@mdx-js/esbuild",
  "esbuild",
  "remark-gfm",
  "rehype-slug",
  "remark-frontmatter",
  "remark-mdx-frontmatter",
  "remark-parse",
  "remark-rehype",
  "unified",
] as const;

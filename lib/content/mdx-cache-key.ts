import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { MDX_TOOLCHAIN } from "./mdx-pipeline";

/**
 * Bump when the compile pipeline changes in this repository (plugins, options): a stale cache would
 * otherwise serve code compiled the old way. Package upgrades need no bump: see mdxToolchain.
 */
const CACHE_VERSION = "4";

const lockSchema = z.object({ packages: z.record(z.string(), z.object({ version: z.string().optional() })) });

/**
 * "name@version" of each MDX toolchain package, as package-lock.json pins it. It is part of the cache
 * key because a lockfile change that updates remark-gfm or rehype-slug changes the compiled output
 * while the MDX source stays the same; react.dev hashes its lockfile into its MDX cache for this reason.
 */
export function mdxToolchain(lockText: string): string {
  const { packages } = lockSchema.parse(JSON.parse(lockText));
  return MDX_TOOLCHAIN.map((name) => {
    const version = packages[`node_modules/${name}`]?.version;
    if (!version) throw new Error(`package-lock.json has no version for ${name} (listed in MDX_TOOLCHAIN)`);
    return `${name}@${version}`;
  }).join(" ");
}

let installed: string | undefined;
/** The toolchain of this checkout, read once per process. */
export function installedMdxToolchain(): string {
  installed ??= mdxToolchain(readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8"));
  return installed;
}

export function mdxCacheKey(body: string, toolchain: string = installedMdxToolchain()): string {
  return createHash("sha256").update(`${CACHE_VERSION}\0${toolchain}\0${body}`).digest("hex").slice(0, 32);
}

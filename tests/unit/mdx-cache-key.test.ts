/** The MDX compile cache key sees the body and the locked versions of the MDX toolchain. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installedMdxToolchain, mdxCacheKey, mdxToolchain } from "@/lib/content/mdx-cache-key";
import { MDX_TOOLCHAIN } from "@/lib/content/mdx-pipeline";

const lockText = readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8");
const BODY = "## A heading\n\nText.\n";

/** The lockfile with one package's locked version replaced. */
function withVersion(name: string, version: string): string {
  const lock = JSON.parse(lockText) as { packages: Record<string, { version?: string }> };
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry) throw new Error(`no ${name} in package-lock.json`);
  entry.version = version;
  return JSON.stringify(lock);
}

describe("mdxCacheKey", () => {
  it("reads every toolchain package's version from package-lock.json", () => {
    expect(installedMdxToolchain()).toBe(mdxToolchain(lockText));
    expect(mdxToolchain(lockText)).toContain("remark-gfm@4.0.1");
    expect(mdxToolchain(lockText).split(" ")).toHaveLength(MDX_TOOLCHAIN.length);
  });

  it.each(MDX_TOOLCHAIN)("changes when the locked version of %s changes", (name) => {
    const before = mdxCacheKey(BODY, mdxToolchain(lockText));
    const after = mdxCacheKey(BODY, mdxToolchain(withVersion(name, "999.0.0")));
    expect(after).not.toBe(before);
  });

  it("stays the same for the same body and toolchain, and changes with the body", () => {
    const toolchain = mdxToolchain(lockText);
    expect(mdxCacheKey(BODY, toolchain)).toBe(mdxCacheKey(BODY, toolchain));
    expect(mdxCacheKey(`${BODY}More.\n`, toolchain)).not.toBe(mdxCacheKey(BODY, toolchain));
  });

  it("refuses a lockfile without a toolchain package, so a missing version cannot pass as unchanged", () => {
    const lock = JSON.parse(lockText) as { packages: Record<string, unknown> };
    delete lock.packages["node_modules/rehype-slug"];
    expect(() => mdxToolchain(JSON.stringify(lock))).toThrow(/rehype-slug/);
  });
});

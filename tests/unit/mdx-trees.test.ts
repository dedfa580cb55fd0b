/**
 * The MDX compile starts from the tree the content check parsed (lib/content/mdx-trees.ts). That is only
 * allowed because it changes nothing: every guide of the site and of the fixtures must compile to the same
 * code and headings from the kept tree as from its own parse.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGuidesWithIssues, type RawGuide } from "@/lib/content/guides";
import { compileMdx } from "@/lib/content/mdx";
import { keepTree, keptTree, PARSER_FILES, parserVersion, sameParseAsCheck, treeFile } from "@/lib/content/mdx-trees";
import { parseCache } from "@/scripts/lib/parse-cache";
import { duringEnv, withEnv } from "../support/env";

const work = mkdtempSync(path.join(tmpdir(), "mdx-trees-"));
const checkDir = path.join(work, "content-check");
const mdxDir = path.join(work, "mdx");
withEnv({ CONTENT_CHECK_CACHE_DIR: checkDir, MDX_CACHE_DIR: mdxDir });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const guidesOf = (dir: string): RawGuide[] => duringEnv({ CONTENT_DIR: dir }, () => loadGuidesWithIssues().guides);
/** A compile that cannot be answered from the MDX cache. */
const compileFresh = (body: string) => {
  rmSync(mdxDir, { recursive: true, force: true });
  return compileMdx(body);
};

describe.each([
  ["the site's guides", "content"],
  ["the fixture guides", path.join("tests", "fixtures", "valid-content")],
])("%s", (_label, dir) => {
  const guides = guidesOf(dir);

  it("compile to the same code and headings from the content check's tree as from their own parse", async () => {
    expect(guides.length).toBeGreaterThan(0);
    const cache = parseCache();
    for (const guide of guides) {
      rmSync(treeFile(guide.body), { force: true });
      const parsed = await compileFresh(guide.body);
      expect(parsed.treeReused, guide.slug).toBe(false);
      await cache.parse(guide);
      expect(existsSync(treeFile(guide.body)), guide.slug).toBe(true);
      const reused = await compileFresh(guide.body);
      expect(reused.treeReused, guide.slug).toBe(true);
      expect(reused.code, guide.slug).toBe(parsed.code);
      expect(reused.headings, guide.slug).toEqual(parsed.headings);
    }
  });
});

describe("the content check's cache", () => {
  const guide = guidesOf("content").at(0);
  if (!guide) throw new Error("the site has no guide");

  it("answers an unchanged guide with the tree it kept, and parses again when that tree is gone", async () => {
    const first = parseCache();
    const parsed = await first.parse(guide);
    const second = parseCache();
    const answered = await second.parse(guide);
    expect(second.stats).toEqual({ hits: 1, misses: 0 });
    expect(answered.tree.root).toEqual(parsed.tree.root);
    expect([...answered.tree.ids]).toEqual([...parsed.tree.ids]);
    expect(answered.tree.headings).toEqual(parsed.tree.headings);

    rmSync(treeFile(guide.body));
    const third = parseCache();
    expect((await third.parse(guide)).tree.root).toEqual(parsed.tree.root);
    expect(third.stats).toEqual({ hits: 0, misses: 1 });
    expect(existsSync(treeFile(guide.body))).toBe(true);
  });
});

describe("when the compile parses for itself", () => {
  it("parses a body that opens with a fence, which the compile (remark-frontmatter) reads differently", async () => {
    const body = "---\ntitle: x\n---\n\n## After a fence\n\nText.\n";
    expect(sameParseAsCheck(body)).toBe(false);
    expect(sameParseAsCheck("## A heading\n\n---\n\nText.\n")).toBe(true);
    keepTree(body, { type: "root", children: [] });
    const compiled = await compileFresh(body);
    expect(compiled.treeReused).toBe(false);
    expect(compiled.headings.map((h) => h.text)).toEqual(["After a fence"]);
  });

  it("parses a body the check has not kept", async () => {
    const body = "## Never checked\n\nText.\n";
    expect(keptTree(body)).toBeUndefined();
    expect((await compileFresh(body)).treeReused).toBe(false);
  });
});

describe("parserVersion", () => {
  const same = path.join(work, "root-same");
  const changed = path.join(work, "root-changed");
  beforeAll(() => {
    for (const root of [same, changed]) for (const f of PARSER_FILES) cpSync(f, path.join(root, f));
  });

  it("changes when any file that decides a parse changes, so no tree outlives its parser", () => {
    expect(parserVersion(same)).toBe(parserVersion(process.cwd()));
    writeFileSync(path.join(changed, "lib/content/mdx-pipeline.ts"), "// another plugin list\n");
    expect(parserVersion(changed)).not.toBe(parserVersion(same));
    expect(treeFile("body", checkDir, parserVersion(changed))).not.toBe(treeFile("body", checkDir));
  });
});

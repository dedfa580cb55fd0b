/**
 * `npm run bench` builds synthetic guides on top of the fixture content; if a schema or content rule
 * changes, the bench would fail half an hour in. This builds a small bench content folder and runs the
 * content check on it, so the bench's content stays valid with the rest of the project.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { baseRefs, writeBenchContent } from "../../scripts/bench/content";
import { starlightDialect } from "../../scripts/bench/starlight";
import { benchSlug, mdxDialect, syntheticParts } from "../../scripts/bench/synthetic-guide";

const FIXTURES = path.resolve("tests", "fixtures", "valid-content");

describe("the benchmark's synthetic content", () => {
  let dir: string;
  const saved = { content: process.env.CONTENT_DIR, asOf: process.env.SITE_AS_OF };
  beforeAll(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), "bench-content-")), "content");
    writeBenchContent(dir, FIXTURES, 3, "2026-11-21");
    process.env.CONTENT_DIR = dir;
    process.env.SITE_AS_OF = "2026-11-21";
  });
  afterAll(() => {
    rmSync(path.dirname(dir), { recursive: true, force: true });
    for (const [k, v] of [
      ["CONTENT_DIR", saved.content],
      ["SITE_AS_OF", saved.asOf],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("passes the content check with no errors", async () => {
    const errors = (await checkContent()).filter((i) => i.severity === "error");
    expect(errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([]);
  });

  it("writes guides of about 1,500 words", () => {
    const text = readFileSync(path.join(dir, "guides", `${benchSlug(2)}.mdx`), "utf8");
    const body = text.slice(text.indexOf("\n---\n", 4) + 5);
    const words = body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(1300);
    expect(words).toBeLessThan(1800);
  });
});

describe("the Starlight comparison's guides", () => {
  const refs = baseRefs(FIXTURES);
  const mdx = syntheticParts(7, 100, refs, "2026-11-21", mdxDialect);
  const starlight = starlightDialect(FIXTURES);
  const md = starlight.file(syntheticParts(7, 100, refs, "2026-11-21", starlight));
  /** The lines that are prose, headings, lists or tables, with the components taken out. */
  const prose = (text: string) =>
    text
      .replace(/<Term slug="([^"]+)" \/>|\[[^\]]*\]\(\/names\/([^/]+)\/\)/g, "NAME($1$2)")
      .replace(/<Cite source="[^"]+" \/>|<sup>.*?<\/sup>/g, "")
      .split("\n")
      .filter((l) => /^[A-Z#|-]/.test(l) && !l.startsWith("Sources:") && !l.startsWith("---"));

  it("have the same title, headings, paragraphs, lists and tables as this site's", () => {
    expect(md).toContain(`title: ${JSON.stringify(mdx.title)}`);
    expect(md).toContain(mdx.shortAnswer);
    const ours = prose(mdx.body);
    expect(ours.length).toBeGreaterThan(40);
    expect(prose(md)).toEqual(expect.arrayContaining(ours));
  });

  it("write the components as Markdown Starlight renders", () => {
    expect(md).not.toMatch(/<(Term|Cite|ComparisonTable|Callout)\b/);
    expect(md).toContain("| Question | API side |");
    expect(md).toContain(":::note");
    expect(md).toContain("## Frequently asked questions");
  });
});

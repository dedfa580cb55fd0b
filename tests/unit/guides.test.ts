import { describe, expect, it } from "vitest";
import { loadGuidesWithIssues, toGuide } from "@/lib/content/guides";

/** The eight guides the site promises; each must carry every part of the guide template. */
const REQUIRED = [
  "gpt-image-2-vs-chatgpt-images-2-0",
  "gpt-image-names-explained",
  "chatgpt-vs-codex-vs-api-vs-provider",
  "gpt-image-2-or-chatgpt-image-latest",
  "image-api-vs-responses-image-generation",
  "dall-e-to-gpt-image-2-6",
  "who-bills-what",
  "gpt-image-2-5-and-2-6-flare-vs-sunburst",
];
const TABLE_COMPONENTS =
  /<(NameTable|ComparisonTable|RouteTable|PriceTable|ParameterMatrix|MigrationTable|TimelineList)\b/;

const { guides, issues } = loadGuidesWithIssues();

describe("guides", () => {
  it("all validate against the schema", () => {
    expect(issues).toEqual([]);
  });

  it("include the eight promised guides", () => {
    expect(guides.map((g) => g.slug)).toEqual(expect.arrayContaining(REQUIRED));
  });

  for (const raw of guides) {
    const g = toGuide(raw);
    describe(g.slug, () => {
      it("opens with a one-paragraph short answer", () => {
        expect(g.shortAnswer.split(/\n\s*\n/)).toHaveLength(1);
      });
      it("has a visible FAQ of at least four questions", () => {
        expect(g.faq.length).toBeGreaterThanOrEqual(4);
      });
      it("has related guides and next steps", () => {
        expect(g.related.length).toBeGreaterThanOrEqual(1);
        expect(g.nextSteps.length).toBeGreaterThanOrEqual(1);
      });
      it("renders at least one comparison table from data", () => {
        expect(g.body).toMatch(TABLE_COMPONENTS);
      });
      it("links every name it covers with <Term>", () => {
        const missing = g.names.filter((slug) => !g.body.includes(`<Term slug="${slug}"`));
        expect(missing).toEqual([]);
      });
      it("has section headings, sources and dates", () => {
        expect(g.body).toMatch(/^## /m);
        expect(g.sources.length).toBeGreaterThan(0);
        expect(g.updated >= g.published).toBe(true);
        expect(g.readingMinutes).toBeGreaterThan(0);
      });
      it("says what changed since the April–May 2026 sources", () => {
        expect(g.body).toMatch(/<Callout kind="changed"/);
      });
    });
  }
});

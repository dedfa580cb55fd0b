/**
 * How lib/markdown/twin.ts shapes a page's article for Markdown, one rule at a time, on small pages. The
 * e2e test tests/e2e/twins.spec.ts holds every published twin against what its page shows.
 */
import { describe, expect, it } from "vitest";
import { markdownTwin } from "@/lib/markdown/twin";

const twin = async (article: string) =>
  (
    await markdownTwin({
      html: `<!doctype html><html><body><main><article>${article}</article></main></body></html>`,
      url: "https://x.example/guides/x/",
      origin: "https://x.example",
      asOf: "2026-11-29",
    })
  )
    .split("\n")
    .slice(2)
    .join("\n")
    .trim();

const table = (cell: string, caption = "") =>
  `<table>${caption}<thead><tr><th scope="col">Route</th><th scope="col">When</th></tr></thead><tbody><tr><td>API</td><td>${cell}</td></tr></tbody></table>`;

describe("Markdown twin shaping", () => {
  it("a hint follows its title after a colon, a qualifier follows it in parentheses", async () => {
    expect(
      await twin(
        `<p><a href="/x/"><span>Files in a repository</span><span data-markdown="hint">Article covers</span></a></p>`,
      ),
    ).toBe("[Files in a repository: Article covers](https://x.example/x/)");
    expect(
      await twin(
        `<p><code>size</code><span data-markdown="qualifier">Image API · Responses tool</span><span data-markdown="hint">Multiples of 16.</span></p>`,
      ),
    ).toBe("`size` (Image API · Responses tool): Multiples of 16.");
  });

  it("a label is bold and set off by spaces; skipped, hidden and screen-reader-only text is left out", async () => {
    expect(
      await twin(
        `<p>Status<span data-markdown="label">Current</span>since May.<span class="sr-only"> Source 1</span><span hidden>Later</span><span data-markdown="skip">Copy</span></p>`,
      ),
    ).toBe("Status **Current** since May.");
  });

  it("a callout is a blockquote; a sidebar marked to skip is left out", async () => {
    expect(
      await twin(
        `<aside aria-label="What changed"><p>What changed</p><div><p>The alias passed its date.</p></div></aside><aside data-markdown="skip"><p>At a glance</p></aside>`,
      ),
    ).toBe("> What changed\n>\n> The alias passed its date.");
  });

  it("a definition list becomes 'Term: value' items", async () => {
    expect(await twin(`<dl><dt>Published</dt><dd>21 April 2026</dd></dl>`)).toBe("- **Published**: 21 April 2026");
  });

  it("a list in a table cell stays in its row, as bullets or numbers", async () => {
    const bullets = await twin(table(`<ul><li>Jobs repeat.</li><li>Outputs are kept.</li></ul>`));
    expect(bullets.split("\n")).toHaveLength(3);
    expect(bullets).toMatch(/\| API +\| • Jobs repeat\. • Outputs are kept\. +\|/);
    const numbers = await twin(table(`<ol><li>Pin a snapshot.</li><li>Set a budget.</li></ol>`));
    expect(numbers).toMatch(/\| 1\. Pin a snapshot\. 2\. Set a budget\. +\|/);
  });

  it("a table's caption becomes a bold line above it; a screen-reader-only caption is left out", async () => {
    const md = await twin(table("$0.04", "<caption>Estimated cost per image, USD (input tokens extra)</caption>"));
    expect(md.split("\n")[0]).toBe("**Estimated cost per image, USD (input tokens extra)**");
    expect(md.split("\n").slice(2)).toHaveLength(3);
    expect(await twin(table("$0.04", '<caption class="sr-only">Costs</caption>'))).not.toContain("Costs");
  });

  it("paragraphs in a table cell are set off by spaces, on the row's one line", async () => {
    const md = await twin(table(`<p>First.</p><p>Second.</p>`));
    expect(md.split("\n")).toHaveLength(3);
    expect(md).toMatch(/\| First\. Second\. +\|/);
  });
});

/**
 * The content check catches every mistake editors can make, each with its file, line, column, a plain
 * message and a fix. Each case in tests/fixtures/bad/ is the valid fixture with exactly one mistake
 * (tests/fixtures/bad-cases.ts); the expected line is the whole printed line, as an editor sees it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { TEST_AS_OF } from "@/scripts/lib/as-of-builds";
import { formatIssue } from "@/lib/content/issues";
import { actualFiles, BAD_CASES, BAD_DIR, expectedFiles, FIXTURE_PUBLIC_DIR, VALID_DIR } from "../fixtures/bad-cases";

/** Printed line per case, without the `tests/fixtures/bad/<case>/` prefix of the path. */
const EXPECTED: Record<string, string> = {
  "missing-field":
    "names/gpt-image.yaml:1:1  `definition` is missing  (add the field `definition`; see the field list in content/README.md)",
  "wrong-type":
    'guides/sample-guide.mdx:8:8  `names` should be a list, but it is the text "gpt-image-2"  (write `names` as a list: [a, b] on one line, or one `- item` per line)',
  "unknown-key":
    "routes/api.yaml:23:1  unknown field `summary`  (remove it, or check its spelling against the field list in content/README.md)",
  "bad-date":
    'guides/sample-guide.mdx:5:12  `published` is not a real calendar date (it is the text "2026-02-30")  (write a real date as YYYY-MM-DD, for example 2026-11-21)',
  "bad-date-format":
    'names/gpt-image-2.yaml:17:15  `lastVerified` must be a date written as YYYY-MM-DD (it is the text "21 November 2026")  (write a real date as YYYY-MM-DD, for example 2026-11-21)',
  "bad-enum":
    'names/gpt-image.yaml:4:8  `layer` is the text "famly", which is not one of the allowed values  (use one of: family, api-model, snapshot, api-alias, app-feature, release-label, legacy-brand, api-surface, tool-or-route)',
  "yaml-syntax":
    'names/gpt-image.yaml:7:16  YAML read part of this value as a new field (a `: ` inside text does that)  (put the whole value in double quotes: key: "text: with a colon")',
  "title-too-long":
    "guides/sample-guide.mdx:2:8  `title` is longer than 70 characters (it has 77)  (write a title of 10–70 characters; search results cut longer ones off)",
  "description-too-short":
    "guides/sample-guide.mdx:3:14  `description` is shorter than 50 characters (it has 26)  (write 50–160 characters; search engines show it under the title and cut it off beyond 160)",
  "description-too-long":
    "guides/sample-guide.mdx:3:14  `description` is longer than 160 characters (it has 161)  (write 50–160 characters; search engines show it under the title and cut it off beyond 160)",
  "source-without-date":
    "sources.yaml:9:5  `sources[1].seen` is missing  (add `seen: YYYY-MM-DD`, the day you read the source; every source needs a date)",
  "source-not-https":
    'sources.yaml:11:10  `sources[1].url` must start with https:// (it is the text "http://docs.apiyi.com/en/news/gpt-ima...")  (link to the https:// version of the page)',
  "source-root-domain":
    'sources.yaml:11:10  source "apiyi-news" points at a home page (https://docs.apiyi.com/), not the page the fact came from  (give the address of the page itself; if it was not recorded, remove `url` and say so in `note`)',
  "quoted-without-quoter":
    'sources.yaml:7:11  source "openai-changelog" is marked `read: quoted` but does not say who quotes it  (add `quotedBy: <source id>`, the source whose quote you read; add that source first if it is missing)',
  "quoted-by-unknown-source":
    'sources.yaml:8:15  `quotedBy` "apiyi-newz" is not another source in sources.yaml  (name the id of the source whose quote you read, and add that source if it is missing)',
  "secondary-date-cites-primary":
    'names/gpt-image-2.yaml:15:41  `lifecycle.released` has `dateVerified: no` but cites "openai-changelog", an OpenAI source  (a date only secondary sources give must cite one of them; put the OpenAI page in `sources` instead)',
  "mdx-unescaped-lt":
    "guides/sample-guide.mdx:29:28  a `<` here starts a component tag, but no component name follows  (write `&lt;` for a literal less-than sign)",
  "mdx-unescaped-brace":
    "guides/sample-guide.mdx:29:11  the text inside `{…}` is read as code, and it is not valid code  (write `\\{` for a literal brace, or {/* text */} for a comment)",
  "mdx-unclosed-tag":
    "guides/sample-guide.mdx:29:1  `<Callout>` is never closed  (add `</Callout>` after its content (inside the same paragraph when it sits in a sentence), or write `<Callout ... />` if it wraps nothing)",
  "mdx-html-comment":
    "guides/sample-guide.mdx:29:2  HTML comments (`<!-- -->`) do not work in MDX  (write a comment as {/* text */})",
  "unknown-component":
    "guides/sample-guide.mdx:29:1  `<Trem>` is not a component guides can use  (did you mean `<Term>`? The components are: Term, Dated, Cite, Claim, Callout, NameTable, ComparisonTable, PriceTable, ParameterMatrix, RouteTable, RouteCard, MigrationTable, TimelineList, LayerMap, CapabilityMatrix, RequestMigration, RoutePicker)",
  "unknown-prop": "guides/sample-guide.mdx:29:26  `<Term>` has no prop `label`  (its props are: slug)",
  "missing-prop":
    'guides/sample-guide.mdx:29:9  `<Cite>` needs the prop `source`  (for example: <Cite source="openai-changelog" />)',
  "wrong-prop-value":
    'guides/sample-guide.mdx:29:10  `<Callout>` prop `kind` is the text "info", which is not one of the allowed values  (use one of: note, changed, warning)',
  "wrong-prop-list":
    'guides/sample-guide.mdx:29:54  `<NameTable>` prop `columns[1]` is the text "price", which is not one of the allowed values  (use one of: name, apiId, layer, status, definition, whereYouSeeIt, meaning, useItWhen, released, shutdown, replacedBy)',
  "block-in-sentence":
    "guides/sample-guide.mdx:29:15  `<ComparisonTable>` is a block and cannot sit inside a sentence  (put it on its own line, with a blank line before and after)",
  "raw-html":
    "guides/sample-guide.mdx:29:1  raw HTML `<div>` is not allowed in guides  (use Markdown or a component (Term, Dated, Cite, Claim, Callout, NameTable, ComparisonTable, PriceTable, ParameterMatrix, RouteTable, RouteCard, MigrationTable, TimelineList, LayerMap, CapabilityMatrix, RequestMigration, RoutePicker))",
  "code-expression":
    "guides/sample-guide.mdx:29:13  `{…}` runs code, which guides cannot do  (write `\\{` for a literal brace, or {/* text */} for a comment)",
  "import-line":
    "guides/sample-guide.mdx:29:1  `import` and `export` lines are not allowed in guides  (remove the line; every component is available without importing it)",
  "content-in-self-closing":
    'guides/sample-guide.mdx:29:1  `<ComparisonTable>` takes nothing between its tags  (write it self-closing, for example: <ComparisonTable id="image-api-vs-responses" />)',
  "relative-link":
    'guides/sample-guide.mdx:29:5  link "names/" is relative  (start site links with "/", for example /names/)',
  "h1-in-body":
    "guides/sample-guide.mdx:19:1  a `# ` heading in the body; the page already prints the title as the only one  (use `## ` for sections and `### ` below them)",
  "unknown-term-slug":
    'guides/sample-guide.mdx:29:7  `<Term>` names an unknown name slug "gpt-image-9"  (did you mean "gpt-image-2"? Otherwise use a slug from content/names/ (the file name without .yaml), or add that name first)',
  "unknown-name-table-slug":
    'guides/sample-guide.mdx:29:35  `<NameTable>` names an unknown name slug "gpt-image-9"  (did you mean "gpt-image-2"? Otherwise use a slug from content/names/ (the file name without .yaml), or add that name first)',
  "unknown-frontmatter-slug":
    'guides/sample-guide.mdx:8:22  unknown name slug "gpt-image-9"  (did you mean "gpt-image-2"? Otherwise use a slug from content/names/ (the file name without .yaml), or add that name first)',
  "unknown-relation-slug":
    'names/gpt-image-2.yaml:12:11  unknown name slug "gpt-imag"  (did you mean "gpt-image"? Otherwise use a slug from content/names/ (the file name without .yaml), or add that name first)',
  "unknown-picker-slug":
    'picker.yaml:15:129  unknown name slug "gpt-image-3"  (did you mean "gpt-image-2"? Otherwise use a slug from content/names/ (the file name without .yaml), or add that name first)',
  "unknown-cite-source":
    'guides/sample-guide.mdx:29:15  `<Cite>` names an unknown source id "openai-changlog"  (did you mean "openai-changelog"? Otherwise use an id from content/sources.yaml, or add the source there first)',
  "cite-not-in-frontmatter":
    'guides/sample-guide.mdx:29:15  `<Cite>` source "apiyi-news" is not in this guide\'s frontmatter `sources`  (add apiyi-news to the `sources:` list at the top of the file)',
  "unknown-table-id":
    'guides/sample-guide.mdx:29:18  `<ComparisonTable>` names an unknown table id "samples"  (did you mean "sample"? Otherwise use the id of a file in content/tables/ (the file name without .yaml))',
  "unknown-route-card":
    'guides/sample-guide.mdx:29:12  `<RouteCard>` names route "codex", which has no profile  (add content/routes/<id>.yaml for it, or use another route)',
  "broken-link":
    'guides/sample-guide.mdx:29:6  link "/guides/no-such-guide/" goes to a page that does not exist  (use a path such as /guides/<slug>/, /names/<slug>/, /routes/<id>/, /timeline/ or /route-picker/)',
  "broken-anchor":
    'guides/sample-guide.mdx:29:9  anchor "#first-sektion" is not a heading or section on this page  (did you mean #first-section? a heading\'s id is its text in lowercase with spaces as hyphens (## Pin a version → #pin-a-version))',
  "broken-name-anchor":
    'guides/sample-guide.mdx:29:5  anchor "#lifecycel" is not a section on /names/gpt-image-2/  (did you mean #lifecycle? that page\'s sections are #short-answer, #at-a-glance, #at-a-glance-side, #where-you-see-it, #what-it-means, #prices, #snapshots, #use-it-when, #relations, #lifecycle, #for-developers, #subscribe, #status-badge, #guides, #sources; or link to the page without an anchor)',
  "link-without-slash":
    'guides/sample-guide.mdx:29:5  link "/names" does not end with "/"  (write /names/; every page address ends with "/")',
  "broken-data-link":
    'guides/sample-guide.mdx:15:11  link "/names/gpt-image-3/" goes to a page that does not exist  (did you mean /names/gpt-image-2/?)',
  "http-link":
    'guides/sample-guide.mdx:29:5  link "http://developers.openai.com/api/docs/changelog" is not https  (use the https:// address of the page)',
  "http-in-data":
    'tables/sample.yaml:7:44  "http://example.com/pricing" is not https  (use the https:// address of the page)',
  "heading-id-taken":
    'guides/sample-guide.mdx:29:1  heading id "#faq" is already used by the page\'s own section  (reword the heading; the page adds the short answer, FAQ, sources and next steps itself from the frontmatter)',
  "alias-is-other-name":
    'names/gpt-image-1-5.yaml:4:11  alias "GPT-Image-2" is the name "gpt-image-2" (tests/fixtures/bad/alias-is-other-name/names/gpt-image-2.yaml)  (remove the alias; use notToBeConfusedWith or relations to connect the two names)',
  "duplicate-alias":
    'names/gpt-image.yaml:3:11  duplicate alias "GPT Image models" (as gpt-image-models): already used at tests/fixtures/bad/duplicate-alias/names/gpt-image-1-5.yaml  (an alias can lead to one name only; keep it on the name readers most likely mean)',
  "duplicate-table-id":
    'tables/sample-copy.yaml:1:5  duplicate table id "sample": tests/fixtures/bad/duplicate-table-id/tables/sample.yaml already has it  (give this table its own id and name the file after it)',
  "duplicate-source-id":
    'sources.yaml:16:9  duplicate source id "openai-changelog": already used at line 2  (give each source its own id)',
  "duplicate-picker-answer": 'picker.yaml:7:15  duplicate answer id "product"  (give each answer its own id)',
  "image-without-alt":
    'guides/sample-guide.mdx:29:1  image "/images/sample.png" has no alt text  (describe what the image shows between the brackets: ![A table of model names](/images/x.png))',
  "image-missing-file":
    "guides/sample-guide.mdx:29:1  image file tests/fixtures/public/images/no-such-chart.png does not exist  (add the file to public/ at that path, or correct the path)",
  "placeholder-left":
    "names/gpt-image.yaml:9:12  placeholder text left in `useItWhen`  (replace the TODO text with the real content; content/README.md explains each field)",
  "impossible-lifecycle-date":
    'names/gpt-image-2.yaml:15:21  `lifecycle.released.date` is not a real calendar date (it is the text "2026-02-30")  (write a real date as YYYY-MM-DD, for example 2026-11-21)',
  "shutdown-before-release":
    'names/gpt-image-1-5.yaml:16:30  the scheduled shutdown (shutdownScheduled: 2025-06-01) is before the release (released: 2025-12-16)  (check both dates against their sources; if it really happened in this order, add `outOfOrder: "<why>"` to shutdownScheduled)',
  "announced-before-release":
    'names/gpt-image-1-5.yaml:15:33  the deprecation announcement (deprecationAnnounced: 2025-01-01) is before the release (released: 2025-12-16)  (check both dates against their sources; if it really happened in this order, add `outOfOrder: "<why>"` to deprecationAnnounced)',
  "shutdown-before-announcement":
    'names/gpt-image-1-5.yaml:16:30  the scheduled shutdown (shutdownScheduled: 2026-05-01) is before the deprecation announcement (deprecationAnnounced: 2026-06-02)  (check both dates against their sources; if it really happened in this order, add `outOfOrder: "<why>"` to shutdownScheduled)',
  "guide-verified-in-future":
    "guides/sample-guide.mdx:7:15  `lastVerified` 2027-01-01 is after the as-of date 2026-11-21  (write the day you last checked the facts against the sources; it cannot be later than today)",
  "name-verified-in-future":
    "names/gpt-image.yaml:11:15  `lastVerified` 2027-01-01 is after the as-of date 2026-11-21  (write the day you last checked the facts against the sources; it cannot be later than today)",
  "updated-in-future":
    "guides/sample-guide.mdx:6:10  `updated` 2026-12-01 is after the as-of date 2026-11-21  (write the day of the last change readers should know about, today at the latest)",
  "updated-before-published":
    "guides/sample-guide.mdx:6:10  updated 2026-11-01 is before published 2026-11-21  (set updated to the day of the last change, on or after published)",
  "source-seen-in-future":
    "sources.yaml:15:11  `sources[1].seen` 2026-12-05 is after the as-of date 2026-11-21  (write the day you read the source, today at the latest)",
  "component-in-heading":
    "guides/sample-guide.mdx:19:8  `<Term>` inside a heading; headings take plain text only  (write the heading as plain text and use `<Term>` in the paragraph below it)",
  "empty-body":
    "guides/sample-guide.mdx:18:1  the guide has no body text  (write the guide's sections below the frontmatter, or set `draft: true` until it is written)",
  "short-body":
    "guides/sample-guide.mdx:18:1  the body has 7 words of text; a published guide needs at least 80  (write the guide's sections below the frontmatter, or set `draft: true` until it is written)",
  "related-draft":
    'guides/sample-guide.mdx:9:11  related guide "draft-guide" is a draft, which is not published, so the page would leave it out  (publish that guide first (remove `draft: true`), or take "draft-guide" out of `related`)',
  "related-missing":
    'guides/sample-guide.mdx:9:11  unknown guide slug "no-such-guide"  (use a slug from content/guides/ (the file name without .mdx))',
  "uppercase-file-name":
    'guides/Second-Guide.mdx:1:1  file name "Second-Guide.mdx" is not a lowercase slug; the file name is the page address  (rename it to second-guide.mdx (lowercase letters, digits and single hyphens))',
  "md-file-in-guides":
    'guides/notes.md:1:1  "notes.md" is not a guide file: content/guides/ reads only .mdx files, so this one is ignored  (rename it to notes.mdx)',
  "yml-file-in-names":
    'names/gpt-image-3.yml:1:1  "gpt-image-3.yml" is not a glossary name file: content/names/ reads only .yaml files, so this one is ignored  (rename it to gpt-image-3.yaml)',
  "stale-last-verified":
    'names/gpt-image.yaml:11:15  warning: lastVerified 2026-07-01 is 143 days before the as-of date 2026-11-21 (more than 90); the page shows a "may be out of date" note  (check the facts against the sources again, then set lastVerified to the day you did)',
  "dated-future-tense":
    "names/gpt-image-1-5.yaml:9:35  future-tense shutdown wording: “will shut down”  (use the dated form {{name.event | wording before the date | wording from the date on}}, with {date} and {days} inside (see “Dated wording” in content/README.md))",
  "dated-date-by-hand":
    'guides/sample-guide.mdx:29:26  the lifecycle date 1 December 2026 is written by hand (“1 December 2026”)  (use <Dated name="…" event="…" before="wording before the date" after="wording from the date on" />, with {date} and {days} inside (see “Dated wording” in content/README.md); this date is {{gpt-image-1-5.shutdownScheduled}})',
  "dated-deadline":
    'guides/sample-guide.mdx:29:16  a deadline (“before/until <date>”) written by hand: “before 2 March 2027”  (use <Dated name="…" event="…" before="wording before the date" after="wording from the date on" />, with {date} and {days} inside (see “Dated wording” in content/README.md))',
  "dated-unknown-name":
    'names/gpt-image-1-5.yaml:9:36  dated reference {{gpt-image-15.shutdownScheduled}} names an unknown name  (did you mean "gpt-image-1-5"?)',
  "dated-unknown-event":
    'names/gpt-image-1-5.yaml:9:36  dated reference {{gpt-image-1-5.shutdownSchedule}} names an unknown event  (did you mean "shutdownScheduled"? events: released, deprecationAnnounced, shutdownScheduled, shutDown, shutdown)',
  "dated-unknown-placeholder":
    "names/gpt-image-1-5.yaml:9:32  `{{` or `}}` that is not a complete dated marker  (write {{name.event}} or {{name.event | before | after}}; inside a wording only {date} and {days} are allowed)",
  "dated-deadline-marker":
    "names/gpt-image-1-5.yaml:9:40  a deadline in front of a date-only marker: “before {{gpt-image-1-5.shutdownScheduled}}”  (use the dated form {{name.event | wording before the date | wording from the date on}}, with {date} and {days} inside (see “Dated wording” in content/README.md); a deadline needs a wording for after the date)",
  "dated-wording-in-wrong-slot":
    "names/gpt-image-1-5.yaml:9:32  the “on” wording of {{gpt-image-1-5.shutdownScheduled}} says “has passed”, which is not true on the day itself  (the wordings go in the order before | on | after (in MDX: before=, on=, after=); move it to the slot it is true in)",
  "dated-mdx-swapped-wordings":
    'guides/sample-guide.mdx:29:122  the after= wording of <Dated name="gpt-image-1-5" event="shutdownScheduled"> says “today”, which is not true after the date  (the wordings go in the order before | on | after (in MDX: before=, on=, after=); move it to the slot it is true in)',
  "dated-follow-by-hand":
    'guides/sample-guide.mdx:29:17  “scheduled to follow” written by hand: “is scheduled to follow”  (use <Dated name="…" event="…" before="wording before the date" after="wording from the date on" />, with {date} and {days} inside (see “Dated wording” in content/README.md))',
  "dated-mdx-missing-event":
    "guides/sample-guide.mdx:29:18  gpt-image-2 has no shutdownScheduled date in its lifecycle  (its lifecycle has: released)",
};

const lines = async (contentDir: string) =>
  (await checkContent({ contentDir, publicDir: FIXTURE_PUBLIC_DIR })).map(formatIssue);

beforeAll(() => {
  // Freshness warnings and statuses are computed against this date (npm test pins the same one).
  process.env.SITE_AS_OF = "2026-11-21";
});

describe("content check: bad-content fixtures", () => {
  it("has an expected message for every case and a case for every expected message", () => {
    expect(BAD_CASES.map((c) => c.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("passes the valid fixture with no errors and no warnings", async () => {
    expect(await lines(VALID_DIR)).toEqual([]);
  });

  for (const c of BAD_CASES) {
    describe(c.name, () => {
      it("is the valid fixture with exactly this one mistake (regenerate: npx tsx tests/fixtures/bad-cases.ts)", () => {
        expect(actualFiles(c)).toEqual(expectedFiles(c));
      });
      it("gives exactly the located message", async () => {
        expect(await lines(path.join(BAD_DIR, c.name))).toEqual([`${BAD_DIR}/${c.name}/${EXPECTED[c.name]}`]);
      });
    });
  }
});

describe("npm run content:check", () => {
  const run = (dir: string) =>
    spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/content-check.ts"], {
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: dir, PUBLIC_DIR: FIXTURE_PUBLIC_DIR, SITE_AS_OF: "2026-11-21" },
    });

  it("prints the located line and exits 1 on an error", () => {
    const r = run(path.join(BAD_DIR, "unknown-term-slug"));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${BAD_DIR}/unknown-term-slug/${EXPECTED["unknown-term-slug"]}`);
  });

  it("prints a warning but exits 0 when there are only warnings", () => {
    const r = run(path.join(BAD_DIR, "stale-last-verified"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("warning: lastVerified 2026-07-01");
  });
});

describe("content check: several mistakes", () => {
  it("reports every problem in one run, across files, errors and warnings together", async () => {
    const cases = ["unknown-relation-slug", "mdx-unescaped-lt", "duplicate-source-id", "stale-last-verified"];
    const dir = path.join(".cache", "test-content", "several");
    rmSync(dir, { recursive: true, force: true });
    cpSync(VALID_DIR, dir, { recursive: true });
    for (const c of BAD_CASES.filter((c) => cases.includes(c.name))) {
      const file = path.join(dir, c.file);
      writeFileSync(file, c.edit(readFileSync(file, "utf8")));
    }
    const expected = cases.map((name) => `${dir}/${EXPECTED[name]}`).sort();
    expect(await lines(dir)).toEqual(expected);
  });
});

describe("content check: the real content", () => {
  it("passes with zero errors and zero warnings", async () => {
    // The real content is checked as of the date npm test builds it (its dates may be that recent).
    process.env.SITE_AS_OF = TEST_AS_OF;
    expect((await checkContent()).map(formatIssue)).toEqual([]);
  });
});

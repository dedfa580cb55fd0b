/**
 * What editors' machines and calendars do to content: a byte-order mark or Windows line ends change
 * nothing, an out-of-order lifecycle date passes only with a reason, dates after the as-of date and
 * impossible as-of dates are refused. (One-mistake fixtures with exact messages are in content-check.test.ts.)
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { asOfDate } from "@/lib/as-of";
import { checkContent, loadSnapshot } from "@/lib/content/check";
import { formatIssue } from "@/lib/content/issues";
import { FIXTURE_PUBLIC_DIR, VALID_DIR } from "../fixtures/bad-cases";

const WORK = path.join(".cache", "test-content");

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

/** A copy of the valid fixture with `edit` applied to every file. */
function copyWith(name: string, edit: (text: string, file: string) => string): string {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(VALID_DIR, dir, { recursive: true });
  for (const f of files(dir)) writeFileSync(f, edit(readFileSync(f, "utf8"), f));
  return dir;
}

const lines = async (dir: string) =>
  (await checkContent({ contentDir: dir, publicDir: FIXTURE_PUBLIC_DIR })).map(formatIssue);

function snapshotOf(dir: string) {
  process.env.CONTENT_DIR = dir;
  try {
    const { snapshot } = loadSnapshot();
    return {
      guides: snapshot.guides.map((g) => ({ slug: g.slug, frontmatter: g.frontmatter, body: g.body })),
      names: snapshot.names.map((n) => n.data),
      sources: snapshot.sources.map((s) => s.data),
      routes: snapshot.routes.map((r) => r.data),
    };
  } finally {
    delete process.env.CONTENT_DIR;
  }
}

beforeAll(() => {
  process.env.SITE_AS_OF = "2026-11-21";
});
afterEach(() => {
  process.env.SITE_AS_OF = "2026-11-21";
});

describe("byte-order marks and Windows line ends", () => {
  it("a byte-order mark at the start of every file changes nothing", async () => {
    const dir = copyWith("bom", (t) => `\uFEFF${t}`);
    expect(await lines(dir)).toEqual([]);
    expect(snapshotOf(dir)).toEqual(snapshotOf(VALID_DIR));
  });

  it("CRLF line ends in every file change nothing, positions included", async () => {
    const dir = copyWith("crlf", (t) => t.replace(/\n/g, "\r\n"));
    expect(await lines(dir)).toEqual([]);
    expect(snapshotOf(dir)).toEqual(snapshotOf(VALID_DIR));
    // A mistake in a CRLF file is reported at the same line and column as in an LF file.
    const bad = copyWith("crlf-bad", (t, f) =>
      (f.endsWith("sample-guide.mdx")
        ? t.replace("## First section", '## Why <Term slug="gpt-image-2" /> matters')
        : t
      ).replace(/\n/g, "\r\n"),
    );
    expect(await lines(bad)).toEqual([
      `${bad}/guides/sample-guide.mdx:19:8  \`<Term>\` inside a heading; headings take plain text only  (write the heading as plain text and use \`<Term>\` in the paragraph below it)`,
    ]);
  });
});

describe("lifecycle order and dates after the as-of date", () => {
  it("accepts an out-of-order lifecycle date that says why", async () => {
    const dir = copyWith("out-of-order-with-reason", (t, f) =>
      f.endsWith("gpt-image-1-5.yaml")
        ? t.replace(
            "deprecationAnnounced: { date: 2026-06-02, source: openai-changelog }",
            'deprecationAnnounced: { date: 2025-01-01, source: openai-changelog, outOfOrder: "announced with the preview, before general release" }',
          )
        : t,
    );
    expect(readFileSync(path.join(dir, "names", "gpt-image-1-5.yaml"), "utf8")).toContain("outOfOrder");
    expect(await lines(dir)).toEqual([]);
  });

  it("refuses a guide published after the as-of date", async () => {
    const dir = copyWith("published-in-future", (t) =>
      t.replace("published: 2026-11-21", "published: 2026-12-24").replace("updated: 2026-11-21", "updated: 2026-12-24"),
    );
    expect(await lines(dir)).toEqual([
      `${dir}/guides/sample-guide.mdx:5:12  \`published\` 2026-12-24 is after the as-of date 2026-11-21  (write the day the page first went online, today at the latest)`,
      `${dir}/guides/sample-guide.mdx:6:10  \`updated\` 2026-12-24 is after the as-of date 2026-11-21  (write the day of the last change readers should know about, today at the latest)`,
    ]);
  });

  it("the same content passes when the as-of date has caught up", async () => {
    const dir = copyWith("published-later", (t) =>
      t.replace("published: 2026-11-21", "published: 2026-12-24").replace("updated: 2026-11-21", "updated: 2026-12-24"),
    );
    process.env.SITE_AS_OF = "2026-12-24";
    expect(await lines(dir)).toEqual([]);
  });
});

describe("the as-of date itself", () => {
  it("refuses an impossible calendar date", () => {
    process.env.SITE_AS_OF = "2026-02-30";
    expect(() => asOfDate()).toThrow('SITE_AS_OF "2026-02-30" is not a real calendar date');
  });

  it("accepts a leap day", () => {
    process.env.SITE_AS_OF = "2028-02-29";
    expect(asOfDate()).toBe("2028-02-29");
  });
});

/**
 * `npm run new:guide` and `npm run new:name` create a file that passes its schema, with today's dates,
 * and refuse to overwrite. Run as the CLI an editor runs, into a temporary content folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadGuidesWithIssues } from "@/lib/content/guides";
import { formatIssue } from "@/lib/content/issues";
import { loadNamesWithIssues } from "@/lib/content/names";

const DIR = path.join(".cache", "test-content", "scaffold");
const TODAY = "2026-11-21";

function run(script: "new-guide" | "new-name", arg: string) {
  return spawnSync(path.join("node_modules", ".bin", "tsx"), [`scripts/${script}.ts`, arg], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: DIR, SITE_AS_OF: TODAY },
  });
}

/** Loaders read CONTENT_DIR at call time. */
function inDir<T>(load: () => T): T {
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = DIR;
  try {
    return load();
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
}

beforeEach(() => {
  process.env.SITE_AS_OF = TODAY;
  rmSync(DIR, { recursive: true, force: true });
  cpSync("tests/fixtures/valid-content", DIR, { recursive: true });
});

describe("npm run new:guide", () => {
  it("creates a draft guide that passes the schema, dated today", () => {
    const r = run("new-guide", "Pinning a GPT Image snapshot");
    expect(r.status).toBe(0);
    const file = path.join(DIR, "guides", "pinning-a-gpt-image-snapshot.mdx");
    expect(r.stdout).toContain(`Created ${file}`);
    const { guides, issues } = inDir(loadGuidesWithIssues);
    expect(issues).toEqual([]);
    const g = guides.find((x) => x.slug === "pinning-a-gpt-image-snapshot");
    expect(g?.frontmatter).toMatchObject({
      title: "Pinning a GPT Image snapshot",
      draft: true,
      published: TODAY,
      updated: TODAY,
      lastVerified: TODAY,
    });
  });

  it("passes the whole content check while it is a draft", async () => {
    run("new-guide", "Pinning a GPT Image snapshot");
    expect((await checkContent({ contentDir: DIR })).map(formatIssue)).toEqual([]);
  });

  it("refuses to overwrite an existing guide", () => {
    run("new-guide", "Pinning a GPT Image snapshot");
    const file = path.join(DIR, "guides", "pinning-a-gpt-image-snapshot.mdx");
    const before = readFileSync(file, "utf8");
    const again = run("new-guide", "Pinning a GPT Image snapshot");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`new:guide: ${file} already exists; edit it, or choose another title`);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses a title the schema would reject", () => {
    const r = run("new-guide", "A title that is far too long to ever fit in a search result on any engine");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the title must be 10–70 characters");
  });
});

describe("npm run new:name", () => {
  it("creates a name that passes the schema, dated today, with the schema comment for editors", () => {
    const r = run("new-name", "GPT Image 3");
    expect(r.status).toBe(0);
    const file = path.join(DIR, "names", "gpt-image-3.yaml");
    expect(readFileSync(file, "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schemas/name.schema.json",
    );
    const { records, issues } = inDir(loadNamesWithIssues);
    expect(issues).toEqual([]);
    expect(records.find((n) => n.data.slug === "gpt-image-3")?.data).toMatchObject({
      name: "GPT Image 3",
      lastVerified: TODAY,
    });
  });

  it("is flagged by the content check until its TODO placeholders are replaced", async () => {
    run("new-name", "GPT Image 3");
    const issues = await checkContent({ contentDir: DIR });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.message.startsWith("placeholder text left in"))).toBe(true);
  });

  it("refuses to overwrite an existing name", () => {
    const existing = path.join(DIR, "names", "gpt-image-2.yaml");
    const before = readFileSync(existing, "utf8");
    const r = run("new-name", "gpt-image-2");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`new:name: ${existing} already exists; edit it, or choose another name`);
    expect(readFileSync(existing, "utf8")).toBe(before);
    expect(existsSync(path.join(DIR, "names", "gpt-image-2.yaml"))).toBe(true);
  });
});

/**
 * Rebuilding only what changed must give the site a cold build gives (issue 18). On a copy of the fixture
 * content, in folders of its own under .cache/incremental-test/, this runs real builds:
 *   1. cold (empty caches, no .next/ build) → A;
 *   2. the same build again: nothing changed, so out/ is kept, and equals A;
 *   3. one guide edited, built with every cache warm → B (Next renders that guide, its MDX compiled from the
 *      content check's parse; the other guide page comes from the page store); then cold, with the check's
 *      cache off, so every body is parsed by the compile itself → B′; B must equal B′ byte for byte;
 *   4. one name's shutdown date moved, built warm → C; every page that mentions the name and shows the old
 *      date must differ from B, and C must equal a cold build C′.
 * Every file is compared except the build stamp. It builds four times, so it takes a few minutes.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TEST_AS_OF } from "@/scripts/lib/as-of-builds";
import { STAMP_FILE } from "@/scripts/lib/export/build-stamp";
import { filesUnder, pathUnder } from "@/scripts/lib/files-under";

const ROOT = process.cwd();
const HOME = path.join(ROOT, ".cache", "incremental-test");
const CONTENT = path.join(HOME, "content");
const CACHES = path.join(HOME, "caches");
const NAME = { slug: "gpt-image-1-5", text: "gpt-image-1.5", file: "names/gpt-image-1-5.yaml" };

/** Runs a build (asynchronously, so the test worker keeps answering vitest while it waits) and returns its log. */
async function build(out: string, caches: string, extraEnv: Record<string, string> = {}): Promise<string> {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
    env: {
      ...process.env,
      ...extraEnv,
      SITE_AS_OF: TEST_AS_OF,
      CONTENT_DIR: CONTENT,
      OUT_DIR: out,
      BUILD_WORK_DIR: path.join(HOME, "work"),
      ORIGINALS_DIR: `${out}-originals`,
      MDX_CACHE_DIR: path.join(caches, "mdx"),
      OG_CACHE_DIR: path.join(caches, "og"),
      CONTENT_CHECK_CACHE_DIR: path.join(caches, "content-check"),
      TYPECHECK_CACHE_DIR: path.join(caches, "typecheck"),
      POSTEXPORT_CACHE_DIR: path.join(caches, "postexport"),
      TWIN_CACHE_DIR: path.join(caches, "twins"),
      PAGE_STORE_DIR: path.join(caches, "pages"),
      MDX_STATS_FILE: path.join(HOME, "mdx-stats.json"),
      BUILD_KEEP_RAW_EXPORT: "0",
      NEXT_TELEMETRY_DISABLED: "1",
      FORCE_COLOR: "0",
    },
  });
  let log = "";
  child.stdout.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr.on("data", (d: Buffer) => (log += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (status !== 0)
    throw Object.assign(new Error(`build into ${out} failed:\n${log.split("\n").slice(-40).join("\n")}`), { log });
  return log;
}

/** A cold build: empty caches and no Next build folder (its dev folder is left alone). */
function coldBuild(
  out: string,
  caches = path.join(HOME, "cold-caches"),
  extraEnv: Record<string, string> = {},
): Promise<string> {
  rmSync(caches, { recursive: true, force: true });
  if (existsSync(".next"))
    for (const e of readdirSync(".next"))
      if (e !== "dev") rmSync(path.join(".next", e), { recursive: true, force: true });
  return build(out, caches, extraEnv);
}

function files(dir: string): string[] {
  return [...filesUnder(dir)]
    .map((f) => pathUnder(dir, f))
    .filter((f) => f !== STAMP_FILE)
    .sort();
}

/**
 * Paths that differ between two exports: missing on one side, or different bytes. Exactly: what Next's
 * timing used to vary (the feed link's place in <head>, React's text separators) is now the same in every
 * build (lib/seo/metadata.ts FEED_ALTERNATE, scripts/lib/export/strip.ts).
 */
function differences(a: string, b: string): string[] {
  const fa = files(a);
  const fb = files(b);
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => {
    if (!existsSync(path.join(a, f)) || !existsSync(path.join(b, f))) return true;
    return !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)));
  });
}

/** A site's exported copy, kept aside before the next build replaces its out/. */
function keep(out: string, name: string) {
  const copy = path.join(HOME, name);
  rmSync(copy, { recursive: true, force: true });
  cpSync(out, copy, { recursive: true });
  return copy;
}

describe("incremental builds equal cold builds", () => {
  const out = path.join(HOME, "out");
  beforeAll(() => {
    rmSync(HOME, { recursive: true, force: true });
    mkdirSync(HOME, { recursive: true });
    cpSync(path.join(ROOT, "tests", "fixtures", "valid-content"), CONTENT, { recursive: true });
    // A second guide, so that after one guide's edit the other page comes from the page store.
    const sample = readFileSync(path.join(CONTENT, "guides", "sample-guide.mdx"), "utf8");
    writeFileSync(
      path.join(CONTENT, "guides", "second-guide.mdx"),
      sample
        .replace(/^title: .*$/m, 'title: "A second sample guide"')
        .replace(
          /^description: .*$/m,
          'description: "A second fixture guide, so a rebuild after one edit can take this page from the page store."',
        ),
    );
  });
  // Kept when a test failed, so the differing files can be read; removed after a clean run.
  let failed = false;
  afterEach((ctx) => {
    if (ctx.task.result?.state === "fail") failed = true;
  });
  afterAll(() => {
    if (!failed) rmSync(HOME, { recursive: true, force: true });
  });

  let a = "";
  let b = "";

  it("keeps out/ when nothing changed, and it is the cold build", async () => {
    const cold = await coldBuild(out, CACHES);
    // Every body the build compiled started from the content check's parse (lib/content/mdx-trees.ts). The two
    // guides have one body (the second is a copy with another title), so one body is compiled.
    expect(cold).toContain("build: MDX 1 of 1 bodies compiled (1 from the content check's parse)");
    a = keep(out, "a");
    const log = await build(out, CACHES);
    expect(log).toContain("build: nothing changed since the build in");
    expect(differences(a, out)).toEqual([]);
  }, 1_200_000);

  it("after one changed guide, builds what a cold build builds", async () => {
    const guide = path.join(CONTENT, "guides", "sample-guide.mdx");
    writeFileSync(guide, `${readFileSync(guide, "utf8").trimEnd()}\n\nA sentence added by the incremental test.\n`);
    const log = await build(out, CACHES);
    expect(log).not.toContain("build: nothing changed");
    expect(log).toMatch(/Open Graph 0 of \d+ cards rendered/);
    // Next renders the edited guide only; the other guide page is the stored one.
    expect(log).toContain("build: 1 of 2 guide pages to render, the others from the page store");
    // Only the rendered guide's body is asked for; the check had just parsed it.
    expect(log).toContain("build: MDX 1 of 1 bodies compiled (1 from the content check's parse)");
    // No code changed, so there is no type check and Next's compile starts at once, beside the content check;
    // what the compile says is held until the checks passed (scripts/build.ts, start() held).
    expect(log).toContain("build: type check skipped");
    const at = (line: string) => {
      expect(log).toContain(line);
      return log.indexOf(line);
    };
    expect(at("build: next build (compile) started beside the content check")).toBeLessThan(
      at("build: content check finished"),
    );
    expect(at("build: checks done")).toBeLessThan(at("▲ Next.js"));
    b = keep(out, "b");
    const changed = differences(a, b);
    expect(changed).toContain("guides/sample-guide/index.html");
    expect(changed).not.toContain("guides/second-guide/index.html");
    // Without the check's cache no tree is kept, so the compile parses every body itself: the same site.
    const parsed = await coldBuild(path.join(HOME, "b-cold"), undefined, { CONTENT_CHECK_CACHE: "0" });
    expect(parsed).toContain("build: MDX 2 of 2 bodies compiled (0 from the content check's parse)");
    expect(differences(b, path.join(HOME, "b-cold"))).toEqual([]);
  }, 1_200_000);

  it("carries a changed lifecycle date to every page that shows it, as a cold build does", async () => {
    const yaml = path.join(CONTENT, NAME.file);
    const before = readFileSync(yaml, "utf8");
    expect(before).toContain("shutdownScheduled: { date: 2026-12-01");
    writeFileSync(
      yaml,
      before.replace("shutdownScheduled: { date: 2026-12-01", "shutdownScheduled: { date: 2026-12-15"),
    );
    const log = await build(out, CACHES);
    // A name is input that every guide page shares: no guide page may come from the page store.
    expect(log).not.toContain("from the page store");
    // Pages that mention the name and show the date (in the fixtures no other name has that date). A page that
    // only links to the name (a "replaced by" line, a list of ids) has nothing to change; a cold build agrees.
    const mentions = files(b).filter((f) => {
      if (!f.endsWith(".html")) return false;
      const html = readFileSync(path.join(b, f), "utf8");
      const mentionsName = html.includes(`/names/${NAME.slug}/`) || html.includes(NAME.text);
      return mentionsName && /2026-12-01|December 1, 2026/.test(html);
    });
    expect(mentions).toContain(`names/${NAME.slug}/index.html`);
    expect(mentions.length).toBeGreaterThan(3);
    const changed = new Set(differences(b, out));
    expect(mentions.filter((f) => !changed.has(f))).toEqual([]);
    await coldBuild(path.join(HOME, "c-cold"));
    expect(differences(out, path.join(HOME, "c-cold"))).toEqual([]);
  }, 1_200_000);

  it("names the content error, not Next's compile running beside the check, and keeps out/", async () => {
    // A front matter mistake breaks Next's compile too (it renders the guide list), but the editor must read
    // the content check's located message, and only that, as when the two ran one after the other.
    const guide = path.join(CONTENT, "guides", "second-guide.mdx");
    const good = readFileSync(guide, "utf8");
    writeFileSync(guide, good.replace(/^description: .*$/m, "description: 42"));
    try {
      const failed = await build(out, CACHES).then(
        () => "",
        (error: Error & { log: string }) => error.log,
      );
      expect(failed).toContain("guides/second-guide.mdx:3:14  `description` should be text, but it is the number 42");
      expect(failed).toContain("build: next build (compile) started beside the content check");
      expect(failed).toContain("build: content check failed; ");
      expect(failed).not.toContain("next build (compile) failed");
      expect(failed).not.toContain("▲ Next.js");
      expect(differences(out, path.join(HOME, "c-cold"))).toEqual([]);
    } finally {
      writeFileSync(guide, good);
    }
  }, 600_000);
});

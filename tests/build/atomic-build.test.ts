/**
 * A failed or interrupted build never changes what is published. The steps after `next build` run for
 * real (post-export, search index, stamp, self-check, publish) on a trimmed copy of the raw Next export
 * that the production build keeps in .cache/build/raw-export, into a test out/ under .cache; each case
 * fails or interrupts the build at one point and asserts that out/ is the same byte for byte and still
 * serves a clean site. Bounded: a dozen pages, a few seconds per case.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { selfCheck } from "@/scripts/lib/export/self-check";
import { createServer } from "@/scripts/serve";
import { listenOnLoopback, rawRequest } from "../support/http";
import { filesUnder, pathUnder } from "@/scripts/lib/files-under";

const RAW = path.resolve(process.env.RAW_EXPORT_DIR ?? path.join(".cache", "build", "raw-export"));
const ROOT = path.resolve(".cache", "test-atomic");
const TRIMMED = path.join(ROOT, "raw");
const OUT = path.join(ROOT, "out");
const WORK = path.join(ROOT, "work");
const SHOWN_OUT = path.relative(process.cwd(), OUT);
const UNCHANGED = `${SHOWN_OUT}/ is unchanged (the last good build is still there)`;

/** The raw export without most pages: the same shape, a fraction of the post-export work. */
function trimRawExport() {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(TRIMMED, { recursive: true });
  const keepDirs = new Set(["_next", "islands", "guides", "search", "404", "_not-found"]);
  for (const entry of readdirSync(RAW)) {
    const from = path.join(RAW, entry);
    if (statSync(from).isDirectory() && !keepDirs.has(entry)) continue;
    cpSync(from, path.join(TRIMMED, entry), { recursive: true });
  }
}

function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of filesUnder(dir))
    out.set(pathUnder(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex"));
  return out;
}

interface BuildRun {
  child: ChildProcess;
  output: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
  waitFor: (text: string) => Promise<void>;
}

function startBuild(env: Record<string, string> = {}): BuildRun {
  // Its own process group, so a test can send Ctrl-C to the build and its steps together, as a terminal does.
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/build.ts"], {
    detached: true,
    env: {
      ...process.env,
      SITE_AS_OF: "2026-11-21",
      OUT_DIR: OUT,
      BUILD_WORK_DIR: WORK,
      ORIGINALS_DIR: path.join(ROOT, "originals"),
      BUILD_NEXT_EXPORT: TRIMMED,
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  const poke = () => {
    for (const w of [...waiters])
      if ((stdout + stderr).includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  child.stdout!.on("data", (d: Buffer) => ((stdout += d.toString()), poke()));
  child.stderr!.on("data", (d: Buffer) => ((stderr += d.toString()), poke()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => stdout + stderr,
    stderr: () => stderr,
    exit,
    waitFor: (text) =>
      new Promise((resolve, reject) => {
        waiters.push({ text, resolve });
        poke();
        void exit.then(() => reject(new Error(`build exited before printing "${text}":\n${stdout}${stderr}`)));
      }),
  };
}

/** What a reader gets from out/ right now: every page whole, no runtime, the search index there. */
async function servesCleanly(expected: Map<string, string>) {
  const server = createHttpServer(createServer(OUT));
  const port = await listenOnLoopback(server);
  try {
    for (const url of ["/", "/guides/", "/search/", "/pagefind/pagefind.js"]) {
      const r = await rawRequest(port, url);
      expect(r.status, url).toBe(200);
      expect(r.body, url).not.toContain("self.__next_f");
    }
    const home = await rawRequest(port, "/");
    expect(createHash("sha256").update(home.body).digest("hex")).toBe(expected.get("index.html"));
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

let good: Map<string, string>;

/** The signal stopped the build with exit 130 in `step`, and out/ is the last good site, served cleanly. */
async function expectInterrupted(run: BuildRun, step: string) {
  expect(await run.exit).toBe(130);
  expect(run.stderr()).toContain(`build: interrupted during ${step}; ${UNCHANGED}`);
  expect(hashTree(OUT)).toEqual(good);
  await servesCleanly(good);
}

beforeAll(async () => {
  if (!existsSync(path.join(RAW, "index.html")))
    throw new Error(`No raw Next export in ${RAW}: run \`npm run build\` first (every build keeps one there).`);
  trimRawExport();
  const first = startBuild();
  expect(await first.exit, first.output()).toBe(0);
  good = hashTree(OUT);
}, 120_000);

describe("a complete build", () => {
  it("publishes a site that passes the self-check, with nothing left in the work folder", async () => {
    expect(selfCheck(OUT)).toEqual([]);
    expect(good.has(".build-stamp")).toBe(true);
    expect(good.has("_headers")).toBe(true);
    expect(existsSync(path.join(WORK, "stage"))).toBe(false);
    expect(existsSync(path.join(WORK, "previous"))).toBe(false);
    await servesCleanly(good);
  });
});

describe("the self-check before publishing", () => {
  it("refuses the raw export: runtime in the pages, payload files, no search index, no headers, no stamp", () => {
    const problems = selfCheck(TRIMMED);
    expect(problems).toEqual(
      expect.arrayContaining([
        "_headers is missing",
        ".build-stamp is missing",
        "pagefind/pagefind.js is missing",
        "index.html: the framework runtime is still in the page",
        "index.txt: framework payload file left in the export",
      ]),
    );
  });
});

describe("a build that fails or is interrupted leaves out/ byte for byte", () => {
  it.each(["next build", "post-export", "search index", "self-check"])(
    "fails after %s",
    async (step) => {
      const run = startBuild({ BUILD_FAIL_AFTER: step.replaceAll(" ", "-") });
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toContain(`build: failed after ${step} (BUILD_FAIL_AFTER); ${UNCHANGED}`);
      expect(hashTree(OUT)).toEqual(good);
      await servesCleanly(good);
    },
    60_000,
  );

  it("Ctrl-C half-way through the post-export step; meanwhile the server serves the last good site", async () => {
    const run = startBuild({ POSTEXPORT_PAUSE_AFTER_PAGES: "3" });
    await run.waitFor("post-export: paused after 3 pages");
    // The stage now holds pages with and without the runtime; out/ must not show any of it.
    expect(hashTree(OUT)).toEqual(good);
    await servesCleanly(good);
    process.kill(-run.child.pid!, "SIGINT");
    await expectInterrupted(run, "post-export");
  }, 60_000);

  it("Ctrl-C at the start of the search index", async () => {
    const run = startBuild({ BUILD_PAUSE_AT: "search-index" });
    await run.waitFor("build: paused at the start of search index");
    process.kill(-run.child.pid!, "SIGINT");
    await expectInterrupted(run, "search index");
  }, 60_000);

  it("SIGTERM to the build process alone, during the post-export step, stops its step too", async () => {
    const run = startBuild({ POSTEXPORT_PAUSE_AFTER_PAGES: "2" });
    await run.waitFor("post-export: paused after 2 pages");
    run.child.kill("SIGTERM");
    await expectInterrupted(run, "post-export");
  }, 60_000);

  it("a publish cut off between its two renames is undone by the next build, which then fails harmlessly", async () => {
    // What a kill -9 between `out → previous` and `stage → out` leaves behind.
    mkdirSync(WORK, { recursive: true });
    renameSync(OUT, path.join(WORK, "previous"));
    const run = startBuild({ BUILD_FAIL_AFTER: "next-build" });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain(`build: put back ${SHOWN_OUT}/, which an interrupted publish had moved aside`);
    expect(hashTree(OUT)).toEqual(good);
    await servesCleanly(good);
  }, 60_000);
});

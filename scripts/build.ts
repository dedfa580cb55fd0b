/**
 * The production build: JSON schemas → islands → checks (the content check and the type check, side by
 * side; Next's compile starts beside the content check once the type check is done) → next build → guide
 * cards → post-export step → data formats → search index → build stamp → self-check → publish. Every step
 * works in a staging folder (.cache/build/stage, see scripts/lib/export/publish.ts); only a build that passed
 * every step replaces out/.
 * A failed or interrupted build (Ctrl-C, SIGTERM, a crash) leaves out/ exactly as it was and says so.
 *
 * Each step runs as a child process, so an interrupt stops the step at once, wherever it is.
 * Options (environment):
 *   OUT_DIR, BUILD_WORK_DIR, ORIGINALS_DIR  where the site, the work folders and the originals go
 *   BUILD_NEXT_EXPORT=<dir>   reuse a raw Next export (such as .cache/build/raw-export, kept by every
 *                             build unless BUILD_KEEP_RAW_EXPORT=0) instead of content check → next build;
 *                             for the fault tests
 *   BUILD_FAIL_AFTER=<step>   test hook: fail right after that step (checks, next-build, cards, post-export,
 *                             search-index, build-stamp, self-check), as a broken step would
 *   BUILD_PAUSE_AT=<step>     test hook: wait at the start of that step, so a test can interrupt it there
 *   BUILD_FORCE=1             build even when out/ already holds a build of exactly these inputs
 *
 * Rebuilding only what changed (issue 18): when out/ already holds a complete build whose stamp (a hash of
 * content, code, lockfile, as-of day and origin; scripts/lib/export/build-stamp.ts) equals this build's,
 * nothing is rebuilt: the build it would produce is already there. Otherwise every step runs, and the
 * slow parts answer unchanged work from caches keyed by content and code: MDX bodies (.cache/mdx), guide
 * parses in the content check (.cache/content-check) and Open Graph cards (.cache/og); the type check runs
 * only when code changed since the last passing one (.cache/typecheck).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { mdxCacheDir } from "../lib/content/mdx";
import { contentDir } from "../lib/content/paths";
import { sumMdxStats } from "../lib/content/mdx-stats";
import { buildStamps, STAMP_FILE } from "./lib/export/build-stamp";
import { fillIslandDataAfterExport } from "./lib/export/island-data-after-export";
import {
  keepGuidePages,
  pageStoreDir,
  planGuidePages,
  restoreGuidePages,
  writeRenderSet,
} from "./lib/export/page-store";
import { buildDirs, publishStage, restoreInterruptedSwap } from "./lib/export/publish";
import { selfCheck } from "./lib/export/self-check";
import { sumOgStats } from "../lib/seo/og-cache";
import { tsScript } from "./lib/ts-script";
import { typecheckKey } from "./lib/typecheck-key";
import { writeOutputs } from "./gen-outputs";

// A production build in every step, as in Next's: the loaders keep what they read only in production
// (lib/content/read.ts; `next dev` re-reads on each request), and unset, the data formats step (run in this
// process) and the cards step re-read and re-validated every content file on each loader call.
Object.assign(process.env, { NODE_ENV: "production" });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const dirs = buildDirs();
const work = path.dirname(dirs.stage);
const shownOut = `${path.relative(process.cwd(), dirs.out) || dirs.out}/`;
const bin = (name: string) => path.join("node_modules", ".bin", name);
const slug = (step: string) => step.replaceAll(" ", "-");

let step = "start";
/** The steps' processes now running (several during the checks). */
const children = new Set<ChildProcess>();
let published = false;

/** What the reader of a failed build most needs to know: what is served now. */
function outState(): string {
  if (published) return `${shownOut} already holds the new build`;
  return existsSync(path.join(dirs.out, "index.html"))
    ? `${shownOut} is unchanged (the last good build is still there)`
    : `${shownOut} was not written (there was no previous build)`;
}

function stop(reason: string, code: number): never {
  // A step that fails while others run beside it (the checks) takes them down with the build.
  for (const c of children) c.kill("SIGTERM");
  console.error(`\nbuild: ${reason}; ${outState()}`);
  releaseLock();
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // A Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on.
    for (const c of children) c.kill(signal);
    stop(`interrupted during ${step}`, 130);
  });
}

// ---------------------------------------------------------------- one build at a time per folder

const lockFile = path.join(work, "build.pid");
function takeLock() {
  mkdirSync(work, { recursive: true });
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) {
      console.error(`build: another build (process ${pid}) is running in this folder; wait for it or stop it`);
      process.exit(1);
    }
  }
  writeFileSync(lockFile, String(process.pid));
}
function releaseLock() {
  if (existsSync(lockFile) && readFileSync(lockFile, "utf8") === String(process.pid)) rmSync(lockFile);
}

// ---------------------------------------------------------------- steps

function afterStep(name: string, started: number) {
  console.log(`build: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (process.env.BUILD_FAIL_AFTER === slug(name)) stop(`failed after ${name} (BUILD_FAIL_AFTER)`, 1);
}

async function begin(name: string): Promise<number> {
  step = name;
  console.log(`build: ${name} started`);
  if (process.env.BUILD_PAUSE_AT === slug(name)) {
    console.log(`build: paused at the start of ${name} (BUILD_PAUSE_AT)`);
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  }
  return Date.now();
}

interface Command {
  name: string;
  command: string;
  args: string[];
  extraEnv?: Record<string, string>;
}

/** A step's command, started; see `start`. */
interface Started {
  /** Prints what the command said so far (when held) and lets the rest through; resolves when it exits. */
  release(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts a step's command; stop() takes it down with the build. Held, its output waits until `release()`: it
 * runs beside another step whose messages (an editor's located content errors) must read as they would alone,
 * and its failure is the caller's to report after that step, so a step that fails for a reason of its own (bad
 * content) is the one the build names.
 */
function start({ command, args, extraEnv = {} }: Command, held = false): Started {
  const c = spawn(command, args, {
    stdio: held ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...env, ...extraEnv },
  });
  children.add(c);
  const said: Array<[NodeJS.WriteStream, Buffer]> = [];
  let released = !held;
  for (const [from, to] of [
    [c.stdout, process.stdout],
    [c.stderr, process.stderr],
  ] as const)
    from?.on("data", (chunk: Buffer) => (released ? to.write(chunk) : said.push([to, chunk])));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    c.on("exit", (code, signal) => {
      children.delete(c);
      resolve({ code, signal });
    }),
  );
  return {
    release() {
      for (const [to, chunk] of said.splice(0)) to.write(chunk);
      released = true;
      return exit;
    },
  };
}

/** Waits for a started command; a failure stops the build. */
async function finish(name: string, started: Started): Promise<void> {
  const { code, signal } = await started.release();
  if (code !== 0) stop(`${name} failed${signal ? ` (${signal})` : ""}`, code ?? 1);
}

/** Runs one command to its end; a failure stops the build. */
const spawnStep = (command: Command) => finish(command.name, start(command));

async function run(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  const started = await begin(name);
  await spawnStep({ name, command, args, extraEnv });
  afterStep(name, started);
}

const runScript = (name: string, file: string, extraEnv: Record<string, string> = {}) => {
  const { command, args } = tsScript(file);
  return run(name, command, args, extraEnv);
};

/**
 * Runs `member` as part of a step started at `started` (the checks run side by side); its own time is logged as
 * "<member> finished in N s", the step's line is the wall time of the slowest. A failure stops the others and the build.
 */
async function runMember(member: Command, started: number): Promise<void> {
  await spawnStep(member);
  console.log(`build: ${member.name} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * `next build` in two processes: compile, then generate. In one process the bundler's memory (about
 * 600 MiB at 1,000 guides, native, never handed back) stayed beside the two rendering workers for the
 * whole static generation, which is the build's memory peak; split, it is gone when generation starts
 * (issue 18). Both are Next's own build modes, and the pages they export are the same files.
 */
function nextBuildCommand(mode: "compile" | "generate", extraEnv: Record<string, string>): Command {
  return {
    name: `next build (${mode})`,
    command: bin("next"),
    args: ["build", "--experimental-build-mode", mode],
    extraEnv,
  };
}

async function nextGenerate(extraEnv: Record<string, string>): Promise<void> {
  // Next 16.4 reads this manifest with require() twice in one generate run: once before it writes the new
  // one (cached by require) and once to copy the pages out. The compile run's manifest, left here, would
  // be cached first and the export would copy no page; absent, the first read fails quietly as it does
  // in a plain `next build`, and the copy reads the new one.
  rmSync(path.join(".next", "prerender-manifest.json"), { force: true });
  await spawnStep(nextBuildCommand("generate", extraEnv));
  // Said here, not three steps later as an empty search index: a Next upgrade may change the above.
  if (!existsSync(path.join(dirs.stage, "index.html")))
    stop("next build exported no pages (see nextGenerate in scripts/build.ts)", 1);
}

async function inProcess(name: string, work: () => void | Promise<void>) {
  const started = await begin(name);
  try {
    await work();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    stop(`${name} failed`, 1);
  }
  afterStep(name, started);
}

takeLock();
if (restoreInterruptedSwap(dirs.out, dirs.previous))
  console.log(`build: put back ${shownOut}, which an interrupted publish had moved aside`);
rmSync(dirs.stage, { recursive: true, force: true });
rmSync(dirs.stageOriginals, { recursive: true, force: true });
const { stamp, shared } = buildStamps();
const rawExport = path.join(work, "raw-export");
const reuse = process.env.BUILD_NEXT_EXPORT;

/** out/ already is this build: same stamp, complete (the self-check), with the originals the tests read. */
function upToDate(): boolean {
  if (reuse || process.env.BUILD_FORCE === "1" || process.env.BUILD_FAIL_AFTER || process.env.BUILD_PAUSE_AT)
    return false;
  const stampFile = path.join(dirs.out, STAMP_FILE);
  if (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) return false;
  return existsSync(path.join(dirs.originals, "index.html")) && selfCheck(dirs.out).length === 0;
}
if (upToDate()) {
  console.log(`build: nothing changed since the build in ${shownOut} (same inputs and as-of day); kept as it is`);
  releaseLock();
  process.exit(0);
}

if (reuse) {
  await inProcess("next build", () => {
    if (!existsSync(path.join(reuse, "index.html"))) throw new Error(`BUILD_NEXT_EXPORT: no export in ${reuse}`);
    cpSync(reuse, dirs.stage, { recursive: true });
  });
} else {
  // Editors' JSON Schemas follow the zod schemas; a unit test fails if the committed ones drift.
  await runScript("json schemas", "scripts/gen-schemas.ts");
  // Before the type check: components import the islands manifest this step writes.
  await runScript("islands", "scripts/build-islands.ts");
  // Next's own type check is off (next.config.mjs): it cost ~40 s on every build, content-only ones too.
  // Ours runs beside the content check (each uses one core), and only when code changed since the last
  // passing one. The MDX compile stays inside Next: compiling in the content check instead (taking the check's
  // tree from the compile, so each body is read once) was measured on 1,000 guides and did not pay: beside the
  // type check it made this step about 20 s longer, as much as it took off static generation.
  const typecheckOk = path.resolve(process.env.TYPECHECK_CACHE_DIR ?? path.join(".cache", "typecheck"), "passed");
  const codeKey = typecheckKey();
  const typecheckNeeded = !existsSync(typecheckOk) || readFileSync(typecheckOk, "utf8") !== codeKey;
  if (!typecheckNeeded) console.log("build: type check skipped (no code changed since the last passing check)");
  // Each Next worker process records its MDX compile hits/misses there; summed below for the bench and tests.
  // In the build's own work folder, so a second build elsewhere (BUILD_WORK_DIR) never clears this one's stats.
  const statsDir = path.join(work, "mdx-stats");
  const ogStatsDir = path.join(work, "og-stats");
  rmSync(statsDir, { recursive: true, force: true });
  rmSync(ogStatsDir, { recursive: true, force: true });
  // NEXT_EXPORT_DIR (next.config.mjs) sends the static export to the stage instead of out/.
  const nextEnv = {
    MDX_STATS_DIR: statsDir,
    OG_STATS_DIR: ogStatsDir,
    NEXT_EXPORT_DIR: path.relative(process.cwd(), dirs.stage),
    // Next renders one guide card; the cards step below draws the others (lib/content/render-set.ts says why).
    GUIDE_CARDS_OUTSIDE_NEXT: "1",
  };
  const checksStarted = await begin("checks");
  const typecheck = typecheckNeeded
    ? runMember({ name: "type check", command: bin("tsc"), args: ["--noEmit"] }, checksStarted)
    : Promise.resolve();
  // The content check is the longer of the two (about 21 s against 14 at 1,000 guides, on one core), so Next's
  // compile starts beside it as soon as the type check is done: the cores are full again and `next build` is
  // about 6 s shorter. Not sooner: tsc reads .next/types, which the compile rewrites. The compile renders no
  // guide page (those wait for the generate run, which reads the check's trees), and its output is held until
  // the checks pass, so a content error reads as it would alone and is the failure the build names.
  let contentChecked = false;
  const compile = typecheck.then(() => {
    console.log(`build: next build (compile) started${contentChecked ? "" : " beside the content check"}`);
    return start(nextBuildCommand("compile", nextEnv), true);
  });
  await Promise.all([
    runMember({ name: "content check", ...tsScript("scripts/content-check.ts") }, checksStarted).then(
      () => (contentChecked = true),
    ),
    typecheck,
  ]);
  afterStep("checks", checksStarted);
  if (typecheckNeeded) {
    mkdirSync(path.dirname(typecheckOk), { recursive: true });
    writeFileSync(typecheckOk, codeKey);
  }
  // Guide pages whose inputs did not change come from the page store instead of Next (page-store.ts).
  const store = pageStoreDir();
  const plan = store ? planGuidePages(store, shared) : undefined;
  const renderSet = path.join(work, "render-guides.json");
  rmSync(renderSet, { force: true });
  if (plan?.reuse.length) {
    writeRenderSet(plan, renderSet);
    console.log(
      `build: ${plan.render.length} of ${plan.keys.size} guide pages to render, the others from the page store`,
    );
  }
  // The step counts from the end of the checks, so the steps' times still add up to the build's.
  const started = await begin("next build");
  await finish("next build (compile)", await compile);
  await nextGenerate(plan?.reuse.length ? { ...nextEnv, RENDER_GUIDES_FILE: renderSet } : nextEnv);
  if (plan?.reuse.length && !restoreGuidePages(dirs.stage, plan)) {
    console.log("build: the stylesheet changed, so the stored guide pages are out of date; every guide is rendered");
    rmSync(dirs.stage, { recursive: true, force: true });
    plan.render.push(...plan.reuse.splice(0));
    // Which guides are rendered is read by generateStaticParams, at generation: the compiled app is the same.
    await nextGenerate(nextEnv);
  }
  afterStep("next build", started);
  await runScript("cards", "scripts/guide-cards.ts", { OUT_DIR: dirs.stage, OG_STATS_DIR: ogStatsDir });
  // After the cards step: the store keeps each rendered guide's page with its card.
  if (plan) keepGuidePages(dirs.stage, plan);
  const mdx = sumMdxStats(statsDir);
  // MDX_STATS_FILE: a test that builds other content beside the main build keeps the main build's stats intact
  // (tests/build/mdx-cache.test.ts reads them).
  writeFileSync(
    path.resolve(process.env.MDX_STATS_FILE ?? path.join(".cache", "mdx-stats.json")),
    `${JSON.stringify({ ...mdx, cacheDir: mdxCacheDir(), contentDir: contentDir() }, null, 2)}\n`,
  );
  console.log(
    `build: MDX ${mdx.compiled.length} of ${mdx.keys.length} bodies compiled (${mdx.treesReused.length} from the content check's parse), ${mdx.hits} cache hits`,
  );
  const og = sumOgStats(ogStatsDir);
  // Time summed over Next's workers and the cards step's threads (each draws cards side by side with the
  // other), so it can exceed its share of the wall clock.
  console.log(
    `build: Open Graph ${og.misses} of ${og.hits + og.misses} cards rendered, ${og.hits} from the cache, ${(og.renderMs / 1000).toFixed(1)} s in workers`,
  );
  // The raw export with its guide cards, before any later step touches it: the fault tests re-run the steps below on it.
  // The benchmark turns the copy off (BUILD_KEEP_RAW_EXPORT=0) so it does not count in its build times.
  if (process.env.BUILD_KEEP_RAW_EXPORT !== "0") {
    rmSync(rawExport, { recursive: true, force: true });
    cpSync(dirs.stage, rawExport, { recursive: true });
  }
}
await runScript("post-export", "scripts/postexport.ts", {
  OUT_DIR: dirs.stage,
  ORIGINALS_DIR: dirs.stageOriginals,
});
// The island data Next must not render (the 404 page's), then the API, Markdown twins, llms.txt, feeds,
// calendars and badges: generated from the loaders into the
// stage after the post-export step (so it cannot strip them) and before the self-check.
await inProcess("data formats", async () => {
  fillIslandDataAfterExport(dirs.stage);
  const n = await writeOutputs(dirs.stage);
  console.log(`build: ${n} API, Markdown, feed, calendar and badge files`);
});
await run("search index", bin("pagefind"), ["--site", dirs.stage, "--quiet"]);
await inProcess("build stamp", () => writeFileSync(path.join(dirs.stage, STAMP_FILE), stamp));
await inProcess("self-check", () => {
  const problems = selfCheck(dirs.stage);
  if (problems.length) throw new Error(`build: the staged site is incomplete:\n  ${problems.join("\n  ")}`);
});
step = "publish";
publishStage(dirs);
published = true;
releaseLock();
console.log(`build: ${shownOut} is ready`);

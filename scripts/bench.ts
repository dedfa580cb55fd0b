/**
 * `npm run bench`: build time, memory, output size, page weight and Lighthouse at 10, 100 and 1,000 guides.
 *   npm run bench                                  all three sizes (1,000 takes a while)
 *   npm run bench -- --sizes 10,100                chosen sizes
 *   npm run bench -- --no-lighthouse               skip Lighthouse
 *   npm run bench -- --runs 3                      Lighthouse runs per page (median; default 1)
 *   npm run bench -- --base content                synthetic guides on top of the real content instead of the fixtures
 *   npm run bench -- --no-starlight                skip the Astro Starlight comparison (bench/starlight/)
 * Results go to bench/results.json (merged by size, so sizes can be run separately) and bench/results.md.
 *
 * How it stays out of the way: each size's content lives in bench/tmp/content-<N> (CONTENT_DIR) and its
 * MDX cache in bench/tmp/mdx-<N> (MDX_CACHE_DIR). The builds themselves must use the project's .next/ and
 * out/, so each size runs under the shared build lock (/tmp/fieldguide-build.lock; do not wrap this command
 * in flock yourself), moves the main out/ aside first, moves the bench export to bench/tmp/out-<N> and puts
 * the main out/ back before releasing the lock, even on Ctrl-C. Lighthouse then runs on bench/tmp/out-<N>
 * while the lock is still held, so no other build competes for the CPU.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { PageWeigher } from "./lib/export/page-weight";
import { ensureChromium } from "./lib/chromium";
import { audit, launchChrome } from "./lib/perf/lighthouse";
import { TEMPLATES, templatePages } from "./lib/perf/templates";
import { renderReport, type BuildRun, type SizeResult, type TemplateResult } from "./bench/report";
import { buildPhases } from "./bench/phases";
import { runMeasured } from "./bench/run-measured";
import { tsScript } from "./lib/ts-script";
import { writeBenchContent } from "./bench/content";
import {
  buildStarlight,
  ensureStarlightInstalled,
  STARLIGHT_OUT,
  starlightPages,
  writeStarlightContent,
} from "./bench/starlight";
import { createServer } from "./serve";
import { filesUnder } from "./lib/files-under";
import { nextDay } from "../lib/dated/markers";

const ROOT = process.cwd();
const TMP = path.join(ROOT, "bench", "tmp");
const LOCK = "/tmp/fieldguide-build.lock";
const AS_OF = "2026-11-21";
/**
 * The daily build of a time-aware site: the same content the next day. Every page shows the as-of day, so
 * every page is rendered again; what the caches answer (MDX, cards, checks) is what this build measures.
 */
const NEXT_DAY = nextDay(AS_OF);
const RESULTS_JSON = path.join(ROOT, "bench", "results.json");
const RESULTS_MD = path.join(ROOT, "bench", "results.md");
/** What a build writes that other engineers' tests read: moved aside during a bench build, then put back. */
const MAIN_OUTPUTS = ["out", path.join(".cache", "export-original"), path.join(".cache", "mdx-stats.json")];
const BACKUP = path.join(TMP, "main-backup");

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// ---------------------------------------------------------------- content

function prepareContent(n: number, base: string): string {
  const dir = path.join(TMP, `content-${n}`);
  writeBenchContent(dir, base, n, AS_OF);
  return dir;
}

// ---------------------------------------------------------------- main outputs aside and back

function moveMainAside() {
  mkdirSync(BACKUP, { recursive: true });
  for (const p of MAIN_OUTPUTS) {
    const saved = path.join(BACKUP, p.replaceAll(path.sep, "__"));
    rmSync(saved, { recursive: true, force: true });
    if (existsSync(p)) renameSync(p, saved);
  }
}

function putMainBack() {
  if (!existsSync(BACKUP)) return;
  for (const p of MAIN_OUTPUTS) {
    const saved = path.join(BACKUP, p.replaceAll(path.sep, "__"));
    if (!existsSync(saved)) {
      rmSync(p, { recursive: true, force: true });
      continue;
    }
    rmSync(p, { recursive: true, force: true });
    mkdirSync(path.dirname(p), { recursive: true });
    renameSync(saved, p);
  }
  rmSync(BACKUP, { recursive: true, force: true });
}

/** A cold build starts without Next's build folder; `next dev`'s own folder (.next/dev) is left alone. */
function clearNextBuild() {
  if (!existsSync(".next")) return;
  for (const entry of readdirSync(".next"))
    if (entry !== "dev") rmSync(path.join(".next", entry), { recursive: true, force: true });
}

// ---------------------------------------------------------------- one size, under the lock

const walkFiles = (dir: string) => [...filesUnder(dir)];

async function build(env: NodeJS.ProcessEnv, label: string): Promise<BuildRun> {
  process.stdout.write(`  ${label} build … `);
  const script = tsScript("scripts/build.ts");
  const r = await runMeasured(script.command, script.args, env);
  writeFileSync(path.join(TMP, `build-${env.BENCH_SIZE}-${label}.log`), r.log);
  if (r.status !== 0) {
    console.log("failed");
    console.error(r.log.split("\n").slice(-40).join("\n"));
    throw new Error(`${label} build failed`);
  }
  const phases = buildPhases(r.log);
  // A build that found out/ already built from the same inputs compiles nothing and writes no new stats;
  // otherwise the build wrote mdx-stats.json in this shape.
  const stats = phases.skipped
    ? { compiled: [], keys: [] }
    : (JSON.parse(readFileSync(path.join(".cache", "mdx-stats.json"), "utf8")) as {
        compiled: string[];
        keys: string[];
      });
  console.log(
    `${(r.ms / 1000).toFixed(1)} s, ${phases.skipped ? "nothing rebuilt (same inputs)" : `${stats.compiled.length} of ${stats.keys.length} MDX bodies compiled`}`,
  );
  return {
    ms: r.ms,
    peakTreeBytes: r.peakTreeBytes,
    maxProcessBytes: r.maxProcessBytes,
    mdxCompiled: stats.compiled.length,
    mdxBodies: stats.keys.length,
    phases,
  };
}

const benchGuide = (s: string) => s.startsWith("bench-guide-");

/**
 * Weighs one page of each template and runs Lighthouse on it; with `starlightDir`, also the Starlight
 * site's guide page, in the same Chrome right after this site's pages.
 */
async function measureTemplates(
  outDir: string,
  lighthouseRuns: number,
  starlightDir?: string,
): Promise<{ templates: TemplateResult[]; starlightGuide?: TemplateResult }> {
  const pages = templatePages(outDir, { guide: benchGuide });
  const weigher = new PageWeigher(outDir);
  const results: TemplateResult[] = [];
  for (const template of TEMPLATES) {
    const p = pages[template];
    if (!p) {
      results.push({ template });
      continue;
    }
    const w = await weigher.weigh(readFileSync(path.join(outDir, p, "index.html"), "utf8"));
    results.push({ template, path: p, html: w.html, css: w.totals.css, js: w.totals.js });
  }
  let starlightGuide: TemplateResult | undefined;
  if (starlightDir) {
    const slug = readdirSync(path.join(starlightDir, "guides")).filter(benchGuide).sort()[0];
    if (!slug) throw new Error(`no bench guide in ${starlightDir}/guides/`);
    const p = `/guides/${slug}/`;
    const w = await new PageWeigher(starlightDir).weigh(readFileSync(path.join(starlightDir, p, "index.html"), "utf8"));
    starlightGuide = { template: "Starlight guide", path: p, html: w.html, css: w.totals.css, js: w.totals.js };
  }
  if (lighthouseRuns > 0) {
    const listen = async (dir: string, securityHeaders: boolean) => {
      const server = createServer(dir, { securityHeaders }).listen(0);
      await new Promise((r) => server.once("listening", r));
      return { server, base: `http://localhost:${(server.address() as AddressInfo).port}` };
    };
    const ours = await listen(outDir, true);
    const theirs = starlightDir ? await listen(starlightDir, false) : undefined;
    const chrome = await launchChrome();
    const measure = async (t: TemplateResult, base: string) => {
      process.stdout.write(`  Lighthouse ${t.template} (${t.path}) … `);
      const lh = await audit(chrome, base + t.path, lighthouseRuns);
      t.lighthouse = { scores: lh.scores, lcpMs: lh.lcpMs, tbtMs: lh.tbtMs };
      console.log(`${Object.values(lh.scores).join(" / ")}, LCP ${lh.lcpMs} ms, TBT ${lh.tbtMs} ms`);
    };
    try {
      for (const t of results) if (t.path) await measure(t, ours.base);
      if (starlightGuide && theirs) await measure(starlightGuide, theirs.base);
    } finally {
      chrome.kill();
      ours.server.close();
      theirs?.server.close();
    }
  }
  return { templates: results, starlightGuide };
}

async function runSize(
  n: number,
  contentDir: string,
  lighthouseRuns: number,
  withStarlight: boolean,
): Promise<SizeResult> {
  const mdxDir = path.join(TMP, `mdx-${n}`);
  const outN = path.join(TMP, `out-${n}`);
  const ogDir = path.join(TMP, `og-${n}`);
  const checkDir = path.join(TMP, `content-check-${n}`);
  const typecheckDir = path.join(TMP, `typecheck-${n}`);
  const postexportDir = path.join(TMP, `postexport-${n}`);
  const twinDir = path.join(TMP, `twins-${n}`);
  const pageStore = path.join(TMP, `pages-${n}`);
  const env = {
    ...process.env,
    BENCH_SIZE: String(n),
    CONTENT_DIR: contentDir,
    MDX_CACHE_DIR: mdxDir,
    OG_CACHE_DIR: ogDir,
    CONTENT_CHECK_CACHE_DIR: checkDir,
    TYPECHECK_CACHE_DIR: typecheckDir,
    POSTEXPORT_CACHE_DIR: postexportDir,
    TWIN_CACHE_DIR: twinDir,
    PAGE_STORE_DIR: pageStore,
    SITE_AS_OF: AS_OF,
    BUILD_KEEP_RAW_EXPORT: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    FORCE_COLOR: "0",
  };
  const restore = () => {
    putMainBack();
    process.exit(130);
  };
  process.once("SIGINT", restore);
  process.once("SIGTERM", restore);
  // A bench run killed hard may have left the main out/ aside: put it back unless a newer one was built since.
  if (existsSync(BACKUP) && !existsSync("out")) putMainBack();
  rmSync(BACKUP, { recursive: true, force: true });
  moveMainAside();
  const loadAverage = os.loadavg()[0];
  let cold: BuildRun;
  let warm: BuildRun;
  let changed: BuildRun;
  let nextDay: BuildRun;
  try {
    clearNextBuild();
    // Cold means cold: our caches and tsc's incremental state go too, so the type check runs from nothing.
    for (const d of [mdxDir, ogDir, checkDir, typecheckDir, postexportDir, twinDir, pageStore, "tsconfig.tsbuildinfo"])
      rmSync(d, { recursive: true, force: true });
    cold = await build(env, "cold");
    warm = await build(env, "warm");
    // One guide edited as an editor would: a sentence added to its body. Its page, the search index, the
    // lists and the Markdown twin change; everything else is what the warm build had.
    const edited = path.join(contentDir, "guides", "bench-guide-0001.mdx");
    writeFileSync(
      edited,
      `${readFileSync(edited, "utf8").trimEnd()}\n\nOne sentence added for the one-changed-guide build.\n`,
    );
    changed = await build(env, "changed");
    nextDay = await build({ ...env, SITE_AS_OF: NEXT_DAY }, "next-day");
    rmSync(outN, { recursive: true, force: true });
    renameSync("out", outN);
  } finally {
    putMainBack();
    process.off("SIGINT", restore);
    process.off("SIGTERM", restore);
  }
  // Starlight builds right after, still under the lock, so both sites meet the same machine.
  let starlight: SizeResult["starlight"];
  const starlightN = path.join(TMP, `starlight-${n}`);
  if (withStarlight) {
    process.stdout.write("  Starlight cold build … ");
    const r = await buildStarlight({ ...process.env, FORCE_COLOR: "0" });
    writeFileSync(path.join(TMP, `build-${n}-starlight.log`), r.log);
    if (r.status !== 0) {
      console.log("failed");
      console.error(r.log.split("\n").slice(-40).join("\n"));
      throw new Error("Starlight build failed");
    }
    rmSync(starlightN, { recursive: true, force: true });
    renameSync(STARLIGHT_OUT, starlightN);
    const slFiles = walkFiles(starlightN);
    const slPages = starlightPages(starlightN);
    console.log(`${(r.ms / 1000).toFixed(1)} s, ${slPages} pages`);
    starlight = {
      cold: { ms: r.ms, peakTreeBytes: r.peakTreeBytes, maxProcessBytes: r.maxProcessBytes },
      pages: slPages,
      outputBytes: slFiles.reduce((s, f) => s + statSync(f).size, 0),
      guide: { template: "Starlight guide" },
    };
  }
  const files = walkFiles(outN);
  const pages = files.filter((f) => f.endsWith(".html")).length;
  const measured = await measureTemplates(outN, lighthouseRuns, withStarlight ? starlightN : undefined);
  const templates = measured.templates;
  if (starlight && measured.starlightGuide) starlight.guide = measured.starlightGuide;
  return {
    guides: n,
    pages,
    measuredAt: new Date().toISOString().slice(0, 16).replace("T", " "),
    machine: `${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`,
    cold,
    warm,
    changed,
    nextDay,
    outputBytes: files.reduce((s, f) => s + statSync(f).size, 0),
    outputFiles: files.length,
    templates,
    loadAverage,
    starlight,
  };
}

// ---------------------------------------------------------------- entry points

if (opt("--worker")) {
  // Child mode: runs one size while `flock` holds the build lock for it.
  const n = Number(opt("--worker"));
  const result = await runSize(
    n,
    path.join(TMP, `content-${n}`),
    Number(opt("--runs") ?? 1),
    args.includes("--starlight"),
  );
  writeFileSync(path.join(TMP, `result-${n}.json`), JSON.stringify(result, null, 2));
} else {
  const sizes = (opt("--sizes") ?? "10,100,1000").split(",").map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error(`--sizes takes whole numbers, e.g. --sizes 10,100 (got ${opt("--sizes")})`);
  const base = path.resolve(opt("--base") ?? path.join("tests", "fixtures", "valid-content"));
  const runs = args.includes("--no-lighthouse") ? 0 : Number(opt("--runs") ?? 1);
  const withStarlight = !args.includes("--no-starlight");
  if (withStarlight) ensureStarlightInstalled();
  // Before the first build, not after it: on a fresh machine Lighthouse's browser is installed like npm test's.
  if (runs > 0 && !ensureChromium()) throw new Error("Lighthouse needs Chromium; or run with --no-lighthouse");
  mkdirSync(TMP, { recursive: true });
  const previous: SizeResult[] = existsSync(RESULTS_JSON)
    ? // This script wrote the file (results.json) in this shape.
      (JSON.parse(readFileSync(RESULTS_JSON, "utf8")) as SizeResult[])
    : [];
  const results = new Map(previous.map((r) => [r.guides, r]));
  for (const n of sizes) {
    console.log(
      `\n▶ ${n} guides (content in ${path.relative(ROOT, prepareContent(n, base))}/; waiting for the build lock)`,
    );
    if (withStarlight) writeStarlightContent(base, n, AS_OF);
    rmSync(path.join(TMP, `result-${n}.json`), { force: true });
    const worker = tsScript("scripts/bench.ts", ["--worker", String(n), "--runs", String(runs)]);
    if (withStarlight) worker.args.push("--starlight");
    const r = spawnSync("flock", [LOCK, worker.command, ...worker.args], { stdio: "inherit" });
    if (r.status !== 0) {
      console.error(`bench: ${n} guides failed`);
      process.exit(1);
    }
    // Written by this script's --worker run in this shape.
    results.set(n, JSON.parse(readFileSync(path.join(TMP, `result-${n}.json`), "utf8")) as SizeResult);
    const all = [...results.values()].sort((a, b) => a.guides - b.guides);
    writeFileSync(RESULTS_JSON, `${JSON.stringify(all, null, 2)}\n`);
    writeFileSync(RESULTS_MD, renderReport(all, `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`));
  }
  console.log(`\n${readFileSync(RESULTS_MD, "utf8")}`);
}

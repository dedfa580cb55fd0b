/**
 * The post-export step: turns Next's static export into HTML + CSS pages.
 * - strips the framework runtime and inline page data from every HTML file (scripts/lib/export/strip.ts),
 *   keeping a copy of each original in .cache/export-original/ for the before/after equality test;
 * - deletes the RSC payload files (index.txt, __next.*.txt) and the runtime's own JavaScript under
 *   _next/ (no page references either once stripped; islands live in /islands/);
 * - removes the duplicate 404 folders (out/404.html is the one static hosts serve);
 * - writes out/_headers so static hosts send the same headers as scripts/serve.ts.
 * Pages are stripped by one worker thread per core, and each page's result is cached by its HTML in
 * .cache/postexport/ (POSTEXPORT_CACHE_DIR; POSTEXPORT_CACHE=0 turns it off; scripts/lib/export/strip-pages.ts).
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { headersFile } from "./lib/headers";
import { inThreads, threadsFor } from "./lib/threads";
import { pageStripper, stripPage, type PageOutcome, type StripStats } from "./lib/export/strip-pages";
import type { StripJob, StripReply } from "./lib/export/strip-worker";
import { filesUnder } from "./lib/files-under";

/**
 * Test hook for the interrupted-build tests: after this many pages, announce it and wait to be killed,
 * so a test interrupts the step deterministically half-way through (tests/build/atomic-build.test.ts).
 */
function pauseForTest(pages: number) {
  if (Number(process.env.POSTEXPORT_PAUSE_AFTER_PAGES) !== pages) return;
  console.log(`post-export: paused after ${pages} pages (POSTEXPORT_PAUSE_AFTER_PAGES)`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

async function stripAll(
  outDir: string,
  originalsDir: string,
  pages: string[],
  cacheDir: string | undefined,
): Promise<{ outcomes: PageOutcome[]; stats: StripStats }> {
  const threads = threadsFor(pages.length);
  // The pause hook counts pages one by one, so the fault tests get the single-threaded walk.
  if (threads < 2 || process.env.POSTEXPORT_PAUSE_AFTER_PAGES) {
    const { strip, stats } = pageStripper(cacheDir);
    const outcomes = pages.map((rel, i) => {
      const outcome = stripPage(outDir, originalsDir, rel, strip);
      pauseForTest(i + 1);
      return outcome;
    });
    return { outcomes, stats };
  }
  const replies = await inThreads<StripJob, string, StripReply>(
    "post-export",
    new URL("./lib/export/strip-worker.ts", import.meta.url),
    { outDir, originalsDir, cacheDir },
    pages,
    threads,
  );
  return {
    outcomes: replies.flatMap((r) => r.outcomes),
    stats: {
      parsed: replies.reduce((n, r) => n + r.stats.parsed, 0),
      cached: replies.reduce((n, r) => n + r.stats.cached, 0),
    },
  };
}

export async function postExport(
  outDir: string,
  originalsDir: string,
  cacheDir?: string,
): Promise<{ pages: number; removed: number; payloads: number; runtimeFiles: number } & StripStats> {
  rmSync(originalsDir, { recursive: true, force: true });
  // Next also writes the 404 page as /404/ and /_not-found/; served from there it would answer 200.
  for (const dup of ["404", "_not-found"]) rmSync(path.join(outDir, dup), { recursive: true, force: true });
  let payloads = 0;
  let runtimeFiles = 0;
  const pages: string[] = [];
  for (const file of filesUnder(outDir)) {
    const rel = path.relative(outDir, file);
    if (rel.startsWith(`_next${path.sep}`)) {
      // Stylesheets and media stay; the runtime chunks and build manifests are dead weight in a deploy.
      if (/\.js(\.map)?$/.test(file)) {
        rmSync(file);
        runtimeFiles++;
      }
      continue;
    }
    if (file.endsWith(".html")) pages.push(rel);
    else if (/^(index|__next\..*)\.txt$/.test(path.basename(file))) {
      rmSync(file);
      payloads++;
    }
  }
  const { outcomes, stats } = await stripAll(outDir, originalsDir, pages, cacheDir);
  const islandSrcs = new Map<string, string>();
  for (const o of outcomes) for (const src of o.islandSrcs) islandSrcs.set(src, o.rel);
  // The HTML names islands from the manifest Next compiled in; if the islands were rebuilt meanwhile (a
  // concurrent `build-islands`), the hashed files Next copied from public/ no longer match: fail loudly.
  const missing = [...islandSrcs].filter(([src]) => !existsSync(path.join(outDir, src)));
  if (missing.length) {
    throw new Error(
      `post-export: island scripts referenced but not in the export: ${missing.map(([src, page]) => `${src} (${page})`).join(", ")}. ` +
        "Were the islands rebuilt during the build? Run the build again.",
    );
  }
  writeFileSync(path.join(outDir, "_headers"), headersFile());
  const removed = outcomes.reduce((n, o) => n + o.removed, 0);
  return { pages: pages.length, removed, payloads, runtimeFiles, ...stats };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.resolve(process.env.OUT_DIR ?? "out");
  const cache =
    process.env.POSTEXPORT_CACHE === "0"
      ? undefined
      : path.resolve(process.env.POSTEXPORT_CACHE_DIR ?? path.join(".cache", "postexport"));
  const r = await postExport(
    out,
    path.resolve(process.env.ORIGINALS_DIR ?? path.join(".cache", "export-original")),
    cache,
  );
  console.log(
    `post-export: ${r.pages} pages stripped of ${r.removed} runtime tags (${r.parsed} parsed, ${r.cached} from the cache); ${r.payloads} RSC payload files and ${r.runtimeFiles} runtime files removed`,
  );
}

/**
 * Writes the files of lib/outputs/generate.ts (JSON API, Markdown twins, llms.txt, feeds, calendars,
 * badges) into out/, after the post-export step so nothing of it is stripped or deleted, and adds their
 * header rules to out/_headers. The build runs it; `tsx scripts/gen-outputs.ts` reruns it on an export.
 * Converting a page's HTML to its Markdown twin is the slow part at 1,000 guides: each twin is kept in
 * .cache/twins/ (TWIN_CACHE_DIR; scripts/lib/twins/cache.ts), so a rebuild converts only the pages that
 * changed, and the ones that did are converted in worker threads, one per core.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { asOfDate } from "../lib/as-of";
import { markdownTwin } from "../lib/markdown/twin";
import { generateOutputs, twinPages } from "../lib/outputs/generate";
import { outputHeaderRules } from "../lib/outputs/http";
import { absoluteUrl, site } from "../lib/site";
import { markdownTwinPath, outFileOf } from "../lib/urls";
import { cachedTwin, twinCodeVersion, twinFile } from "./lib/twins/cache";
import { inThreads, threadsFor } from "./lib/threads";
import type { TwinJob } from "./lib/twins/worker";

const HEADERS_MARK = "# API, Markdown twins (scripts/gen-outputs.ts)";

/**
 * Converts the twins the cache does not hold yet in worker threads, one per core, so the generation
 * below (single-threaded, in page order) reads every twin from the cache. At 1,000 guides a cold build
 * converts 1,000 pages here.
 */
async function fillTwinCache(
  dir: string,
  version: string,
  pageHtml: (page: string) => string | undefined,
): Promise<number> {
  const jobs: TwinJob[] = twinPages().flatMap((page) => {
    const html = pageHtml(page);
    if (html === undefined) return [];
    const input = { html, url: absoluteUrl(page), origin: site.origin, asOf: asOfDate() };
    const file = twinFile(dir, version, input);
    return existsSync(file) ? [] : [{ file, input }];
  });
  const threads = threadsFor(jobs.length);
  if (threads < 2) return 0;
  await inThreads("gen-outputs", new URL("./lib/twins/worker.ts", import.meta.url), {}, jobs, threads);
  return jobs.length;
}

export async function writeOutputs(outDir: string): Promise<number> {
  const pageFile = (page: string) => path.join(outDir, outFileOf(page), "index.html");
  const cacheDir =
    process.env.TWIN_CACHE === "0" ? undefined : (process.env.TWIN_CACHE_DIR ?? path.join(".cache", "twins"));
  const pageHtml = (page: string) => (existsSync(pageFile(page)) ? readFileSync(pageFile(page), "utf8") : undefined);
  let twin = markdownTwin;
  if (cacheDir) {
    const version = twinCodeVersion();
    mkdirSync(cacheDir, { recursive: true });
    await fillTwinCache(cacheDir, version, pageHtml);
    twin = cachedTwin(cacheDir, version);
  }
  const files = await generateOutputs(asOfDate(), pageHtml, twin);
  for (const [sitePath, text] of files) {
    const file = path.join(outDir, outFileOf(sitePath));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const twins = twinPages().map((page) => ({ page, twin: markdownTwinPath(page)! }));
  // Idempotent: a rerun replaces the block it wrote before instead of adding a second one.
  const headersPath = path.join(outDir, "_headers");
  const base = readFileSync(headersPath, "utf8").split(HEADERS_MARK)[0]!.trimEnd();
  writeFileSync(headersPath, `${base}\n\n${HEADERS_MARK}\n${outputHeaderRules(twins)}`);
  return files.size;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = await writeOutputs(path.resolve(process.env.OUT_DIR ?? "out"));
  console.log(`gen-outputs: wrote ${n} files (API, Markdown twins, llms.txt, feeds, calendars, badges)`);
}

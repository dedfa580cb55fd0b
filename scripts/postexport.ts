/**
 * The post-export step: turns Next's static export into HTML + CSS pages.
 * - strips the framework runtime and inline page data from every HTML file (scripts/lib/export/strip.ts),
 *   keeping a copy of each original in .cache/export-original/ for the before/after equality test;
 * - deletes the RSC payload files (index.txt, __next.*.txt) and the runtime's own JavaScript under
 *   _next/ (no page references either once stripped; islands live in /islands/);
 * - removes the duplicate 404 folders (out/404.html is the one static hosts serve);
 * - writes out/_headers so static hosts send the same headers as scripts/serve.ts.
 * A page's stripped HTML depends only on its exported HTML and the strip code, so each result is kept in
 * .cache/postexport/ (POSTEXPORT_CACHE_DIR) under the hash of both: a rebuild parses only the pages whose
 * HTML changed (next.config.mjs pins the build id, so an unchanged page exports byte for byte the same).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { headersFile } from "./lib/headers";
import { stripRuntime, type StripResult } from "./lib/export/strip";

/** stripRuntime with its results kept by the hash of the page, its path and the strip code (plus the lockfile: parse5). */
function strippedPages(cacheDir: string | undefined) {
  const stats = { parsed: 0, cached: 0 };
  if (!cacheDir) return { strip: (html: string, rel: string) => (stats.parsed++, stripRuntime(html, rel)), stats };
  const code = createHash("sha256");
  for (const f of ["scripts/lib/export/strip.ts", "package-lock.json"]) code.update(readFileSync(f)).update("\0");
  const version = code.digest("hex");
  mkdirSync(cacheDir, { recursive: true });
  const strip = (html: string, rel: string): StripResult => {
    const key = createHash("sha256").update(`${version}\0${rel}\0`).update(html).digest("hex");
    const file = path.join(cacheDir, `${key}.json`);
    if (existsSync(file)) {
      stats.cached++;
      return JSON.parse(readFileSync(file, "utf8")) as StripResult;
    }
    stats.parsed++;
    const result = stripRuntime(html, rel);
    writeFileSync(`${file}.tmp`, JSON.stringify(result));
    renameSync(`${file}.tmp`, file);
    return result;
  };
  return { strip, stats };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

/**
 * Test hook for the interrupted-build tests: after this many pages, announce it and wait to be killed,
 * so a test interrupts the step deterministically half-way through (tests/build/atomic-build.test.ts).
 */
function pauseForTest(pages: number) {
  if (Number(process.env.POSTEXPORT_PAUSE_AFTER_PAGES) !== pages) return;
  console.log(`post-export: paused after ${pages} pages (POSTEXPORT_PAUSE_AFTER_PAGES)`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

export function postExport(
  outDir: string,
  originalsDir: string,
  cacheDir?: string,
): { pages: number; removed: number; payloads: number; runtimeFiles: number; parsed: number; cached: number } {
  const { strip, stats } = strippedPages(cacheDir);
  rmSync(originalsDir, { recursive: true, force: true });
  // Next also writes the 404 page as /404/ and /_not-found/; served from there it would answer 200.
  for (const dup of ["404", "_not-found"]) rmSync(path.join(outDir, dup), { recursive: true, force: true });
  let pages = 0;
  let removed = 0;
  let payloads = 0;
  let runtimeFiles = 0;
  const islandSrcs = new Map<string, string>();
  for (const file of walk(outDir)) {
    const rel = path.relative(outDir, file);
    if (rel.startsWith(`_next${path.sep}`)) {
      // Stylesheets and media stay; the runtime chunks and build manifests are dead weight in a deploy.
      if (/\.js(\.map)?$/.test(file)) {
        rmSync(file);
        runtimeFiles++;
      }
      continue;
    }
    if (file.endsWith(".html")) {
      const html = readFileSync(file, "utf8");
      const result = strip(html, rel);
      for (const src of result.islandSrcs) islandSrcs.set(src, rel);
      mkdirSync(path.dirname(path.join(originalsDir, rel)), { recursive: true });
      writeFileSync(path.join(originalsDir, rel), html);
      writeFileSync(file, result.html);
      pages++;
      removed += result.removed;
      pauseForTest(pages);
    } else if (/^(index|__next\..*)\.txt$/.test(path.basename(file))) {
      rmSync(file);
      payloads++;
    }
  }
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
  return { pages, removed, payloads, runtimeFiles, ...stats };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.resolve(process.env.OUT_DIR ?? "out");
  const cache =
    process.env.POSTEXPORT_CACHE === "0"
      ? undefined
      : (process.env.POSTEXPORT_CACHE_DIR ?? path.join(".cache", "postexport"));
  const r = postExport(out, path.resolve(process.env.ORIGINALS_DIR ?? path.join(".cache", "export-original")), cache);
  console.log(
    `post-export: ${r.pages} pages stripped of ${r.removed} runtime tags (${r.parsed} parsed, ${r.cached} from the cache); ${r.payloads} RSC payload files and ${r.runtimeFiles} runtime files removed`,
  );
}

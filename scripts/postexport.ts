/**
 * The post-export step: turns Next's static export into HTML + CSS pages.
 * - strips the framework runtime and inline page data from every HTML file (scripts/lib/export/strip.ts),
 *   keeping a copy of each original in .cache/export-original/ for the before/after equality test;
 * - deletes the RSC payload files (index.txt, __next.*.txt) and the runtime's own JavaScript under
 *   _next/ (no page references either once stripped; islands live in /islands/);
 * - removes the duplicate 404 folders (out/404.html is the one static hosts serve);
 * - writes out/_headers so static hosts send the same headers as scripts/serve.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { headersFile } from "./lib/headers";
import { stripRuntime } from "./lib/export/strip";

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
): { pages: number; removed: number; payloads: number; runtimeFiles: number } {
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
      const result = stripRuntime(html, rel);
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
  return { pages, removed, payloads, runtimeFiles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.resolve(process.env.OUT_DIR ?? "out");
  const r = postExport(out, path.resolve(process.env.ORIGINALS_DIR ?? path.join(".cache", "export-original")));
  console.log(
    `post-export: ${r.pages} pages stripped of ${r.removed} runtime tags; ${r.payloads} RSC payload files and ${r.runtimeFiles} runtime files removed`,
  );
}

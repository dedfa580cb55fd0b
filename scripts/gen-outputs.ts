/**
 * Writes the files of lib/outputs/generate.ts (JSON API, Markdown twins, llms.txt, feeds, calendars,
 * badges) into out/, after the post-export step so nothing of it is stripped or deleted, and adds their
 * header rules to out/_headers. The build runs it; `tsx scripts/gen-outputs.ts` reruns it on an export.
 * Converting a page's HTML to its Markdown twin is the slow part at 1,000 guides; a twin depends only on
 * the page's HTML, its URL, the origin, the as-of day and the code, so each is kept in .cache/twins/
 * (TWIN_CACHE_DIR) under the hash of those, and a rebuild converts only the pages that changed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { asOfDate } from "../lib/as-of";
import { markdownTwin } from "../lib/markdown/twin";
import { generateOutputs, twinPages } from "../lib/outputs/generate";
import { outputHeaderRules } from "../lib/outputs/http";
import { markdownTwinPath, outFileOf } from "../lib/urls";

const HEADERS_MARK = "# API, Markdown twins (scripts/gen-outputs.ts)";

/** Every file under lib/ and the lockfile: the twin code reaches into several lib folders, so all of it counts. */
function codeVersion(): string {
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const e of readdirSync(dir).sort()) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(`${p}\0`).update(readFileSync(p)).update("\0");
    }
  };
  walk("lib");
  h.update(readFileSync("package-lock.json"));
  return h.digest("hex");
}

function cachedTwin(dir: string): typeof markdownTwin {
  const version = codeVersion();
  mkdirSync(dir, { recursive: true });
  return async (input) => {
    const key = createHash("sha256")
      .update(`${version}\0${input.url}\0${input.origin}\0${input.asOf}\0`)
      .update(input.html)
      .digest("hex");
    const file = path.join(dir, `${key}.md`);
    if (existsSync(file)) return readFileSync(file, "utf8");
    const markdown = await markdownTwin(input);
    // Two builds (a test's and the main one) may write the same twin: each writes its own file, then renames.
    writeFileSync(`${file}.${process.pid}.tmp`, markdown);
    renameSync(`${file}.${process.pid}.tmp`, file);
    return markdown;
  };
}

export async function writeOutputs(outDir: string): Promise<number> {
  const pageFile = (page: string) => path.join(outDir, outFileOf(page), "index.html");
  const cacheDir =
    process.env.TWIN_CACHE === "0" ? undefined : (process.env.TWIN_CACHE_DIR ?? path.join(".cache", "twins"));
  const files = await generateOutputs(
    asOfDate(),
    (page) => (existsSync(pageFile(page)) ? readFileSync(pageFile(page), "utf8") : undefined),
    cacheDir ? cachedTwin(cacheDir) : markdownTwin,
  );
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

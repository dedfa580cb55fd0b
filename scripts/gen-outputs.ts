/**
 * Writes the files of lib/outputs/generate.ts (JSON API, Markdown twins, llms.txt, feeds, calendars,
 * badges) into out/, after the post-export step so nothing of it is stripped or deleted, and adds their
 * header rules to out/_headers. The build runs it; `tsx scripts/gen-outputs.ts` reruns it on an export.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { asOfDate } from "../lib/as-of";
import { generateOutputs, twinPages } from "../lib/outputs/generate";
import { outputHeaderRules } from "../lib/outputs/http";
import { markdownTwinPath, outFileOf } from "../lib/urls";

const HEADERS_MARK = "# API, Markdown twins (scripts/gen-outputs.ts)";

export async function writeOutputs(outDir: string): Promise<number> {
  const pageFile = (page: string) => path.join(outDir, outFileOf(page), "index.html");
  const files = await generateOutputs(asOfDate(), (page) =>
    existsSync(pageFile(page)) ? readFileSync(pageFile(page), "utf8") : undefined,
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

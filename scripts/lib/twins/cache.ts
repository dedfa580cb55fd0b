/**
 * The Markdown twin cache (.cache/twins/, TWIN_CACHE_DIR): a twin depends only on the page's HTML, its URL,
 * the origin, the as-of day and the code, so each is kept under the hash of those and a rebuild converts
 * only the pages that changed. Shared by scripts/gen-outputs.ts and its worker threads (./worker.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { markdownTwin, type TwinInput } from "../../../lib/markdown/twin";
import { writeWhole } from "../../../lib/write-whole";
import { filesUnder } from "../files-under";

/** Every file under lib/ and the lockfile: the twin code reaches into several lib folders, so all of it counts. */
export function twinCodeVersion(): string {
  const h = createHash("sha256");
  for (const p of filesUnder("lib")) h.update(`${p}\0`).update(readFileSync(p)).update("\0");
  h.update(readFileSync("package-lock.json"));
  return h.digest("hex");
}

export function twinFile(dir: string, version: string, input: TwinInput): string {
  const key = createHash("sha256")
    .update(`${version}\0${input.url}\0${input.origin}\0${input.asOf}\0`)
    .update(input.html)
    .digest("hex");
  return path.join(dir, `${key}.md`);
}

/** Converts and keeps one twin. Two builds (a test's and the main one) may write the same twin, each whole. */
export async function convertAndKeep(file: string, input: TwinInput): Promise<string> {
  const markdown = await markdownTwin(input);
  writeWhole(file, markdown);
  return markdown;
}

/** markdownTwin, answered from `dir` when the same page was converted before. */
export function cachedTwin(dir: string, version = twinCodeVersion()): typeof markdownTwin {
  mkdirSync(dir, { recursive: true });
  return async (input) => {
    const file = twinFile(dir, version, input);
    return existsSync(file) ? readFileSync(file, "utf8") : convertAndKeep(file, input);
  };
}

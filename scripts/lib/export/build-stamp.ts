import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asOfDate } from "../../../lib/as-of";
import { contentDir, publicDir } from "../../../lib/content/paths";
import { filesUnder } from "../files-under";

/** Everything the exported site is made from. A change to any of these makes out/ stale. */
const INPUTS = [
  "app",
  "components",
  "content",
  "islands",
  "lib",
  "public",
  "scripts",
  "next.config.mjs",
  "package-lock.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["islands", "manifest.json"]);

/** The islands' build output: written by the build itself, from the island sources, which do count. */
const isIslandsOutput = (entry: string, parent: string) =>
  (parent.endsWith("public") && SKIP.has(entry)) ||
  (entry === "manifest.json" && parent.endsWith(path.join("lib", "islands")));

/** A guide file's front matter: what pages other than its own show of it (titles, descriptions, related links). */
function frontMatterOnly(text: Buffer): Buffer {
  const match = /^---\r?\n[\s\S]*?\r?\n---/.exec(text.toString("utf8"));
  return match ? Buffer.from(match[0]) : text;
}

/**
 * Two hashes of the build inputs plus the as-of date (statuses are computed against it, so tomorrow's
 * build can differ from today's with no file changed) and the site origin, in one reading of the files:
 * `stamp`, of everything; `shared`, with each guide counted by its front matter only, which is what every
 * guide page has in common (scripts/lib/export/page-store.ts).
 */
export function buildStamps(root = process.cwd()): { stamp: string; shared: string } {
  const guides = path.join(contentDir(), "guides");
  const all = createHash("sha256");
  const shared = createHash("sha256");
  const both = (data: string | Buffer) => (all.update(data), shared.update(data));
  both(`${asOfDate()}\0${process.env.SITE_ORIGIN ?? ""}\0`);
  // CONTENT_DIR and PUBLIC_DIR (the bench, the incremental tests) point the build at other folders: those
  // are inputs too, named by their path so two content folders with the same files still differ.
  const own = new Set(["content", "public"].map((d) => path.join(root, d)));
  const extra = [contentDir(), publicDir()].filter((d) => !own.has(d));
  for (const dir of extra) both(`\0${dir}\0`);
  for (const input of [...INPUTS.map((i) => path.join(root, i)), ...extra]) {
    for (const f of filesUnder(input, isIslandsOutput)) {
      both(path.relative(root, f));
      const bytes = readFileSync(f);
      all.update(bytes);
      shared.update(path.dirname(f) === guides && f.endsWith(".mdx") ? frontMatterOnly(bytes) : bytes);
    }
  }
  return { stamp: all.digest("hex"), shared: shared.digest("hex") };
}

/** The build stamp: out/ holds this build when its stamp file says this. */
export const buildStamp = (root = process.cwd()): string => buildStamps(root).stamp;

export const STAMP_FILE = ".build-stamp";

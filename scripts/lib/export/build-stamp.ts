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
 * A hash of the build inputs plus the as-of date (statuses are computed against it, so tomorrow's
 * build can differ from today's with no file changed) and the site origin. With `guideBodies: false`,
 * each guide counts by its front matter only: what every guide page has in common (scripts/lib/export/page-store.ts).
 */
export function buildStamp(root = process.cwd(), { guideBodies = true } = {}): string {
  const guides = path.join(contentDir(), "guides");
  const h = createHash("sha256");
  h.update(`${asOfDate()}\0${process.env.SITE_ORIGIN ?? ""}\0`);
  // CONTENT_DIR and PUBLIC_DIR (the bench, the incremental tests) point the build at other folders: those
  // are inputs too, named by their path so two content folders with the same files still differ.
  const own = new Set(["content", "public"].map((d) => path.join(root, d)));
  const extra = [contentDir(), publicDir()].filter((d) => !own.has(d));
  for (const dir of extra) h.update(`\0${dir}\0`);
  for (const input of [...INPUTS.map((i) => path.join(root, i)), ...extra]) {
    for (const f of filesUnder(input, isIslandsOutput)) {
      h.update(path.relative(root, f));
      const bytes = readFileSync(f);
      h.update(!guideBodies && path.dirname(f) === guides && f.endsWith(".mdx") ? frontMatterOnly(bytes) : bytes);
    }
  }
  return h.digest("hex");
}

export const STAMP_FILE = ".build-stamp";

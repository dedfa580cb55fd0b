/**
 * The build's type check runs only when code changed: types depend on the TypeScript files, the
 * tsconfig, the lockfile (the packages' types) and the islands manifest the components import, never on
 * content. This is the hash of those files; scripts/build.ts keeps the hash of the last passing check.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Folders that hold no source of ours, or generated copies of it. */
const SKIP = new Set([
  "node_modules",
  ".next",
  "out",
  ".cache",
  ".scratch",
  ".git",
  "test-results",
  "playwright-report",
]);
const SKIP_PATHS = new Set([path.join("bench", "tmp"), path.join("bench", "starlight")]);
const ALSO = new Set(["tsconfig.json", "package-lock.json", path.join("lib", "islands", "manifest.json")]);

function* sources(root: string, rel = ""): Generator<string> {
  for (const entry of readdirSync(path.join(root, rel)).sort()) {
    const r = rel ? path.join(rel, entry) : entry;
    if (SKIP.has(entry) || SKIP_PATHS.has(r)) continue;
    if (statSync(path.join(root, r)).isDirectory()) yield* sources(root, r);
    else if (/\.(ts|tsx|mts|cts)$/.test(entry) || ALSO.has(r)) yield r;
  }
}

export function typecheckKey(root = process.cwd()): string {
  const h = createHash("sha256");
  for (const f of sources(root))
    h.update(`${f}\0`)
      .update(readFileSync(path.join(root, f)))
      .update("\0");
  return h.digest("hex");
}

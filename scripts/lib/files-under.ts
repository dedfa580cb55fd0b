/**
 * The one folder walk of the build scripts (the build stamp, the post-export step, the after-export
 * fill, the self-check, the twins' code version, the bench) and of the tests that read an export.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every file under `root`, depth first in name order (so a hash over them is the same on every
 * machine), as `root` joined with its path. `root` may be a file (yielded alone) or missing (nothing).
 * `skip(entry, parent)` leaves out a file or a whole folder.
 */
export function* filesUnder(
  root: string,
  skip: (entry: string, parent: string) => boolean = () => false,
): Generator<string> {
  if (!existsSync(root)) return;
  if (!statSync(root).isDirectory()) {
    yield root;
    return;
  }
  for (const entry of readdirSync(root).sort()) {
    if (skip(entry, root)) continue;
    const p = path.join(root, entry);
    if (statSync(p).isDirectory()) yield* filesUnder(p, skip);
    else yield p;
  }
}

/** `file`'s path inside `root`, with "/" between folders on every system (as in a URL or a manifest). */
export function pathUnder(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/** Folders at the top of an export that hold no pages: Next's assets, the islands, the search index. */
const NO_PAGES = ["_next", "islands", "pagefind"];

/** Every HTML page of the export in `outDir`, in the order of filesUnder. */
export function* pagesUnder(outDir: string): Generator<string> {
  for (const file of filesUnder(outDir, (entry, parent) => parent === outDir && NO_PAGES.includes(entry)))
    if (file.endsWith(".html")) yield file;
}

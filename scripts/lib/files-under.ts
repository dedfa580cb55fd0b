/**
 * The one folder walk of the build scripts (the build stamp, the post-export step, the after-export
 * fill, the self-check, the twins' code version, the bench).
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

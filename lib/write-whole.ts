import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";

/**
 * Writes `data` to `file` whole: into a file beside it, then renamed over it (its folder made if missing).
 * The build's caches are written by parallel workers and threads, and a build can be cut off at any point;
 * a reader must never find half a file. The temporary name holds the process and the thread, since the
 * threads of one process (twins, cards) share its pid.
 */
export function writeWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

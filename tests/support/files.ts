import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Writes `files` (path inside the folder → text) into `dir`, a stand-in export or content folder; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

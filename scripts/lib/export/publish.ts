/**
 * Where a build works and how it publishes. Every step writes into a staging folder; only a build that
 * finished every step and passed the self-check replaces out/. The swap is two renames back to back
 * (out/ → previous, stage → out/) on one file system; the previous site is deleted only after both
 * succeeded. A process killed between the two renames leaves out/ missing and the previous site in
 * place: restoreInterruptedSwap() puts it back before the next build or server start.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

export interface BuildDirs {
  /** What is served and deployed. */
  out: string;
  /** The build in progress. */
  stage: string;
  /** The pre-strip copy of each page the post-export step keeps for the before/after test. */
  originals: string;
  stageOriginals: string;
  /** The last good site while the new one takes its place. */
  previous: string;
  previousOriginals: string;
}

/** OUT_DIR moves the whole set (tests build into a temporary folder); the work folders sit beside it in .cache. */
export function buildDirs(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BuildDirs {
  const out = path.resolve(cwd, env.OUT_DIR ?? "out");
  const work = path.resolve(cwd, env.BUILD_WORK_DIR ?? path.join(".cache", "build"));
  return {
    out,
    stage: path.join(work, "stage"),
    originals: path.resolve(cwd, env.ORIGINALS_DIR ?? path.join(".cache", "export-original")),
    stageOriginals: path.join(work, "stage-originals"),
    previous: path.join(work, "previous"),
    previousOriginals: path.join(work, "previous-originals"),
  };
}

/** Puts the last good site back when a swap was cut off between its two renames. */
export function restoreInterruptedSwap(out: string, previous = buildDirs().previous): boolean {
  if (existsSync(out) || !existsSync(previous)) return false;
  renameSync(previous, out);
  return true;
}

function swapOne(from: string, to: string, aside: string) {
  rmSync(aside, { recursive: true, force: true });
  if (existsSync(to)) renameSync(to, aside);
  renameSync(from, to);
  rmSync(aside, { recursive: true, force: true });
}

/** Publishes the staged build: out/ first (what readers see), then the originals the tests compare against. */
export function publishStage(dirs: BuildDirs): void {
  swapOne(dirs.stage, dirs.out, dirs.previous);
  if (existsSync(dirs.stageOriginals)) swapOne(dirs.stageOriginals, dirs.originals, dirs.previousOriginals);
}

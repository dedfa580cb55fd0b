/**
 * Builds the site as of each day in AS_OF_BUILDS and keeps each export in .cache/as-of/<day>/, so the
 * build-output tests can read the site as it will be built on those days (npm test runs this before its
 * main build, which then leaves out/ as of the pinned test date).
 *   tsx scripts/build-as-of.ts [YYYY-MM-DD …]
 */
import { spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { AS_OF_BUILDS, asOfBuildDir } from "./lib/as-of-builds";
import { tsScript } from "./lib/ts-script";

const days = process.argv.slice(2).length ? process.argv.slice(2) : [...AS_OF_BUILDS];
for (const day of days) {
  console.log(`build-as-of: building as of ${day}`);
  const build = tsScript("scripts/build.ts");
  const r = spawnSync(build.command, build.args, {
    stdio: "inherit",
    env: { ...process.env, SITE_AS_OF: day },
  });
  if (r.status !== 0) {
    console.error(`build-as-of: the build as of ${day} failed`);
    process.exit(r.status ?? 1);
  }
  rmSync(asOfBuildDir(day), { recursive: true, force: true });
  cpSync("out", asOfBuildDir(day), { recursive: true });
  console.log(`build-as-of: kept ${path.relative(process.cwd(), asOfBuildDir(day))}`);
}

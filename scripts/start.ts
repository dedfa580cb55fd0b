/**
 * `npm start`: build when out/ is missing or stale (inputs or the as-of date changed), then serve it.
 * The port is checked first, so a taken port fails in a second, not after a build; any failure ends
 * with exit code 1 and one plain line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildStamp, STAMP_FILE } from "./lib/export/build-stamp";
import { buildDirs, restoreInterruptedSwap } from "./lib/export/publish";
import { tsScript } from "./lib/ts-script";
import { createServer, unservable } from "./serve";
import { assertPortFree, exitWith, listenOrExit, parsePort } from "./serve-listen";

const LABEL = "start";
const port = parsePort(process.env.PORT, LABEL);
await assertPortFree(port, LABEL);

const { out, previous } = buildDirs();
restoreInterruptedSwap(out, previous);
const stampFile = path.join(out, STAMP_FILE);
const current = buildStamp();
const built = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
if (built !== current) {
  console.log(built ? "start: sources changed since the last build; rebuilding" : "start: no build found; building");
  const build = tsScript("scripts/build.ts");
  const r = spawnSync(build.command, build.args, { stdio: "inherit" });
  if (r.status !== 0)
    exitWith(
      `start: the build failed, so there is no up-to-date site to serve; fix the problem printed above and run \`npm start\` again`,
    );
} else {
  console.log("start: out/ is up to date");
}
const problem = unservable(out, LABEL);
if (problem) exitWith(problem);
listenOrExit(createServer(out), port, LABEL, () => console.log(`GPT Image Field Guide: http://localhost:${port}`));

/** `npm start`: build when out/ is missing or stale (inputs or the as-of date changed), then serve it. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildStamp, STAMP_FILE } from "../lib/export/build-stamp";
import { createServer } from "./serve";

const out = path.resolve("out");
const stampFile = path.join(out, STAMP_FILE);
const current = buildStamp();
const built = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
if (built !== current) {
  console.log(built ? "start: sources changed since the last build; rebuilding" : "start: no build found; building");
  const r = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/build.ts"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  console.log("start: out/ is up to date");
}
const port = Number(process.env.PORT ?? 3000);
createServer(out).listen(port, () => console.log(`GPT Image Field Guide: http://localhost:${port}`));

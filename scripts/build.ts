/**
 * The production build: content check → islands → next build (static export to out/) →
 * post-export step → search index → build stamp. Any failing step stops the build.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildStamp, STAMP_FILE } from "../lib/export/build-stamp";
import { postExport } from "./postexport";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, command: string, args: string[]) {
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`\nbuild: ${label} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const stamp = buildStamp();
const bin = (name: string) => path.join("node_modules", ".bin", name);
run("content check", bin("tsx"), ["scripts/content-check.ts"]);
run("islands", bin("tsx"), ["scripts/build-islands.ts"]);
run("next build", bin("next"), ["build"]);
const r = postExport(path.resolve("out"), path.resolve(".cache", "export-original"));
console.log(`build: post-export stripped ${r.pages} pages (${r.removed} runtime tags, ${r.payloads} payload files)`);
run("search index", bin("pagefind"), ["--site", "out", "--quiet"]);
writeFileSync(path.join("out", STAMP_FILE), stamp);
console.log("build: out/ is ready");

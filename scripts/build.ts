/**
 * The production build: content check → islands → next build (static export to out/) →
 * post-export step → search index → build stamp. Any failing step stops the build.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { mdxCacheDir } from "../lib/content/mdx";
import { contentDir } from "../lib/content/paths";
import { sumMdxStats } from "../lib/content/mdx-stats";
import { buildStamp, STAMP_FILE } from "../lib/export/build-stamp";
import { writeOutputs } from "./gen-outputs";
import { postExport } from "./postexport";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    console.error(`\nbuild: ${label} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const stamp = buildStamp();
const bin = (name: string) => path.join("node_modules", ".bin", name);
run("content check", bin("tsx"), ["scripts/content-check.ts"]);
// Editors' JSON Schemas follow the zod schemas; a unit test fails if the committed ones drift.
run("json schemas", bin("tsx"), ["scripts/gen-schemas.ts"]);
run("islands", bin("tsx"), ["scripts/build-islands.ts"]);
// Each Next worker process records its MDX compile hits/misses there; summed below for the bench and tests.
const statsDir = path.resolve(".cache", "mdx-stats");
rmSync(statsDir, { recursive: true, force: true });
run("next build", bin("next"), ["build"], { MDX_STATS_DIR: statsDir });
const mdx = sumMdxStats(statsDir);
writeFileSync(
  path.join(".cache", "mdx-stats.json"),
  `${JSON.stringify({ ...mdx, cacheDir: mdxCacheDir(), contentDir: contentDir() }, null, 2)}\n`,
);
console.log(`build: MDX ${mdx.compiled.length} of ${mdx.keys.length} bodies compiled, ${mdx.hits} cache hits`);
const postStarted = Date.now();
const r = postExport(path.resolve("out"), path.resolve(".cache", "export-original"));
console.log(
  `build: post-export stripped ${r.pages} pages (${r.removed} runtime tags, ${r.payloads} payload files, ${r.runtimeFiles} runtime files) in ${((Date.now() - postStarted) / 1000).toFixed(1)} s`,
);
const outputsStarted = Date.now();
const outputs = await writeOutputs(path.resolve("out"));
console.log(
  `build: ${outputs} API, Markdown, feed, calendar and badge files in ${((Date.now() - outputsStarted) / 1000).toFixed(1)} s`,
);
run("search index", bin("pagefind"), ["--site", "out", "--quiet"]);
writeFileSync(path.join("out", STAMP_FILE), stamp);
console.log("build: out/ is ready");

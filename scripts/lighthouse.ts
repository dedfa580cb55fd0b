/**
 * `npm run lighthouse`: Lighthouse mobile (default throttling, Debian Chromium) on the five templates of
 * the built site in out/: home, a guide, a name page, the names index and the route picker. Prints the
 * scores with LCP and TBT, lists every audit that lost points, and exits non-zero if any score is below 100
 * or a template is missing.
 *   npm run lighthouse                     median of 3 runs per page
 *   npm run lighthouse -- --runs 1         one run per page
 *   npm run lighthouse -- /guides/x/ /     other pages instead of the five templates
 * Build first (`npm run build`); OUT_DIR points at another export.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { audit, CATEGORIES, launchChrome, type LighthouseResult } from "./lib/perf/lighthouse";
import { templatePages } from "./lib/perf/templates";
import { createServer } from "./serve";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const paths = args.filter((a, i) => a.startsWith("/") && i !== runsAt + 1);
const outDir = path.resolve(process.env.OUT_DIR ?? "out");

if (!existsSync(path.join(outDir, "index.html"))) {
  console.error(`No built site in ${outDir}. Run \`npm run build\` first.`);
  process.exit(1);
}

const targets: Array<[string, string | undefined]> = paths.length
  ? paths.map((p) => [p, p])
  : Object.entries(templatePages(outDir));
const server = createServer(outDir).listen(0);
await new Promise((r) => server.once("listening", r));
const base = `http://localhost:${(server.address() as AddressInfo).port}`;
const chrome = await launchChrome();

const results: Array<[string, LighthouseResult | undefined]> = [];
try {
  for (const [label, p] of targets) {
    if (!p) {
      console.log(`${label}: no such page in ${path.relative(process.cwd(), outDir)}/`);
      results.push([label, undefined]);
      continue;
    }
    process.stdout.write(`${label} (${p}) … `);
    const r = await audit(chrome, base + p, runs);
    console.log(CATEGORIES.map((c) => r.scores[c]).join(" / "));
    results.push([label, r]);
  }
} finally {
  chrome.kill();
  server.close();
}

// Simulated throttling scales what the CPU really did: a busy machine inflates TBT. Say so beside the numbers.
const [load] = os.loadavg();
console.log(
  `\nLighthouse mobile, median of ${runs} run(s); load average ${load!.toFixed(1)} on ${os.cpus().length} cores\n`,
);
console.log("| page | path | performance | accessibility | best practices | SEO | LCP | TBT |");
console.log("| --- | --- | --: | --: | --: | --: | --: | --: |");
for (const [label, r] of results) {
  if (!r) console.log(`| ${label} | (missing) | | | | | | |`);
  else
    console.log(
      `| ${label} | ${new URL(r.url).pathname} | ${CATEGORIES.map((c) => r.scores[c]).join(" | ")} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs} ms |`,
    );
}
const failing = results.flatMap(([label, r]) =>
  r ? r.failing.map((f) => `${label}: [${f.category}] ${f.id}: ${f.title}${f.display ? ` (${f.display})` : ""}`) : [],
);
if (failing.length) console.log(`\nAudits that lost points:\n${failing.map((f) => `  ${f}`).join("\n")}`);
const below = results.filter(([, r]) => !r || CATEGORIES.some((c) => r.scores[c] < 100));
if (below.length) {
  console.error(`\nBelow 100 or missing: ${below.map(([l]) => l).join(", ")}`);
  process.exit(1);
}
console.log("\nAll five templates score 100 in every category.");

/**
 * `npm test`: the whole validation, in order, as CI runs it:
 * Chromium (installed from Debian when missing) → islands → lint → format check → type check →
 * content check → unit tests → builds as of later days → production build (as-of date pinned) →
 * build-output tests → Playwright.
 * Ends with one line `N passed, N failed` counting every test case plus each check step.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** Tests pin the as-of date so statuses, staleness warnings and snapshots do not drift with the calendar. */
import { TEST_AS_OF } from "./lib/as-of-builds";
import { ensureChromium } from "./lib/chromium";
import { tsScript } from "./lib/ts-script";
export { TEST_AS_OF };
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  SITE_AS_OF: process.env.SITE_AS_OF ?? TEST_AS_OF,
  FORCE_COLOR: "0",
};
const bin = (name: string) => path.join("node_modules", ".bin", name);
const script = (file: string): [string, string[]] => {
  const { command, args } = tsScript(file);
  return [command, args];
};
let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status === 0;
}

function check(label: string, command: string, args: string[]) {
  if (step(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

/** Runs a test suite whose reporter writes JSON counts; a crash with no report counts as one failure. */
function suite(
  label: string,
  command: string,
  args: string[],
  report: string,
  count: (json: unknown) => { passed: number; failed: number },
  extraEnv: Record<string, string> = {},
) {
  rmSync(report, { force: true });
  const ok = step(label, command, args, extraEnv);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const c = count(JSON.parse(readFileSync(report, "utf8")));
  passed += c.passed;
  failed += c.failed;
  if (c.failed || !ok) failures.push(label);
  if (!ok && c.failed === 0) failed++;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
}
const vitestCount = (j: unknown) => ({
  // Vitest's JSON reporter output (its types are not exported for the report file).
  passed: (j as VitestReport).numPassedTests,
  failed: (j as VitestReport).numFailedTests,
});
interface PwReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}
const pwCount = (j: unknown) => {
  // Playwright's JSON reporter output.
  const s = (j as PwReport).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected + s.skipped };
};

if (!ensureChromium()) console.error("Without Chromium the browser tests will fail.");

check("islands", ...script("scripts/build-islands.ts"));
check("lint", bin("eslint"), ["."]);
check("format check", bin("prettier"), ["--check", "."]);
check("type check", bin("tsc"), ["--noEmit"]);
check("content check", ...script("scripts/content-check.ts"));
suite(
  "unit tests",
  bin("vitest"),
  ["run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile=.cache/reports/unit.json"],
  ".cache/reports/unit.json",
  vitestCount,
);
// The site as it will be built on later days (tests/build/dated.test.ts reads every page of each),
// before the main build so out/ ends as of TEST_AS_OF for the other build-output tests and Playwright.
check("builds as of later days", ...script("scripts/build-as-of.ts"));
const built = step("production build", ...script("scripts/build.ts"));
if (built) {
  passed++;
  suite(
    "build-output tests",
    bin("vitest"),
    ["run", "--project", "build", "--reporter=default", "--reporter=json", "--outputFile=.cache/reports/build.json"],
    ".cache/reports/build.json",
    vitestCount,
  );
  suite("browser tests (Playwright)", bin("playwright"), ["test"], ".cache/reports/e2e.json", pwCount, {
    PLAYWRIGHT_JSON_OUTPUT_NAME: ".cache/reports/e2e.json",
  });
} else {
  failed++;
  failures.push("production build (build-output and browser tests not run)");
}

console.log(failures.length ? `\nFailed: ${failures.join(", ")}` : "\nAll checks passed.");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

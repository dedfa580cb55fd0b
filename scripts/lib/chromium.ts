/**
 * Debian's Chromium, the one browser this project drives (Playwright's own download is not reachable here),
 * and the flags that keep it quiet: no sandbox as root, no GPU, and no calls home for updates or sync.
 * Shared by the Playwright config, the screenshot scripts and Lighthouse so they all test the same browser.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Playwright's `launchOptions`. */
export const chromiumLaunch = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

/**
 * Installs Debian's Chromium when it is missing (a fresh machine), as `npm test` and `npm run bench` promise;
 * a CHROMIUM_PATH of one's own is never installed over. Says whether the browser is there afterwards.
 */
export function ensureChromium(): boolean {
  if (existsSync(CHROMIUM_PATH) || process.env.CHROMIUM_PATH) return existsSync(CHROMIUM_PATH);
  console.log("▶ installing Debian Chromium (apt-get install -y chromium)");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]) =>
    spawnSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  run(["apt-get", "update", "-qq"]);
  if (run(["apt-get", "install", "-y", "-qq", "chromium"]).status !== 0) console.error("Could not install Chromium.");
  return existsSync(CHROMIUM_PATH);
}

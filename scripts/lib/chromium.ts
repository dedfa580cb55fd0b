/**
 * Debian's Chromium, the one browser this project drives (Playwright's own download is not reachable here),
 * and the flags that keep it quiet: no sandbox as root, no GPU, and no calls home for updates or sync.
 * Shared by the Playwright config, the screenshot scripts and Lighthouse so they all test the same browser.
 */
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

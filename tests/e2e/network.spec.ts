/**
 * Every exported page, loaded in a browser as a reader would: nothing is fetched from anywhere but the
 * site's own origin, the console stays free of errors, and the Content Security Policy is never violated
 * (Chromium reports violations as console messages). Nothing is blocked, so a stray request would show.
 * One page object per worker keeps the sweep fast.
 */
import { expect, test, type ConsoleMessage, type Page, type Request } from "@playwright/test";
import { exportedPages, isRedirectPage, readPage } from "../support/exported-pages";

const pages = exportedPages();

interface Log {
  offOrigin: string[];
  errors: string[];
  csp: string[];
}

test.describe.configure({ mode: "parallel" });

let shared: { page: Page; log: Log } | undefined;

test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage({ baseURL });
  const origin = new URL(baseURL!).origin;
  const log: Log = { offOrigin: [], errors: [], csp: [] };
  page.on("request", (req: Request) => {
    const url = new URL(req.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== origin) log.offOrigin.push(req.url());
  });
  page.on("console", (msg: ConsoleMessage) => {
    if (msg.text().includes("Content Security Policy")) log.csp.push(msg.text());
    else if (msg.type() === "error") log.errors.push(`${msg.text()} ${msg.location().url}`.trim());
  });
  // A failed request shows in the console without its address: name it.
  page.on("response", (res) => {
    if (res.status() >= 400) log.errors.push(`${res.status()} ${res.url()}`);
  });
  page.on("pageerror", (err) => log.errors.push(err.message));
  shared = { page, log };
});

test.afterAll(async () => {
  await shared?.page.close();
});

test("the export has pages to visit", () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const p of pages) {
  test(`${p.url} stays on its own origin, with no console errors or CSP violations`, async () => {
    const { page, log } = shared!;
    log.offOrigin.length = log.errors.length = log.csp.length = 0;
    // /404.html is served with status 200 when asked for by name; the missing-page path is in site.spec.ts.
    const res = await page.goto(p.url, { waitUntil: "load" });
    expect(res?.status()).toBe(200);
    // An alias page forwards with <meta http-equiv="refresh">: judge the page it lands on too.
    if (isRedirectPage(readPage(p))) await page.waitForURL((u) => u.pathname !== p.url);
    // Islands are modules loaded with low priority: let them run and report before judging the page.
    await page.waitForLoadState("networkidle");
    expect(log.offOrigin, "requests to other origins").toEqual([]);
    expect(log.csp, "Content Security Policy violations").toEqual([]);
    expect(log.errors, "console errors").toEqual([]);
  });
}

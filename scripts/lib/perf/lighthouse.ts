/**
 * Runs Lighthouse (mobile, default simulated throttling) against pages of a served export with Debian
 * Chromium. Shared by `npm run lighthouse` and `npm run bench`. Scores vary a little between runs on a
 * busy machine, so each URL runs `runs` times and the median run (by performance score, then LCP) counts,
 * as Lighthouse CI does.
 */
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from "../chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  /** Audits that lost points, for a report a person can act on. */
  failing: Array<{ category: Category; id: string; title: string; score: number | null; display?: string }>;
}

export const CHROME_FLAGS = ["--headless=new", "--disable-dev-shm-usage", ...CHROMIUM_ARGS];

export async function launchChrome(): Promise<LaunchedChrome> {
  if (!ensureChromium()) throw new Error(`Lighthouse needs Chromium at ${CHROMIUM_PATH}`);
  return launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
}

/** The first few rows of an audit's table (a console error, a failing element), so a report says what failed. */
function firstItems(details: unknown): string | undefined {
  const items = (details as { items?: Array<Record<string, unknown>> } | undefined)?.items;
  if (!Array.isArray(items) || !items.length) return undefined;
  const describe = (i: Record<string, unknown>) => {
    // Lighthouse types audit details loosely (unknown); these are the fields its LCP and TBT items carry.
    const loc = i.sourceLocation as { url?: string } | undefined;
    const node = i.node as { snippet?: string } | undefined;
    return [i.description, loc?.url ?? i.url, node?.snippet].filter((x) => typeof x === "string" && x).join(" ");
  };
  return items.slice(0, 3).map(describe).join("; ");
}

async function once(chrome: LaunchedChrome, url: string): Promise<LighthouseResult> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  // Filled for every category in the loop below.
  const scores = {} as Record<Category, number>;
  const failing: LighthouseResult["failing"] = [];
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    scores[c] = Math.round((cat?.score ?? 0) * 100);
    for (const ref of cat?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({
        category: c,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        display: audit.displayValue ?? firstItems(audit.details),
      });
    }
  }
  return {
    url,
    scores,
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN),
    tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? NaN),
    failing,
  };
}

export async function audit(chrome: LaunchedChrome, url: string, runs = 1): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(chrome, url));
  results.sort((a, b) => a.scores.performance - b.scores.performance || b.lcpMs - a.lcpMs);
  return results[Math.floor((results.length - 1) / 2)]!;
}

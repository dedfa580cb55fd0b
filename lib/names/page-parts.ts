import type { NameEntry } from "../content/schemas/name";
import { isScannable } from "../tools/scan-data";
import type { NameParts } from "../urls";

/** OpenAI names called by id, which may have dated snapshots. */
export function hasSnapshots(n: Pick<NameEntry, "layer" | "notOpenAI">): boolean {
  return !n.notOpenAI && (n.layer === "api-model" || n.layer === "api-alias");
}

/**
 * Which optional sections a name page shows. The page (app/names/[slug]/_components/name-article.tsx) renders
 * from this and the content check (lib/content/check/site-paths.ts) lists the page's ids from it, so the two
 * cannot disagree. Prices and mentioning guides come from other collections, so the caller says.
 */
export function nameParts(
  n: Pick<NameEntry, "layer" | "notOpenAI" | "panels" | "notToBeConfusedWith" | "faq" | "sources">,
  from: { prices: boolean; guides: boolean },
): NameParts {
  return {
    prices: from.prices,
    snapshots: hasSnapshots(n),
    batchSupport: n.panels.includes("batch-support"),
    notToBeConfusedWith: n.notToBeConfusedWith.length > 0,
    forDevelopers: isScannable(n),
    faq: n.faq.length > 0,
    guides: from.guides,
    sources: n.sources,
  };
}

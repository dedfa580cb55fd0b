/**
 * The JSON each island reads from its page, by island name. The server side writes it with
 * <IslandData name data> (components/site/island-data.tsx), the island reads it with readIslandData: both
 * are typed by IslandPayloads, so a payload that changes shape is a type error at both ends.
 */
import type { LookupEntry } from "./names/lookup-index";
import type { NotFoundIndex } from "./search/not-found-index";
import type { CostData } from "./tools/cost";
import type { ScanData } from "./tools/scan";

/**
 * The sources the cost tool cites, by id; `url` is absent when the page address is not recorded, and `credit`
 * is the publisher with how strong the source is ("OpenAI, quoted"; lib/content/evidence.ts sourceCredit).
 */
export type CostSources = Record<string, { title: string; url: string | undefined; credit: string }>;

export interface IslandPayloads {
  cost: CostData & { sources: CostSources };
  "names-lookup": LookupEntry[];
  "not-found": NotFoundIndex;
  scan: ScanData;
}

export type IslandDataName = keyof IslandPayloads;

/**
 * The text of a page's `<script type="application/json" data-island-data>`: `<` is escaped so no string in
 * the data can close the element. One writer for the page render and for data filled in after export.
 */
export function islandDataJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/**
 * The attribute of an island data element whose JSON is filled in after the export
 * (scripts/lib/export/island-data-after-export.ts) instead of by the page render.
 */
export const AFTER_EXPORT_ATTR = "data-island-data-after-export";

/** The payload the page carries for `name`, or undefined on a page without it. */
export function readIslandData<K extends IslandDataName>(name: K): IslandPayloads[K] | undefined {
  const text = document.querySelector(`script[data-island-data="${name}"]`)?.textContent;
  // JSON.parse returns `any`; the type is IslandPayloads[K], which the writing side is checked against.
  const data: IslandPayloads[K] | undefined = text ? JSON.parse(text) : undefined;
  return data;
}

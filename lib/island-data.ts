/**
 * The JSON each island reads from its page, by island name. The server side writes it with
 * <IslandData name data> (components/site/island-data.tsx), the island reads it with readIslandData: both
 * are typed by IslandPayloads, so a payload that changes shape is a type error at both ends.
 */
import type { LookupEntry } from "./names/lookup-index";
import type { NotFoundIndex } from "./search/not-found-index";
import type { CostData } from "./tools/cost";
import type { ScanData } from "./tools/scan";

/** The sources the cost tool cites, by id; `url` is absent when the page address is not recorded. */
export type CostSources = Record<
  string,
  { title: string; url: string | undefined; primary: boolean; publisher: string }
>;

export interface IslandPayloads {
  cost: CostData & { sources: CostSources };
  "names-lookup": LookupEntry[];
  "not-found": NotFoundIndex;
  scan: ScanData;
}

export type IslandDataName = keyof IslandPayloads;

/** The payload the page carries for `name`, or undefined on a page without it. */
export function readIslandData<K extends IslandDataName>(name: K): IslandPayloads[K] | undefined {
  const text = document.querySelector(`script[data-island-data="${name}"]`)?.textContent;
  // JSON.parse returns `any`; the type is IslandPayloads[K], which the writing side is checked against.
  const data: IslandPayloads[K] | undefined = text ? JSON.parse(text) : undefined;
  return data;
}

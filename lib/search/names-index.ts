/** The glossary as the search dialog needs it: see lib/search/name-match.ts. */
import type { NameRecord } from "../content/names";
import { lookupEntries } from "../names/lookup-index";
import type { SearchNameEntry } from "./name-match";
import { plainText } from "../dated/plain";

export function searchNameIndex(names: readonly NameRecord[]): SearchNameEntry[] {
  const definitions = new Map(names.map((n) => [n.slug, plainText(n.definition)]));
  return lookupEntries(names).map((e) => ({ ...e, definition: definitions.get(e.slug) ?? "" }));
}

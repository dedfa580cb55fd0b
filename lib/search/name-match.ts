/**
 * Which name page leads the search results: the glossary resolver (lib/names/resolve.ts) run on the
 * query, trusted only when it identifies one name beyond doubt. Pure and browser-safe: the search
 * dialog bundles it; the server side builds the index in lib/search/names-index.ts.
 */
import type { LookupEntry } from "../names/lookup-index";
import type { MatchKind, Resolver } from "../names/resolve";

/** Served by app/search/names.json/route.ts; fetched only when search is opened. */
export const NAMES_INDEX_PATH = "/search/names.json";

export interface SearchNameEntry extends LookupEntry {
  definition: string;
}

/**
 * The query is the name in another spelling or with a small typo ("gpt image two", "dalle3",
 * "gpt-imgae-2"). A partial match ("gpt image" fits a dozen names) is left to full-text ranking.
 */
const PINNED_KINDS: ReadonlySet<MatchKind> = new Set(["exact", "spelling", "typo"]);

export function pinnedName(resolve: Resolver<SearchNameEntry>, query: string): SearchNameEntry | undefined {
  const top = resolve(query, 1).matches[0];
  return top && PINNED_KINDS.has(top.kind) ? top.entry : undefined;
}

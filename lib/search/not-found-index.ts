/**
 * What the 404 page's island needs to suggest pages for a mistyped address: every name (the glossary
 * resolver's entries, with layer and status to show) and every guide (title and slug as spellings).
 */
import type { Guide } from "../content/guides";
import type { NameRecord } from "../content/names";
import { lookupEntries, type LookupEntry } from "../names/lookup-index";
import type { ResolverEntry } from "../names/resolve";

export interface GuideEntry extends ResolverEntry {
  url: string;
}

export interface NotFoundIndex {
  names: LookupEntry[];
  guides: GuideEntry[];
}

export function notFoundIndex(names: readonly NameRecord[], guides: readonly Guide[]): NotFoundIndex {
  return {
    names: lookupEntries(names),
    guides: guides.map((g) => ({ slug: g.slug, name: g.title, aliases: [g.slug], url: g.url })),
  };
}

/**
 * The words a reader was after, from the path that was not found: the last segment, with a known
 * section prefix dropped ("/names/gpt-imge-2/" → "gpt imge 2"). Empty when there is nothing to match.
 */
export function queryFromPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: match on the raw path.
  }
  const segments = decoded.split("/").filter(Boolean);
  const last = segments[segments.length - 1] ?? "";
  return last
    .replace(/\.html?$/i, "")
    .replace(/[-_+]+/g, " ")
    .trim()
    .slice(0, 80);
}

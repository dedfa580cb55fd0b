import { searchVariants } from "@/lib/search/variants";

export type SearchPageType = "Guide" | "Name" | "Route" | "Tool";

/**
 * What the search dialog shows beside a result (page type; a name's layer and status; a route's
 * category; a one-line summary shown instead of an excerpt that would quote the spellings block).
 * Pagefind reads
 * data-pagefind-meta even inside data-pagefind-ignore, so these words are not indexed as page text,
 * and `hidden` keeps them off screen and away from assistive technology.
 */
export function SearchMeta({
  type,
  layer,
  status,
  category,
  summary,
}: {
  type: SearchPageType;
  layer?: string;
  status?: string;
  category?: string;
  summary?: string;
}) {
  return (
    <div hidden data-pagefind-ignore="">
      <span data-pagefind-meta="type">{type}</span>
      {layer && <span data-pagefind-meta="layer">{layer}</span>}
      {status && <span data-pagefind-meta="status">{status}</span>}
      {category && <span data-pagefind-meta="category">{category}</span>}
      {summary && <span data-pagefind-meta="summary">{summary}</span>}
    </div>
  );
}

/**
 * Every spelling of a name for the search index, at the highest weight, so a search for any of them
 * ("dalle 3", "gpt image two") ranks the name page high. The spellings live in an attribute that
 * Pagefind indexes (data-pagefind-index-attrs) on an empty hidden element: nothing for readers or
 * screen readers, and no hidden text for search engines. Pagefind weights attribute text by the
 * enclosing element, hence the wrapper. Place it inside the data-pagefind-body.
 */
export function SearchAliases({ forms }: { forms: ReadonlyArray<string | undefined> }) {
  return (
    <span hidden data-pagefind-weight="10">
      <span data-pagefind-index-attrs="data-spellings" data-spellings={searchVariants(forms).join(" · ")} />
    </span>
  );
}

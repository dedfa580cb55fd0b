import { SourceTitle } from "@/components/site/source-ref";
import { sourceCredit } from "@/lib/content/evidence";
import { resolveSources } from "@/lib/content/sources";

/** "Sources: A (OpenAI), B (secondary), C (OpenAI, quoted)" under a data table, so every row can be traced. */
export function SourceLine({ ids, asOf }: { ids: readonly string[]; asOf?: string }) {
  const sources = resolveSources(ids);
  // Kept out of search snippets, like every citation.
  return (
    <span data-pagefind-ignore="">
      {asOf ? `As of ${asOf}. ` : ""}Sources:{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <SourceTitle source={s} /> ({sourceCredit(s)})
        </span>
      ))}
    </span>
  );
}

/** The SourceLine of a table: every source its rows cite, once each, in the order they first appear. */
export function RowSources({ rows }: { rows: ReadonlyArray<{ sources: readonly string[] }> }) {
  return <SourceLine ids={[...new Set(rows.flatMap((r) => r.sources))]} />;
}

import { resolveSources } from "@/lib/content/sources";

/** "Sources: A (OpenAI), B (secondary)" under a data table, so every row can be traced. */
export function SourceLine({ ids, asOf }: { ids: readonly string[]; asOf?: string }) {
  const sources = resolveSources(ids);
  return (
    <span>
      {asOf ? `As of ${asOf}. ` : ""}Sources:{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <a href={s.url} className="underline underline-offset-2" rel="noopener">
            {s.title}
          </a>{" "}
          ({s.primary ? s.publisher : `${s.publisher}, secondary`})
        </span>
      ))}
    </span>
  );
}

import { DataTable } from "@/components/ui/data-table";
import { NameLinks } from "@/components/site/name-links";
import { SourceRef } from "@/components/site/source-ref";
import { StatusBadge } from "@/components/site/status-badge";
import { asOfDate, formatDate } from "@/lib/as-of";
import { getNameMap, getNames } from "@/lib/content/names";
import { getSources } from "@/lib/content/sources";
import { shutdowns } from "@/lib/names/timeline";
import { DatedText } from "@/components/site/dated-text";

/**
 * Every name with a shutdown date (past or scheduled) and the replacement OpenAI named, from the
 * glossary. Status is derived from the dates, so a scheduled row turns "Shut down" on its own.
 */
export function MigrationTable({ caption }: { caption?: string }) {
  const all = getNameMap();
  const sources = getSources();
  const rows = shutdowns(getNames());
  return (
    <DataTable
      caption={caption ?? "Names with a shutdown date, and what replaces them"}
      columns={[
        { key: "name", label: "Name" },
        { key: "date", label: "Shutdown date" },
        { key: "status", label: "Status" },
        { key: "replacedBy", label: "Replaced by" },
        { key: "source", label: "Source of the date" },
      ]}
      rows={rows.map(({ name: n, date, event }) => ({
        key: n.slug,
        cells: {
          name: (
            <a href={n.url} className="underline underline-offset-2">
              {n.apiId ? <code>{n.apiId}</code> : n.name}
            </a>
          ),
          date: <time dateTime={date}>{formatDate(date)}</time>,
          status: <StatusBadge name={n} />,
          replacedBy: n.relations.replacedBy.length ? (
            <NameLinks slugs={n.relations.replacedBy} all={all} />
          ) : (
            "None named"
          ),
          source: (
            <>
              <SourceRef source={sources.get(event.source)} date={event} />
              {event.note && (
                <span className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400">
                  <DatedText text={event.note} />
                </span>
              )}
            </>
          ),
        },
      }))}
      footer={`Rows come from the glossary; status is computed from each name's dates as of ${formatDate(asOfDate())}.`}
    />
  );
}

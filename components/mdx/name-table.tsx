import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import { DatedText } from "@/components/site/dated-text";
import { StatusBadge } from "@/components/site/status-badge";
import { dateCaveat } from "@/lib/content/evidence";
import { getNameMap, type NameRecord } from "@/lib/content/names";
import { getSources } from "@/lib/content/sources";
import { LAYER_INFO } from "@/lib/names/layers";
import { nameUrl } from "@/lib/urls";

export const NAME_COLUMNS = {
  name: "Name",
  apiId: "API id",
  layer: "Layer",
  status: "Status",
  definition: "What it is",
  whereYouSeeIt: "Where you see it",
  meaning: "What it means",
  useItWhen: "Use it when",
  released: "Released",
  shutdown: "Shutdown",
  replacedBy: "Replaced by",
} as const;
export type NameColumn = keyof typeof NAME_COLUMNS;

/** A lifecycle date with its caveat when it rests on secondary material ("2026-08-30 (secondary sources only)"). */
function dateCell(
  e: { date: string; source: string; dateVerified?: "yes" | "partial" | "no"; dateBasis?: string } | undefined,
): ReactNode {
  if (!e) return "—";
  const caveat = dateCaveat(e, (id) => getSources().get(id));
  return caveat ? (
    <>
      {e.date} <span className="text-xs text-zinc-600 dark:text-zinc-400">({caveat})</span>
    </>
  ) : (
    e.date
  );
}

function cell(n: NameRecord, column: NameColumn, all: Map<string, NameRecord>): ReactNode {
  switch (column) {
    case "name":
      return (
        <a href={n.url} className="underline underline-offset-2">
          {n.name}
        </a>
      );
    case "apiId":
      return n.apiId ? <code>{n.apiId}</code> : "—";
    case "layer":
      return n.notOpenAI ? `${LAYER_INFO[n.layer].label} (not OpenAI)` : LAYER_INFO[n.layer].label;
    case "status":
      return <StatusBadge name={n} />;
    case "released":
      return dateCell(n.lifecycle.released);
    case "shutdown":
      return dateCell(n.lifecycle.shutDown ?? n.lifecycle.shutdownScheduled);
    case "replacedBy":
      return n.relations.replacedBy.length
        ? n.relations.replacedBy.map((s, i) => {
            const r = all.get(s);
            return (
              <span key={s}>
                {i > 0 && ", "}
                <a href={nameUrl(s)} className="underline underline-offset-2">
                  {r?.name ?? s}
                </a>
              </span>
            );
          })
        : "—";
    default:
      return <DatedText text={n[column]} />;
  }
}

/** A table of glossary names: rows and cells come from content/names, so a fact is written once. */
export function NameTable({ names, columns, caption }: { names: string[]; columns: NameColumn[]; caption?: string }) {
  const all = getNameMap();
  const records = names.map((slug) => {
    const n = all.get(slug);
    if (!n) throw new Error(`<NameTable>: unknown name slug "${slug}"`);
    return n;
  });
  return (
    <DataTable
      caption={caption ?? "Names compared"}
      columns={columns.map((key) => ({ key, label: NAME_COLUMNS[key] }))}
      rows={records.map((n) => ({
        key: n.slug,
        cells: Object.fromEntries(columns.map((c) => [c, cell(n, c, all)])),
      }))}
      footer="Rows come from the glossary; status is computed from each name's dated lifecycle."
    />
  );
}

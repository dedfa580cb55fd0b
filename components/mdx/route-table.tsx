import Link from "next/link";
import type { ReactNode } from "react";
import { DatedText } from "@/components/site/dated-text";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/as-of";
import { getRoutes, type Route } from "@/lib/content/routes";
import { ROUTE_TABLE_COLUMNS, type RouteColumn } from "../../lib/content/mdx-props";

const LABELS: Record<RouteColumn, string> = {
  route: "Route",
  category: "Category",
  verdict: "Verdict",
  job: "Job",
  whoItIsFor: "Who it is for",
  useItWhen: "Use it when",
  why: "Why",
  stopWhen: "Stop when",
  limits: "Who sets the limits",
  bill: "Who bills",
  whereToLook: "Where to look",
  meaning: "What it means",
};

const CELLS: Record<RouteColumn, (r: Route) => ReactNode> = {
  route: (r) => (
    <Link href={r.url} className="decoration-accent-600/40 hover:decoration-accent-600 underline underline-offset-2">
      {r.name}
    </Link>
  ),
  category: (r) => r.category,
  verdict: (r) => <DatedText text={r.verdict} />,
  job: (r) => <DatedText text={r.job} />,
  whoItIsFor: (r) => <DatedText text={r.whoItIsFor} />,
  useItWhen: (r) => (
    <ul className="list-disc space-y-1 pl-4">
      {r.useItWhen.map((u) => (
        <li key={u}>
          <DatedText text={u} />
        </li>
      ))}
    </ul>
  ),
  why: (r) => <DatedText text={r.why} />,
  stopWhen: (r) => <DatedText text={r.stopWhen} />,
  limits: (r) => <DatedText text={r.owner.limits} />,
  bill: (r) => <DatedText text={r.owner.bill} />,
  whereToLook: (r) => <DatedText text={r.owner.whereToLook} />,
  meaning: (r) => <DatedText text={r.owner.meaning} />,
};

/**
 * `<RouteTable columns={["route", "useItWhen", "bill"]} caption="…" />`: rows from the route profiles,
 * one per route. The route name is always the first column (each row's header).
 */
export function RouteTable({ columns, caption }: { columns: readonly RouteColumn[]; caption?: string }) {
  const unknown = columns.filter((c) => !ROUTE_TABLE_COLUMNS.includes(c));
  if (unknown.length)
    throw new Error(`<RouteTable>: unknown column(s) ${unknown.join(", ")}; use ${ROUTE_TABLE_COLUMNS.join(", ")}`);
  const keys: RouteColumn[] = ["route", ...columns.filter((c) => c !== "route")];
  const routes = getRoutes();
  const dates = [...new Set(routes.map((r) => r.lastVerified))].sort();
  const verified =
    dates.length > 1
      ? `last verified between ${formatDate(dates[0]!)} and ${formatDate(dates.at(-1)!)}`
      : dates[0]
        ? `last verified ${formatDate(dates[0])}`
        : "";
  return (
    <DataTable
      caption={caption ?? "The four routes compared"}
      columns={keys.map((k) => ({ key: k, label: LABELS[k] }))}
      rows={routes.map((r) => ({ key: r.id, cells: Object.fromEntries(keys.map((k) => [k, CELLS[k](r)])) }))}
      footer={<>From the route profiles{verified ? `, ${verified}` : ""}. Each profile lists its sources.</>}
    />
  );
}

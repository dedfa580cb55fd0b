import type { ReactNode } from "react";
import { hasQualifiedStatus, StatusBadge, StatusWords } from "@/components/site/status-badge";
import { formatDate } from "@/lib/as-of";
import type { NameRecord } from "@/lib/content/names";
import { getSources } from "@/lib/content/sources";
import type { Verification } from "@/lib/content/schemas/common";
import { LAYER_INFO } from "@/lib/names/layers";

export const VERIFICATION_TEXT: Record<Verification, string> = {
  yes: "Yes: read in an OpenAI source",
  partial: "Partly: OpenAI confirms part, secondary sources the rest",
  no: "No: only third-party material",
};

/** The facts a reader scans for, in one box: beside the article on wide screens, under the answer on phones. */
export function AtAGlance({ name, id }: { name: NameRecord; id: string }) {
  const end = name.lifecycle.shutDown ?? name.lifecycle.shutdownScheduled;
  const sources = getSources();
  // A date that only a secondary source gives says so here too, not just in the lifecycle list.
  const dated = (e: { date: string; source: string }) =>
    `${formatDate(e.date)}${sources.get(e.source)?.primary === false ? " (secondary source)" : ""}`;
  const rows: Array<[string, ReactNode]> = [
    ["Layer", `${LAYER_INFO[name.layer].label}${name.notOpenAI ? " (not OpenAI's)" : ""}`],
    [
      "Status",
      <span key="s" className="flex flex-col items-start gap-1">
        <StatusBadge name={name} />
        {hasQualifiedStatus(name) && (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            <StatusWords name={name} />
          </span>
        )}
      </span>,
    ],
    ...(name.apiId
      ? [
          [
            "API id",
            <code key="c" className="font-mono text-[0.9em] break-all">
              {name.apiId}
            </code>,
          ] as [string, ReactNode],
        ]
      : []),
    ["Confirmed by OpenAI", VERIFICATION_TEXT[name.verification]],
    ...(name.lifecycle.released ? [["Released", dated(name.lifecycle.released)] as [string, ReactNode]] : []),
    ...(end ? [[name.lifecycle.shutDown ? "Shut down" : "Shutdown", dated(end)] as [string, ReactNode]] : []),
  ];
  return (
    <section aria-labelledby={id} className="rounded-xl border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <h2 id={id} className="font-semibold text-zinc-900 dark:text-white">
        At a glance
      </h2>
      <dl className="mt-3 space-y-2.5">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{k}</dt>
            <dd className="mt-0.5 text-zinc-800 dark:text-zinc-200">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

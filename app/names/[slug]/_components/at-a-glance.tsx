import type { ReactNode } from "react";
import { hasQualifiedStatus, StatusBadge, StatusWords } from "@/components/site/status-badge";
import { formatDate } from "@/lib/as-of";
import type { NameRecord } from "@/lib/content/names";
import { dateCaveat } from "@/lib/content/evidence";
import { modelData } from "@/lib/content/model-data";
import { getSources } from "@/lib/content/sources";
import type { Verification } from "@/lib/content/schemas/common";
import { LAYER_INFO } from "@/lib/names/layers";
import { NAME_SECTIONS } from "@/lib/urls";
import { VERIFICATION_WORDS } from "@/lib/content/evidence";

/** A row only when it has a value (`false`, `undefined` or "" leave it out). */
function optional(label: string, value: ReactNode): Array<[string, ReactNode]> {
  return value ? [[label, value]] : [];
}

/** The facts a reader scans for, in one box: beside the article on wide screens, under the answer on phones. */
export function AtAGlance({ name, id }: { name: NameRecord; id: string }) {
  const end = name.lifecycle.shutDown ?? name.lifecycle.shutdownScheduled;
  const sources = getSources();
  const tokens = name.notOpenAI ? undefined : modelData(name.slug).tokens;
  // A date that rests on secondary material says so here too, not just in the lifecycle list.
  const dated = (e: { date: string; source: string; dateVerified?: Verification; dateBasis?: string }) => {
    const caveat = dateCaveat(e, (id) => sources.get(id));
    return `${formatDate(e.date)}${caveat ? ` (${caveat})` : ""}`;
  };
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
    ...optional(
      "API id",
      name.apiId && (
        <code key="c" className="font-mono text-[0.9em] break-all">
          {name.apiId}
        </code>
      ),
    ),
    ["Confirmed by OpenAI", VERIFICATION_WORDS[name.verification].answer],
    ...optional(
      "Image output price",
      tokens?.imageOutput != null && (
        <a key="p" href={`#${NAME_SECTIONS.prices.id}`} className="underline underline-offset-2">
          ${tokens.imageOutput.toFixed(2)} per 1M tokens ({VERIFICATION_WORDS[tokens.verification].inline})
        </a>
      ),
    ),
    ...optional("Released", name.lifecycle.released && dated(name.lifecycle.released)),
    ...optional(name.lifecycle.shutDown ? "Shut down" : "Shutdown", end && dated(end)),
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

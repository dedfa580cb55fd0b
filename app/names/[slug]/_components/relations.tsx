import type { ReactNode } from "react";
import { NameLinks } from "@/components/site/name-links";
import type { NameRecord } from "@/lib/content/names";

/** Every relation of a name as links, including the names whose parent it is. */
export function Relations({ name, all }: { name: NameRecord; all: Map<string, NameRecord> }) {
  const links = (slugs: readonly string[]): ReactNode => <NameLinks slugs={slugs} all={all} />;
  const r = name.relations;
  const children = [...all.values()].filter((n) => n.relations.parent === name.slug).map((n) => n.slug);
  const counterpartLabel = name.layer === "app-feature" ? "API counterpart" : "ChatGPT counterpart";
  const rows: Array<[string, readonly string[]]> = [
    ["Part of", r.parent ? [r.parent] : []],
    ["Names under it", children],
    ["Points to", r.pointsTo ? [r.pointsTo] : []],
    [counterpartLabel, r.apiCounterpart ? [r.apiCounterpart] : []],
    ["Replaced by", r.replacedBy],
    ["Superseded by", r.supersededBy],
    ["Related", r.related],
  ];
  const shown = rows.filter(([, slugs]) => slugs.length > 0);
  if (shown.length === 0) return <p>No relations are recorded for this name.</p>;
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
      {shown.map(([label, slugs]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-zinc-900 dark:text-white">{label}</dt>
          <dd className="mb-2 sm:mb-0">{links(slugs)}</dd>
        </div>
      ))}
    </dl>
  );
}

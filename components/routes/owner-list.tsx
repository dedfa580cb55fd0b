import { DatedText } from "@/components/site/dated-text";
import type { Route } from "@/lib/content/routes";

const ROWS = [
  ["limits", "Who sets the limits"],
  ["bill", "Who sends the bill"],
  ["whereToLook", "Where to look"],
  ["meaning", "What it means"],
] as const;

/** Who owns the limits and the bill on one route, as a description list. */
export function OwnerList({ route }: { route: Route }) {
  return (
    <dl className="mt-4 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {ROWS.map(([key, label]) => (
        <div key={key} className="px-4 py-3 sm:grid sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-4">
          <dt className="text-sm font-semibold text-zinc-900 dark:text-white">{label}</dt>
          <dd className="mt-1 leading-relaxed text-zinc-700 sm:mt-0 dark:text-zinc-300">
            <DatedText text={route.owner[key]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

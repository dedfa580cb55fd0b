import { asOfDate, formatDate } from "@/lib/as-of";
import { getNameMap, getNames } from "@/lib/content/names";
import { RECENT_SHUTDOWN_DAYS, shutdownWatch } from "@/lib/names/timeline";
import { NameLinks } from "./name-links";
import { StatusBadge } from "./status-badge";

/**
 * Upcoming shutdowns and those of the last 90 days, with the replacement OpenAI names for each. Every
 * row carries the status badge, so a row built "due" reads "Shutdown date passed" once its day comes.
 */
export function ShutdownWatch() {
  const asOf = asOfDate();
  const names = getNameMap();
  const rows = shutdownWatch(getNames(), asOf);
  if (rows.length === 0)
    return (
      <p className="mt-5 text-zinc-700 dark:text-zinc-300">
        No shutdown is scheduled, and none happened in the {RECENT_SHUTDOWN_DAYS} days before {formatDate(asOf)}.
      </p>
    );
  return (
    <ul className="mt-5 divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {rows.map(({ name, date }) => {
        const replacements = name.relations.replacedBy;
        return (
          <li key={name.slug} className="flex flex-col gap-1.5 px-4 py-3 sm:flex-row sm:items-baseline sm:gap-4">
            <time
              dateTime={date}
              className="w-36 shrink-0 text-sm font-semibold text-zinc-900 tabular-nums dark:text-white"
            >
              {formatDate(date)}
            </time>
            <span className="flex min-w-0 flex-col gap-1">
              <span className="flex flex-wrap items-center gap-2">
                <a href={name.url} className="font-medium underline underline-offset-2">
                  {name.name}
                </a>
                <StatusBadge name={name} />
              </span>
              {replacements.length > 0 && (
                <span className="text-sm text-zinc-700 dark:text-zinc-300">
                  Replacement OpenAI names: <NameLinks slugs={replacements} all={names} />
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

import { asOfDate, formatDate } from "@/lib/as-of";
import { getNames } from "@/lib/content/names";
import { getSources } from "@/lib/content/sources";
import { timelineEvents } from "@/lib/names/timeline";
import { EventLabel } from "./event-label";

/** The newest lifecycle changes from the glossary: what is coming up, then the latest that happened. */
export function RecentChanges({ upcoming = 3, past = 5 }: { upcoming?: number; past?: number }) {
  const asOf = asOfDate();
  const events = timelineEvents(getNames(), getSources(), asOf);
  const ahead = events.filter((e) => e.upcoming).slice(0, upcoming);
  const behind = events
    .filter((e) => !e.upcoming)
    .slice(-past)
    .reverse();
  const list = [...ahead, ...behind];
  return (
    <ol className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {list.map((e) => (
        <li
          key={`${e.slug}-${e.kind}`}
          className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-baseline sm:gap-4"
        >
          <time
            dateTime={e.date}
            className="w-36 shrink-0 text-sm font-semibold text-zinc-900 tabular-nums dark:text-white"
          >
            {formatDate(e.date)}
          </time>
          <span className="flex flex-wrap items-center gap-2">
            <a href={e.url} className="font-medium underline underline-offset-2">
              {e.name}
            </a>
            <EventLabel e={e} />
            {e.source && !e.source.primary && (
              <span className="text-xs text-zinc-600 dark:text-zinc-400">(date from a secondary source)</span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

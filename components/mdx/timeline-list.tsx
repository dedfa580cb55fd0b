import { SourceRef } from "@/components/site/source-ref";
import { asOfDate, formatDate } from "@/lib/as-of";
import { getNames } from "@/lib/content/names";
import { getSources } from "@/lib/content/sources";
import { timelineEvents, type TimelineEvent } from "@/lib/names/timeline";
import { EventLabel } from "@/components/site/event-label";
import { DatedIsland } from "@/components/site/timed";
import { DatedText } from "@/components/site/dated-text";

function Event({ e }: { e: TimelineEvent }) {
  return (
    <li data-event-date={e.date} className="relative pb-5 pl-6 last:pb-0">
      <span
        aria-hidden="true"
        className={`absolute top-1.5 -left-[5px] size-2.5 rounded-full ring-4 ring-white dark:ring-zinc-950 ${e.upcoming ? "border-2 border-amber-500 bg-white dark:bg-zinc-950" : "bg-accent-600 dark:bg-accent-400"}`}
      />
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <time dateTime={e.date} className="font-semibold text-zinc-900 tabular-nums dark:text-white">
          {formatDate(e.date)}
        </time>
        <EventLabel e={e} />
      </p>
      <p className="mt-1">
        <a href={e.url} className="font-medium underline underline-offset-2">
          {e.name}
        </a>
      </p>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        <span className="text-zinc-600 dark:text-zinc-400">Source: </span>
        <SourceRef source={e.source} date={e} />
      </p>
      {e.note && (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          <DatedText text={e.note} />
        </p>
      )}
    </li>
  );
}

/**
 * Every dated lifecycle event from the glossary, oldest first, grouped by year, with the build's
 * as-of date marked so scheduled events read as still ahead. `from` (YYYY-MM-DD) drops older events.
 */
export function TimelineList({ from, headingLevel = 3 }: { from?: string; headingLevel?: 2 | 3 }) {
  if (from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(from))
    throw new Error(`<TimelineList from="${from}">: write the date as YYYY-MM-DD`);
  const asOf = asOfDate();
  const events = timelineEvents(getNames(), getSources(), asOf, from);
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const H = headingLevel === 2 ? "h2" : "h3";
  const firstUpcoming = events.find((e) => e.upcoming);
  const lastYear = years[years.length - 1];
  // "Today" on the timeline: before the first event still ahead, or after the last one. The island moves
  // it when the page is read on a later day.
  const marker = (
    <li key="as-of" data-today-marker={asOf} className="relative pb-5 pl-6">
      <span aria-hidden="true" className="absolute top-2.5 -left-[2px] h-0.5 w-5 bg-zinc-400" />
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">
        As of <time dateTime={asOf}>{formatDate(asOf)}</time>
        <span data-today-note="">
          , the date this page was built.{firstUpcoming ? " Events below are still to come on that date." : ""}
        </span>
      </p>
    </li>
  );
  return (
    <div className="not-prose my-6">
      <DatedIsland />
      {years.map((year) => (
        <section key={year} aria-labelledby={`timeline-${year}`} className="mt-8 first:mt-0">
          <H id={`timeline-${year}`} className="font-serif text-xl font-semibold text-zinc-900 dark:text-white">
            {year}
          </H>
          <ol className="mt-4 ml-1.5 border-l-2 border-zinc-200 dark:border-zinc-800">
            {events
              .filter((e) => e.date.startsWith(year))
              .flatMap((e) => [...(e === firstUpcoming ? [marker] : []), <Event key={`${e.slug}-${e.kind}`} e={e} />])}
            {!firstUpcoming && year === lastYear && marker}
          </ol>
        </section>
      ))}
    </div>
  );
}

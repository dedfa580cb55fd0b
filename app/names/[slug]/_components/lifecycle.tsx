import Link from "next/link";
import { EventLabel } from "@/components/site/event-label";
import { SourceRef } from "@/components/site/source-ref";
import { asOfDate, formatDate } from "@/lib/as-of";
import type { NameRecord } from "@/lib/content/names";
import type { Source } from "@/lib/content/sources";
import { timelineEvents } from "@/lib/names/timeline";
import { DatedText } from "@/components/site/dated-text";
import { PAGES } from "@/lib/urls";

/** The name's dated events, each with the source that dates it and whether that source is OpenAI's own. */
export function Lifecycle({ name, sources }: { name: NameRecord; sources: ReadonlyMap<string, Source> }) {
  const events = timelineEvents([name], sources, asOfDate());
  if (events.length === 0) {
    return (
      <p>
        No dated events are recorded for this name. The{" "}
        <Link href={PAGES.timeline} className="underline underline-offset-2">
          timeline
        </Link>{" "}
        lists every dated event in the glossary.
      </p>
    );
  }
  return (
    <ol className="space-y-4">
      {events.map((e) => (
        <li key={e.kind} className="border-l-2 border-zinc-200 pl-4 dark:border-zinc-800">
          <p className="flex flex-wrap items-center gap-2">
            <time dateTime={e.date} className="font-semibold tabular-nums">
              {formatDate(e.date)}
            </time>
            <EventLabel e={e} />
          </p>
          <p className="mt-1 text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">Source: </span>
            <SourceRef source={e.source} date={e} />
          </p>
          {e.note && (
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              <DatedText text={e.note} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * iCalendar files (RFC 5545, written by ical-generator): one per name with each of its dated lifecycle
 * events, and one with every shutdown in the glossary. Events are all-day (a date, no time zone); each
 * shutdown carries display alarms 30, 7 and 1 days before. URL is the name's page, ATTACH the source that
 * dates the event. Past shutdowns stay in the shutdowns calendar, so a subscribed calendar keeps its
 * history instead of losing an event on its day. DTSTAMP is the as-of date, never the build's clock.
 */
import ical, { ICalAlarmType, type ICalCalendar } from "ical-generator";
import { formatDate } from "../as-of";
import { sourceByline } from "../content/evidence";
import type { NameRecord } from "../content/names";
import type { Source } from "../content/sources";
import { statusText } from "../names/status";
import { timelineEvents, type TimelineEvent } from "../names/timeline";
import { outputText } from "../outputs/text";
import { nameCalendarPath, SHUTDOWNS_CALENDAR } from "../urls";
import { absoluteUrl, site } from "../site";
import { daysBefore } from "./name-feed";

export const ALARM_DAYS = [30, 7, 1] as const;
const DAY = 86_400;

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

function newCalendar(name: string, description: string, path: string): ICalCalendar {
  return ical({
    name,
    description,
    url: absoluteUrl(path),
    prodId: { company: site.name, product: "lifecycle-calendar", language: "EN" },
  });
}

const isShutdown = (e: TimelineEvent) => e.kind === "shutdownScheduled" || e.kind === "shutDown";

function addEvent(cal: ICalCalendar, e: TimelineEvent, name: NameRecord, asOf: string) {
  const host = new URL(site.origin).host;
  const source = e.source;
  const lines = [
    `${e.label}: ${formatDate(e.date)}.`,
    `Status as of ${formatDate(asOf)}: ${statusText(name.status)}.`,
    // How the date is known, in the words of every other place it shows (lib/content/evidence.ts).
    e.caveat ? `Date: ${e.caveat}.` : undefined,
    e.note,
    `Page: ${absoluteUrl(name.url)}`,
    source
      ? `Source: ${sourceByline(source)}${source.url ? ` ${source.url}` : " (page address not recorded)"}`
      : undefined,
  ].filter((l): l is string => Boolean(l));
  const event = cal.createEvent({
    id: `${name.slug}-${e.kind}@${host}`,
    start: utcDay(e.date),
    end: utcDay(daysBefore(e.date, -1)),
    allDay: true,
    stamp: utcDay(asOf),
    summary: outputText(`${name.name}: ${e.label.toLowerCase()}`, asOf),
    description: outputText(lines.join("\n"), asOf),
    url: absoluteUrl(name.url),
    attachments: source?.url ? [source.url] : [],
  });
  if (isShutdown(e)) {
    for (const days of ALARM_DAYS) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: days * DAY,
        description: outputText(
          `${name.name} shuts down in ${days} day${days === 1 ? "" : "s"} (${formatDate(e.date)})`,
          asOf,
        ),
      });
    }
  }
}

/** Every dated event of one name. */
export function nameCalendar(name: NameRecord, sources: ReadonlyMap<string, Source>, asOf: string): string {
  const cal = newCalendar(
    outputText(`${name.name} lifecycle`, asOf),
    `Release and shutdown dates of ${name.name}, from ${site.name}.`,
    nameCalendarPath(name.slug),
  );
  for (const e of timelineEvents([name], sources, asOf)) addEvent(cal, e, name, asOf);
  return cal.toString();
}

/** Every shutdown date in the glossary, scheduled or past, with alarms. */
export function shutdownsCalendar(
  names: readonly NameRecord[],
  sources: ReadonlyMap<string, Source>,
  asOf: string,
): string {
  const cal = newCalendar(
    "OpenAI image name shutdowns",
    `Every scheduled and past shutdown of an OpenAI image name, from ${site.name}.`,
    SHUTDOWNS_CALENDAR,
  );
  const bySlug = new Map(names.map((n) => [n.slug, n]));
  for (const e of timelineEvents(names, sources, asOf).filter(isShutdown)) addEvent(cal, e, bySlug.get(e.slug)!, asOf);
  return cal.toString();
}

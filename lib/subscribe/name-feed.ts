/**
 * One Atom feed per name: its lifecycle events (the same entries, ids and wording as the site feed's
 * timeline entries) plus reminders 30 and 7 days before a scheduled shutdown. Only entries dated on or
 * before the as-of date are in the feed: a feed reader shows an entry as news the moment it sees it, so a
 * reminder appears with the first build on or after its day, never weeks early with a future date.
 */
import { daysBetween, formatDate } from "../as-of";
import type { NameRecord } from "../content/names";
import { statusText } from "../names/status";
import { outputText } from "../outputs/text";
import { nameFeedPath } from "../urls";
import { absoluteUrl, site } from "../site";
import { atomFeed, type AtomEntry } from "../seo/atom";
import { timelineEntries } from "../seo/feed";

export const REMINDER_DAYS = [30, 7] as const;

/** "2026-12-01" minus 30 days → "2026-11-01" */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export function shutdownReminders(name: NameRecord, asOf: string): AtomEntry[] {
  const scheduled = name.lifecycle.shutdownScheduled;
  // A shutdown recorded as done needs no countdown; nor does a name with no scheduled date.
  if (!scheduled || name.lifecycle.shutDown) return [];
  const host = new URL(site.origin).host;
  return REMINDER_DAYS.flatMap((days) => {
    const day = daysBefore(scheduled.date, days);
    if (day > asOf) return [];
    return [
      {
        id: `tag:${host},2026:reminder/${name.slug}/shutdown-${days}d`,
        title: `${name.name}: ${days} days until the scheduled shutdown`,
        link: absoluteUrl(name.url),
        updated: day,
        summary: `${name.name} is scheduled to shut down on ${formatDate(scheduled.date)}, ${daysBetween(day, scheduled.date)} days after this reminder. Status as of ${formatDate(asOf)}: ${statusText(name.status)}.`,
        categories: ["Reminder"],
      },
    ];
  });
}

export function nameFeed(name: NameRecord, asOf: string): string {
  const entries = [...timelineEntries([name], asOf), ...shutdownReminders(name, asOf)].map((e) => ({
    ...e,
    title: outputText(e.title, asOf),
    summary: outputText(e.summary, asOf),
  }));
  return atomFeed({
    id: absoluteUrl(nameFeedPath(name.slug)),
    title: `${name.name}: lifecycle (${site.name})`,
    subtitle: `Releases, shutdown notices, shutdowns and shutdown reminders for ${name.name}.`,
    self: absoluteUrl(nameFeedPath(name.slug)),
    home: absoluteUrl(name.url),
    author: site.name,
    entries,
    emptyUpdated: name.lastVerified,
  });
}

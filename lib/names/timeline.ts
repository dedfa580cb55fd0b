import type { NameRecord } from "../content/names";
import type { NameEntry } from "../content/schemas/name";
import type { Verification } from "../content/schemas/common";
import type { Source } from "../content/schemas/source";
import { dateCaveat } from "../content/evidence";

export type LifecycleKind = keyof NameEntry["lifecycle"];

export interface TimelineEvent {
  date: string;
  kind: LifecycleKind;
  /** "Released", "Shutdown scheduled", ...: worded against the as-of date (a passed scheduled date reads as such). */
  label: string;
  /** True when the date is after the as-of date (a scheduled shutdown still ahead). */
  upcoming: boolean;
  slug: string;
  name: string;
  url: string;
  source?: Source;
  /** Set when the date is less certain than its cited source (see the schema's dateVerified). */
  dateVerified?: Verification;
  /** What the date stands in for, when it is not the event's own day ("an SDK date"; the schema's dateBasis). */
  dateBasis?: string;
  /** "secondary sources only", "partly verified", ...: shown wherever this date is (lib/content/evidence.ts). */
  caveat?: string;
  note?: string;
}

/** Same-day events read in lifecycle order: a release before its deprecation before its shutdown. */
const KIND_ORDER: LifecycleKind[] = ["released", "deprecationAnnounced", "shutdownScheduled", "shutDown"];

export function labelFor(kind: LifecycleKind, date: string, asOf: string): string {
  switch (kind) {
    case "released":
      return date > asOf ? "Release planned" : "Released";
    case "deprecationAnnounced":
      return "Deprecation announced";
    case "shutdownScheduled":
      return date > asOf ? "Shutdown scheduled" : "Scheduled shutdown date";
    case "shutDown":
      return "Shut down";
  }
}

/**
 * Every dated lifecycle event of every name, oldest first. A scheduled shutdown that was later
 * recorded as done on the same day is shown once, as "Shut down".
 */
export function timelineEvents(
  names: readonly NameRecord[],
  sources: ReadonlyMap<string, Source>,
  asOf: string,
  from?: string,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const n of names) {
    for (const kind of KIND_ORDER) {
      const e = n.lifecycle[kind];
      if (!e) continue;
      if (kind === "shutdownScheduled" && n.lifecycle.shutDown?.date === e.date) continue;
      if (from && e.date < from) continue;
      const caveat = dateCaveat(e, (id) => sources.get(id));
      events.push({
        date: e.date,
        kind,
        label: labelFor(kind, e.date, asOf),
        upcoming: e.date > asOf,
        slug: n.slug,
        name: n.name,
        url: n.url,
        source: sources.get(e.source),
        ...(e.note ? { note: e.note } : {}),
        ...(e.dateVerified ? { dateVerified: e.dateVerified } : {}),
        ...(e.dateBasis ? { dateBasis: e.dateBasis } : {}),
        ...(caveat ? { caveat } : {}),
      });
    }
  }
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.name.localeCompare(b.name),
  );
}

/** Names with a shutdown date (past or scheduled), soonest first, for the migration table. */
export function shutdowns(
  names: readonly NameRecord[],
): Array<{ name: NameRecord; date: string; event: NonNullable<NameEntry["lifecycle"]["shutDown"]> }> {
  return names
    .flatMap((n) => {
      const event = n.lifecycle.shutDown ?? n.lifecycle.shutdownScheduled;
      return event ? [{ name: n, date: event.date, event }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.name.localeCompare(b.name.name));
}

/** How far back the home page's shutdown list reaches. */
export const RECENT_SHUTDOWN_DAYS = 90;

/**
 * Shutdowns still ahead of the as-of date and those of the last RECENT_SHUTDOWN_DAYS, soonest first:
 * the home page's "shutdown watch". Read from the same lifecycle dates as every status.
 */
export function shutdownWatch(names: readonly NameRecord[], asOf: string) {
  const since = new Date(Date.parse(`${asOf}T00:00:00Z`) - RECENT_SHUTDOWN_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return shutdowns(names).filter((s) => s.date >= since);
}

import type { NameEntry } from "../content/schemas/name";
import { formatDate } from "../dates";
import { dayDiff, daysBefore } from "../dated/markers";

export type NameStatus =
  | { kind: "not-openai" }
  | {
      kind: "shut-down";
      date: string;
      /** the date rests on secondary sources only */
      reported?: boolean;
      /**
       * Set when only a scheduled date has passed: nobody recorded the shutdown as observed, so the page
       * says that the date passed and when the entry was last checked instead of presenting it as verified.
       */
      unobservedSince?: string;
    }
  | {
      kind: "shutdown-scheduled";
      date: string;
      /** Whole days left, set when the date is within COUNTDOWN_DAYS: the page shows "Shuts down in N days". */
      days?: number;
    }
  | { kind: "unverified" }
  | { kind: "upcoming"; date: string }
  | {
      kind: "previous";
      since: string;
      /** How the newer name's release date is known, when less certain than a read OpenAI page (dateCaveat). */
      caveat?: string;
    }
  | { kind: "current" };

export type StatusKind = NameStatus["kind"];

/** A scheduled shutdown this close (in days) is shown as a countdown. */
export const COUNTDOWN_DAYS = 90;

type StatusInput = Pick<NameEntry, "notOpenAI" | "verification" | "lifecycle" | "relations"> &
  Partial<Pick<NameEntry, "lastVerified">>;

/** A name's release date and, when it rests on less than a read OpenAI page, how it is known (dateCaveat). */
export interface ReleaseDate {
  date: string;
  caveat?: string;
}

/**
 * A name's status, derived from its dated lifecycle against the build's as-of date. Never typed by an
 * editor: a scheduled shutdown reads "shutdown date passed" on the first build after its date.
 * `releasedOf` looks up the release date of another name (for "previous": a newer name is out).
 */
export function deriveStatus(
  entry: StatusInput,
  asOf: string,
  releasedOf: (slug: string) => ReleaseDate | undefined,
): NameStatus {
  if (entry.notOpenAI) return { kind: "not-openai" };
  const { shutDown, shutdownScheduled, released, deprecationAnnounced } = entry.lifecycle;
  // A build as of a day before the release knows nothing later: the name is not out yet.
  if (released && released.date > asOf) return { kind: "upcoming", date: released.date };
  if (shutDown && shutDown.date <= asOf) {
    return shutDown.dateVerified === "no"
      ? { kind: "shut-down", date: shutDown.date, reported: true }
      : { kind: "shut-down", date: shutDown.date };
  }
  if (shutdownScheduled && shutdownScheduled.date <= asOf) {
    return {
      kind: "shut-down",
      date: shutdownScheduled.date,
      ...(shutdownScheduled.dateVerified === "no" ? { reported: true } : {}),
      ...(entry.lastVerified ? { unobservedSince: entry.lastVerified } : {}),
    };
  }
  // Nothing is "scheduled" before the deprecation that scheduled it was announced.
  const announced = !deprecationAnnounced || deprecationAnnounced.date <= asOf;
  if (shutdownScheduled && shutdownScheduled.date > asOf && announced) {
    const days = dayDiff(asOf, shutdownScheduled.date);
    return days <= COUNTDOWN_DAYS
      ? { kind: "shutdown-scheduled", date: shutdownScheduled.date, days }
      : { kind: "shutdown-scheduled", date: shutdownScheduled.date };
  }
  if (entry.verification === "no") return { kind: "unverified" };
  const [first] = entry.relations.supersededBy
    .map(releasedOf)
    .filter((r): r is ReleaseDate => r !== undefined && r.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
  // The date a name became the previous generation is only as certain as its successor's release date.
  if (first) return { kind: "previous", since: first.date, ...(first.caveat ? { caveat: first.caveat } : {}) };
  return { kind: "current" };
}

/** A status and the first day it applies; the first entry of a list applies from the as-of date. */
export interface StatusChange {
  from?: string;
  status: NameStatus;
}

/**
 * The status `changes` (from statusChanges) give for `day`, a countdown's days counted from that day: what an
 * island shows for the reader's clock when it cannot swap prerendered variants.
 */
export function statusOn(changes: readonly StatusChange[], day: string): NameStatus {
  let status = changes[0]!.status;
  for (const c of changes) if (!c.from || c.from <= day) status = c.status;
  return status.kind === "shutdown-scheduled" && status.days !== undefined
    ? { ...status, days: dayDiff(day, status.date) }
    : status;
}

/** Two statuses that read the same apart from the day count (the island keeps that count right). */
function sameWording(a: NameStatus, b: NameStatus): boolean {
  // Keep whether there is a countdown (its start is a change), drop only the count itself.
  const strip = (s: NameStatus) => ({ ...s, days: "days" in s && s.days !== undefined ? 0 : undefined });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/**
 * The status on `asOf` followed by every later status the dated lifecycle already implies (a countdown
 * that starts, a scheduled date that passes, a newer release). A page built today renders all of them
 * and the `dated` island shows the one for the reader's day, so a badge is right when read, not only
 * when built.
 */
export function statusChanges(
  entry: StatusInput,
  asOf: string,
  releasedOf: (slug: string) => ReleaseDate | undefined,
): StatusChange[] {
  const { lifecycle } = entry;
  const days = new Set<string>();
  for (const e of Object.values(lifecycle)) if (e) days.add(e.date);
  if (lifecycle.shutdownScheduled) days.add(daysBefore(lifecycle.shutdownScheduled.date, COUNTDOWN_DAYS));
  for (const slug of entry.relations.supersededBy) {
    const d = releasedOf(slug)?.date;
    if (d) days.add(d);
  }
  const out: StatusChange[] = [{ status: deriveStatus(entry, asOf, releasedOf) }];
  for (const day of [...days].filter((d) => d > asOf).sort()) {
    const status = deriveStatus(entry, day, releasedOf);
    if (!sameWording(status, out[out.length - 1]!.status)) out.push({ from: day, status });
  }
  return out;
}

export const STATUS_LABELS: Record<StatusKind, string> = {
  current: "Current",
  previous: "Previous generation",
  "shutdown-scheduled": "Shutdown scheduled",
  "shut-down": "Shut down",
  unverified: "Unverified label",
  upcoming: "Not yet released",
  "not-openai": "Not an OpenAI name",
};

const plural = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/**
 * The short label of a status. A scheduled date that passed is not a shutdown anyone saw: it says the date
 * passed (the fact sheet's rule for the 1 December 2026 shutdowns), not "Shut down".
 */
export function statusLabel(status: NameStatus): string {
  return status.kind === "shut-down" && status.unobservedSince ? PASSED_LABEL : STATUS_LABELS[status.kind];
}
const PASSED_LABEL = "Shutdown date passed";

/** The status in full: "Shutdown scheduled for December 1, 2026", with every qualifier it carries. */
export function statusText(status: NameStatus): string {
  switch (status.kind) {
    case "shut-down":
      if (status.unobservedSince)
        return `Scheduled shutdown date passed: ${formatDate(status.date)} (${status.reported ? "secondary sources; " : ""}not re-checked since ${formatDate(status.unobservedSince)})`;
      return status.reported
        ? `Reported shut down on ${formatDate(status.date)} (secondary sources)`
        : `Shut down on ${formatDate(status.date)}`;
    case "shutdown-scheduled":
      return status.days !== undefined
        ? `Shuts down in ${plural(status.days)}, on ${formatDate(status.date)}`
        : `Shutdown scheduled for ${formatDate(status.date)}`;
    case "upcoming":
      return `Releases on ${formatDate(status.date)}`;
    case "previous":
      return `Previous generation since ${formatDate(status.since)}${status.caveat ? ` (${status.caveat})` : ""}`;
    default:
      return STATUS_LABELS[status.kind];
  }
}

/**
 * The badge's shorter wording. A passed scheduled date says that the date passed, so a badge never presents
 * an unobserved shutdown as a checked fact; the full text (when it was last checked) sits beside it.
 */
export function statusBadgeText(status: NameStatus): string {
  if (status.kind === "shut-down" && status.unobservedSince) return `${PASSED_LABEL}: ${formatDate(status.date)}`;
  if (status.kind === "shutdown-scheduled" && status.days !== undefined) return `Shuts down in ${plural(status.days)}`;
  return statusText(status);
}

/**
 * Names a route or outcome may still list as of the build date: anything not shut down or on its way out.
 * Reseller ids (not-openai) may be listed, because routes name them as things to recognise; every
 * listing shows the status badge, which says "Not an OpenAI name".
 */
export function isRecommendable(status: NameStatus): boolean {
  return status.kind !== "shut-down" && status.kind !== "shutdown-scheduled";
}

import type { NameEntry } from "../content/schemas/name";
import { formatDate } from "../as-of";

export type NameStatus =
  | { kind: "not-openai" }
  | { kind: "shut-down"; date: string; /** the date rests on secondary sources only */ reported?: boolean }
  | { kind: "shutdown-scheduled"; date: string }
  | { kind: "unverified" }
  | { kind: "upcoming"; date: string }
  | { kind: "previous"; since: string }
  | { kind: "current" };

export type StatusKind = NameStatus["kind"];

type StatusInput = Pick<NameEntry, "notOpenAI" | "verification" | "lifecycle" | "relations">;

/**
 * A name's status, derived from its dated lifecycle against the build's as-of date. Never typed by an
 * editor: a scheduled shutdown reads "shut down" on the first build after its date.
 * `releasedOf` looks up the release date of another name (for "previous": a newer name is out).
 */
export function deriveStatus(
  entry: StatusInput,
  asOf: string,
  releasedOf: (slug: string) => string | undefined,
): NameStatus {
  if (entry.notOpenAI) return { kind: "not-openai" };
  const { shutDown, shutdownScheduled, released, deprecationAnnounced } = entry.lifecycle;
  // A build as of a day before the release knows nothing later: the name is not out yet.
  if (released && released.date > asOf) return { kind: "upcoming", date: released.date };
  const endEvent = shutDown ?? shutdownScheduled;
  if (endEvent && endEvent.date <= asOf) {
    return endEvent.dateVerified === "no"
      ? { kind: "shut-down", date: endEvent.date, reported: true }
      : { kind: "shut-down", date: endEvent.date };
  }
  // Nothing is "scheduled" before the deprecation that scheduled it was announced.
  const announced = !deprecationAnnounced || deprecationAnnounced.date <= asOf;
  if (shutdownScheduled && shutdownScheduled.date > asOf && announced)
    return { kind: "shutdown-scheduled", date: shutdownScheduled.date };
  if (entry.verification === "no") return { kind: "unverified" };
  const newer = entry.relations.supersededBy
    .map(releasedOf)
    .filter((d): d is string => d !== undefined && d <= asOf)
    .sort();
  if (newer[0]) return { kind: "previous", since: newer[0] };
  return { kind: "current" };
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

/** "Shutdown scheduled for December 1, 2026" — the badge text with its date. */
export function statusText(status: NameStatus): string {
  switch (status.kind) {
    case "shut-down":
      return status.reported
        ? `Reported shut down on ${formatDate(status.date)} (secondary sources)`
        : `Shut down on ${formatDate(status.date)}`;
    case "shutdown-scheduled":
      return `Shutdown scheduled for ${formatDate(status.date)}`;
    case "upcoming":
      return `Releases on ${formatDate(status.date)}`;
    case "previous":
      return `Previous generation since ${formatDate(status.since)}`;
    default:
      return STATUS_LABELS[status.kind];
  }
}

/**
 * Names a route or outcome may still list as of the build date: anything not shut down or on its way out.
 * Reseller ids (not-openai) may be listed, because routes name them as things to recognise; every
 * listing shows the status badge, which says "Not an OpenAI name".
 */
export function isRecommendable(status: NameStatus): boolean {
  return status.kind !== "shut-down" && status.kind !== "shutdown-scheduled";
}

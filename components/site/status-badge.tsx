import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/as-of";
import type { NameRecord } from "@/lib/content/names";
import { statusBadgeText, statusText, type NameStatus, type StatusKind } from "@/lib/names/status";
import { DaysTo, Timed } from "./timed";

const TONE: Record<StatusKind, BadgeTone> = {
  current: "green",
  previous: "blue",
  upcoming: "blue",
  "shutdown-scheduled": "amber",
  "shut-down": "red",
  unverified: "violet",
  "not-openai": "neutral",
};

/** The badge's words, with a countdown the `dated` island keeps current. */
function BadgeWords({ status }: { status: NameStatus }) {
  if (status.kind === "shutdown-scheduled" && status.days !== undefined)
    // One span: the badge is a flex box, which would drop the space before a separate element.
    return (
      <span>
        Shuts down in <DaysTo date={status.date} days={status.days} />
      </span>
    );
  return <>{statusBadgeText(status)}</>;
}

type StatusOf = Pick<NameRecord, "status" | "statusChanges">;

/**
 * A name's status as of the build, followed by every later status its dates already imply, so the
 * badge is right on the day the page is read (see Timed). The full wording is the badge's title.
 */
export function StatusBadge({ name }: { name: StatusOf }) {
  return (
    <Timed
      variants={name.statusChanges.map((c) => ({
        from: c.from,
        node: (
          <Badge tone={TONE[c.status.kind]} title={statusText(c.status)}>
            <BadgeWords status={c.status} />
          </Badge>
        ),
      }))}
    />
  );
}

/** The status in full words (with its qualifiers), also following the reader's day. */
export function StatusWords({ name }: { name: StatusOf }) {
  return (
    <Timed
      variants={name.statusChanges.map((c) => ({
        from: c.from,
        node:
          c.status.kind === "shutdown-scheduled" && c.status.days !== undefined ? (
            <>
              Shuts down in <DaysTo date={c.status.date} days={c.status.days} />, on {formatDate(c.status.date)}
            </>
          ) : (
            statusText(c.status)
          ),
      }))}
    />
  );
}

/** True when some status of the name says more in full than on its badge (a qualifier, a date). */
export function hasQualifiedStatus(name: StatusOf): boolean {
  return name.statusChanges.some((c) => c.status.kind === "shut-down" && c.status.unobservedSince !== undefined);
}

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { labelFor, type LifecycleKind, type TimelineEvent } from "@/lib/names/timeline";
import { Timed } from "./timed";

const TONE: Record<LifecycleKind, BadgeTone> = {
  released: "green",
  deprecationAnnounced: "amber",
  shutdownScheduled: "amber",
  shutDown: "red",
};

/**
 * A lifecycle event's label ("Shutdown scheduled", "Released"): an event still ahead of the build date
 * switches to its after-the-day wording when the reader's day reaches it (see Timed).
 */
export function EventLabel({ e }: { e: Pick<TimelineEvent, "kind" | "date" | "label" | "upcoming"> }) {
  return (
    <Timed
      variants={[
        { node: <Badge tone={TONE[e.kind]}>{e.label}</Badge> },
        ...(e.upcoming
          ? [{ from: e.date, node: <Badge tone={TONE[e.kind]}>{labelFor(e.kind, e.date, e.date)}</Badge> }]
          : []),
      ]}
    />
  );
}

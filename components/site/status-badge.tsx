import { Badge, type BadgeTone } from "@/components/ui/badge";
import { statusText, type NameStatus, type StatusKind } from "@/lib/names/status";

const TONE: Record<StatusKind, BadgeTone> = {
  current: "green",
  previous: "blue",
  upcoming: "blue",
  "shutdown-scheduled": "amber",
  "shut-down": "red",
  unverified: "violet",
  "not-openai": "neutral",
};

export function StatusBadge({ status }: { status: NameStatus }) {
  return <Badge tone={TONE[status.kind]}>{statusText(status)}</Badge>;
}

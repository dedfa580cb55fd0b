/**
 * Shields-style status badges (badge-maker): the name on the left, its status as of the build on the
 * right in the badge wording the pages use (statusBadgeText: "Shuts down in 3 days"), coloured by status. badge-maker writes role="img", an aria-label and a <title>, and escapes
 * every text. Colours are dark enough for white text (WCAG AA at the badge's 11 px).
 */
import { makeBadge } from "badge-maker";
import type { NameRecord } from "../content/names";
import { statusBadgeText, type StatusKind } from "../names/status";
import { outputText } from "../outputs/text";

export const BADGE_COLORS: Record<StatusKind, string> = {
  current: "#15803d",
  previous: "#0369a1",
  upcoming: "#0369a1",
  "shutdown-scheduled": "#b45309",
  "shut-down": "#b91c1c",
  unverified: "#6d28d9",
  "not-openai": "#52525b",
};

export function statusBadge(name: NameRecord, asOf: string): string {
  return makeBadge({
    label: outputText(name.name, asOf),
    message: outputText(statusBadgeText(name.status), asOf),
    color: BADGE_COLORS[name.status.kind],
    labelColor: "#3f3f46",
    style: "flat",
  });
}

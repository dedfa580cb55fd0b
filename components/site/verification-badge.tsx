import { Badge } from "@/components/ui/badge";
import type { Verification } from "@/lib/content/schemas/common";

const VERIFIED: Record<Verification, { label: string; tone: "green" | "amber" | "violet" }> = {
  yes: { label: "OpenAI source", tone: "green" },
  partial: { label: "Partly verified", tone: "amber" },
  no: { label: "Secondary only", tone: "violet" },
};

/** How well a data row (a price, a Batch entry) is confirmed, in the fact sheet's three steps. */
export function VerificationBadge({ verification }: { verification: Verification }) {
  return <Badge tone={VERIFIED[verification].tone}>{VERIFIED[verification].label}</Badge>;
}

import type { NameStatus } from "../names/status";
import { getPricing, type Pricing } from "./data";

/** The pricing-data rows about one model, so a name page answers "what does it cost" from the one price file. */
export interface ModelData {
  tokens?: Pricing["apiTokens"][number];
  perImage: Pricing["perImage"];
  batch?: Pricing["batch"][number];
}

export function modelData(slug: string): ModelData {
  const p = getPricing();
  return {
    tokens: p.apiTokens.find((r) => r.model === slug),
    perImage: p.perImage.filter((r) => r.model === slug),
    batch: p.batch.find((r) => r.model === slug),
  };
}

export const BATCH_SUPPORT_TEXT: Record<Pricing["batch"][number]["support"], string> = {
  supported: "Supported",
  "reported-unsupported": "Reported as not supported",
  unresolved: "Unresolved",
};

type BatchSupport = Pricing["batch"][number]["support"];

/**
 * Batch support as of a status: a model past its shutdown takes no jobs, whatever the Batch API once
 * accepted, so "Supported" changes on the day the status does. A recorded shutdown ended it ("Supported until
 * its shutdown"); a passed scheduled date only bounds what was seen ("Supported before …"), as the status says.
 */
export function batchSupportWords(support: BatchSupport, status: NameStatus): string {
  if (support !== "supported" || status.kind !== "shut-down") return BATCH_SUPPORT_TEXT[support];
  return status.unobservedSince ? "Supported before its scheduled shutdown date" : "Supported until its shutdown";
}

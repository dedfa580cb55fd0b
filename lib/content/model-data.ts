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

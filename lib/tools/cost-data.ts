/**
 * Builds the calculator's data from content/data/pricing.yaml and the glossary, at build time. The page
 * ships it to the island as JSON; nothing here is typed by hand except which models the calculator lists.
 */
import type { Pricing } from "../content/data";
import type { NameRecord } from "../content/names";
import { REQUEST_MODELS } from "./requests";
import { SIZE_KEYS, figureKey, type CostData, type CostModel, type SourcedFigure } from "./cost";

/** The models the calculator offers: those with request pages, plus gpt-image-1 for old invoices. */
export const COST_MODELS = [...REQUEST_MODELS, "gpt-image-1"] as const;

/** Quality levels by model; xhigh and max exist on 2.5 (changelog) and, per secondary sources, on 2.6. */
const EXTRA_QUALITIES = new Set([
  "gpt-image-2-5-sunburst",
  "gpt-image-2-5-flare",
  "gpt-image-2-6-sunburst",
  "gpt-image-2-6-flare",
]);

export function buildCostData(pricing: Pricing, names: ReadonlyMap<string, NameRecord>): CostData {
  // A model missing from the glossary (a trimmed content folder, as in the benchmark) is left out.
  const models: CostModel[] = COST_MODELS.filter((slug) => names.has(slug)).map((slug) => {
    const name = names.get(slug)!;
    const row = pricing.apiTokens.find((r) => r.model === slug);
    const figures: CostModel["figures"] = {};
    let tokensSource: SourcedFigure | undefined;
    let publishedSource: SourcedFigure | undefined;
    for (const t of pricing.outputTokens.filter((t) => t.models.includes(slug))) {
      for (const size of SIZE_KEYS) (figures[figureKey(t.quality, size)] ??= {}).tokens = t[size];
      tokensSource = { sources: t.sources, verification: "yes" };
    }
    for (const p of pricing.perImage.filter((p) => p.model === slug)) {
      for (const size of SIZE_KEYS) (figures[figureKey(p.quality, size)] ??= {}).published = p[size];
      publishedSource = { sources: p.sources, verification: "yes" };
    }
    const batch = pricing.batchDiscounts.find((b) => b.model === slug);
    const unresolved = slug.startsWith("gpt-image-2-5") || slug.startsWith("gpt-image-2-6");
    return {
      slug,
      name: name.apiId ?? name.name,
      imageOutput: row?.imageOutput ?? null,
      ...(row ? { price: { sources: row.sources, verification: row.verification } } : {}),
      qualities: ["low", "medium", "high", ...(EXTRA_QUALITIES.has(slug) ? ["xhigh", "max"] : [])],
      customSizes: slug === "gpt-image-2",
      figures,
      ...(tokensSource ? { tokensSource } : {}),
      ...(publishedSource ? { publishedSource } : {}),
      ...(batch
        ? { batch: { discount: batch.discount, sources: batch.sources, verification: batch.verification } }
        : {}),
      batchNote: unresolved
        ? "Batch support for this model is unresolved (secondary sources disagree or say no); standard prices are shown."
        : "No Batch price for this model is in a source this site cites; standard prices are shown.",
      statuses: name.statusChanges,
    };
  });
  return {
    models,
    partialTokens: pricing.partialImages.outputTokens,
    partialSource: { sources: pricing.partialImages.sources, verification: "yes" },
  };
}

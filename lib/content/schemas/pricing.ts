import { z } from "zod";
import { isoDate, slugString, verification } from "./common";

const money = z.number().nonnegative().nullable();

/** content/data/pricing.yaml: every price keeps its billing layer, its date and its source. */
export const pricingSchema = z.strictObject({
  apiTokens: z.array(
    z.strictObject({
      model: slugString,
      textInput: money,
      cachedTextInput: money,
      textOutput: money,
      imageInput: money,
      cachedImageInput: money,
      imageOutput: money,
      verification,
      note: z.string().optional(),
      sources: z.array(slugString).min(1),
      asOf: isoDate,
    }),
  ),
  perImage: z.array(
    z.strictObject({
      model: slugString,
      quality: z.enum(["low", "medium", "high"]),
      square: z.number().positive(),
      portrait: z.number().positive(),
      landscape: z.number().positive(),
      sources: z.array(slugString).min(1),
      asOf: isoDate,
    }),
  ),
  /** Image output tokens per image by quality and size, for the models listed (the guide's table). */
  outputTokens: z
    .array(
      z.strictObject({
        models: z.array(slugString).min(1),
        quality: z.enum(["low", "medium", "high"]),
        square: z.number().int().positive(),
        portrait: z.number().int().positive(),
        landscape: z.number().int().positive(),
        sources: z.array(slugString).min(1),
        asOf: isoDate,
      }),
    )
    .default([]),
  /** Image output tokens each streamed partial image adds. */
  partialImages: z.strictObject({
    outputTokens: z.number().int().positive(),
    sources: z.array(slugString).min(1),
    asOf: isoDate,
  }),
  /** Documented Batch discounts; a model without a row has no Batch price the site can cite. */
  /** Documented Batch discounts, for the cost calculator. */
  batchDiscounts: z
    .array(
      z.strictObject({
        model: slugString,
        /** Share of the standard price taken off (0.5 = half price). */
        discount: z.number().gt(0).lt(1),
        verification,
        note: z.string().optional(),
        sources: z.array(slugString).min(1),
        asOf: isoDate,
      }),
    )
    .default([]),
  codexCredits: z.array(
    z.strictObject({
      row: z.string().min(3),
      input: z.number(),
      cachedInput: z.number(),
      output: z.number(),
      verification,
      sources: z.array(slugString).min(1),
      asOf: isoDate,
    }),
  ),
  providers: z.array(
    z.strictObject({
      provider: z.string().min(2),
      offer: z.string().min(3),
      price: z.string().min(2),
      sources: z.array(slugString).min(1),
      asOf: isoDate,
    }),
  ),
  /** Whether each model takes Batch jobs, and how well that is known. */
  batch: z.array(
    z.strictObject({
      model: slugString,
      support: z.enum(["supported", "reported-unsupported", "unresolved"]),
      verification,
      note: z.string().min(10),
      sources: z.array(slugString).min(1),
      asOf: isoDate,
    }),
  ),
  rateLimits: z.strictObject({
    models: z.array(slugString).min(1),
    tiers: z.array(z.strictObject({ tier: z.string(), tpm: z.number().int(), ipm: z.number().int() })),
    sources: z.array(slugString).min(1),
    asOf: isoDate,
  }),
});
export type Pricing = z.infer<typeof pricingSchema>;

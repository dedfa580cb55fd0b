import { z } from "zod";
import { longestReading } from "../../dated/markers";
import { faqItem, isoDate, slugString, verification } from "./common";

export const LAYERS = [
  "family",
  "api-model",
  "snapshot",
  "api-alias",
  "app-feature",
  "release-label",
  "legacy-brand",
  "api-surface",
  "tool-or-route",
] as const;
export const layerSchema = z.enum(LAYERS);
export type Layer = z.infer<typeof layerSchema>;

const lifecycleEvent = z.strictObject({
  date: isoDate,
  /** id of an entry in content/sources.yaml that supports this date */
  source: slugString,
  /**
   * How well the DATE itself is confirmed, when that differs from the cited source: a date that only
   * secondary sources give is "no" even if the cited page is OpenAI's. Shown beside the event.
   */
  dateVerified: verification.optional(),
  /**
   * What the date really is, when it is not the event's own day as its source gives it ("an SDK date": the
   * day the SDK gained a tool, not a release notice). Shown with the caveat wherever the date is, so a
   * stand-in date never reads as the event's own.
   */
  dateBasis: z.string().min(3).max(40).optional(),
  note: z.string().optional(),
  /**
   * Why this date is out of the usual order (released, then deprecation announced, then shutdown), when
   * that really happened. The content check rejects an out-of-order date without it.
   */
  outOfOrder: z.string().min(10).optional(),
});

const confusion = z.strictObject({
  slug: slugString,
  why: z.string().min(10),
});

export const nameSchema = z.strictObject({
  name: z.string().min(1),
  slug: slugString,
  /** The exact identifier a developer types, where the name is an API id (model, snapshot, alias, tool type). */
  apiId: z.string().optional(),
  aliases: z.array(z.string().min(1)).default([]),
  layer: layerSchema,
  /** Reseller or gateway ids that OpenAI never published. */
  notOpenAI: z.boolean().default(false),
  /** How well the name and its meaning are confirmed in an OpenAI source (fact sheet column). */
  verification,
  /** One line, also the tooltip and meta description: at most 200 characters at its longest dated reading. */
  definition: z
    .string()
    .min(20)
    .refine((s) => longestReading(s).replace(/\s+/g, " ").trim().length <= 200, {
      error: "is too long: at most 200 characters at its longest reading (dated wordings count at their longest)",
    }),
  whereYouSeeIt: z.string().min(10),
  meaning: z.string().min(40),
  useItWhen: z.string().min(10),
  notToBeConfusedWith: z.array(confusion).default([]),
  relations: z
    .strictObject({
      parent: slugString.optional(),
      pointsTo: slugString.optional(),
      apiCounterpart: slugString.optional(),
      /** Names announced as the replacement when this one is shut down. */
      replacedBy: z.array(slugString).default([]),
      /** Newer names that make this one "previous" once they are released. */
      supersededBy: z.array(slugString).default([]),
      related: z.array(slugString).default([]),
    })
    .default({ replacedBy: [], supersededBy: [], related: [] }),
  lifecycle: z
    .strictObject({
      released: lifecycleEvent.optional(),
      deprecationAnnounced: lifecycleEvent.optional(),
      shutdownScheduled: lifecycleEvent.optional(),
      shutDown: lifecycleEvent.optional(),
    })
    .default({}),
  /**
   * What the sources say about this model's snapshots beyond the snapshot entries that name it as parent
   * (for example "the model page lists only the model id itself"). Shown in the page's Snapshots section.
   */
  snapshotNote: z.string().min(20).optional(),
  /** Data panels the page shows after "Use it when" (batch-support: the per-model Batch table). */
  panels: z.array(z.enum(["batch-support"])).default([]),
  sources: z.array(slugString).min(1),
  faq: z.array(faqItem).default([]),
  lastVerified: isoDate,
});
export type NameEntry = z.infer<typeof nameSchema>;
export type NameInput = z.input<typeof nameSchema>;

import { z } from "zod";
import { isoDate, slugString, verification } from "./common";

export const SUPPORT_VALUES = ["yes", "no", "partial", "unknown"] as const;
export const supportValue = z.enum(SUPPORT_VALUES);
export type Support = z.infer<typeof supportValue>;

/** A cell in its long form; the short form `model: yes` means `{ value: yes }` with the row's sources. */
const cellObject = z.strictObject({
  value: supportValue,
  /** Shown as a footnote under the table. Required reading where the value is not a plain yes or no. */
  note: z.string().min(10).optional(),
  /** The day support began, where a source dates it. */
  since: isoDate.optional(),
  /** A dated change of the value (e.g. transparency on gpt-image-2 went from no to a preview). */
  changed: z.strictObject({ date: isoDate, from: supportValue, to: supportValue }).optional(),
  /** Overrides the row's sources; an empty list is allowed only for "unknown" (nothing settles it). */
  sources: z.array(slugString).optional(),
  verification: verification.optional(),
});

export const capabilityCell = z.union([supportValue.transform((value) => ({ value })), cellObject]);

/** content/data/capabilities.yaml: models × endpoints and features, rendered by <CapabilityMatrix />. */
export const capabilitiesSchema = z
  .strictObject({
    /** Column order: glossary slugs of API models. */
    models: z.array(slugString).min(2),
    rows: z
      .array(
        z.strictObject({
          /** Stable id of the row (used in links and tests). */
          feature: slugString,
          label: z.string().min(3),
          /** The endpoint or parameter, shown in code style. */
          code: z.string().min(1).optional(),
          sources: z.array(slugString).min(1),
          verification,
          cells: z.record(slugString, capabilityCell),
        }),
      )
      .min(1),
    asOf: isoDate,
  })
  .superRefine((data, ctx) => {
    data.rows.forEach((row, r) => {
      for (const model of data.models) {
        if (!row.cells[model]) {
          ctx.addIssue({
            code: "custom",
            path: ["rows", r, "cells"],
            message: `has no cell for ${model}: write yes, no, partial or unknown (never leave a blank)`,
          });
        }
      }
      for (const [model, cell] of Object.entries(row.cells)) {
        if (!data.models.includes(model)) {
          ctx.addIssue({ code: "custom", path: ["rows", r, "cells", model], message: `${model} is not in models` });
        }
        if ("sources" in cell && cell.sources?.length === 0 && cell.value !== "unknown") {
          ctx.addIssue({
            code: "custom",
            path: ["rows", r, "cells", model, "sources"],
            message: "only an unknown cell may cite no source",
          });
        }
      }
    });
  });
export type Capabilities = z.infer<typeof capabilitiesSchema>;

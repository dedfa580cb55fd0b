import { z } from "zod";
import { isoDate, slugString } from "./common";

/** content/data/parameters.yaml: which parameter each model accepts, rendered by <ParameterMatrix />. */
export const parametersSchema = z.strictObject({
  /** Column order: glossary slugs of models. */
  models: z.array(slugString).min(2),
  rows: z.array(
    z.strictObject({
      parameter: z.string().min(1),
      /** Where the parameter applies: image-api, responses-tool or both. */
      surfaces: z.array(z.enum(["image-api", "responses-tool"])).min(1),
      /** Cell text per model slug; every model in `models` needs a cell. */
      cells: z.record(slugString, z.string().min(1)),
      note: z.string().optional(),
    }),
  ),
  sources: z.array(slugString).min(1),
  asOf: isoDate,
});
export type Parameters = z.infer<typeof parametersSchema>;

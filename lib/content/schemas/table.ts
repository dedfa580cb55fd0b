import { z } from "zod";
import { slugString } from "./common";

/** A comparison table written as data (content/tables/<id>.yaml) and rendered by <ComparisonTable id="…" />. */
export const comparisonTableSchema = z.strictObject({
  id: slugString,
  caption: z.string().min(5),
  columns: z.array(z.strictObject({ key: z.string().min(1), label: z.string().min(1) })).min(2),
  /** Each row maps column keys to cell text. The first column is the row header. */
  rows: z.array(z.record(z.string(), z.string())).min(1),
  sources: z.array(slugString).min(1),
});
export type ComparisonTableData = z.infer<typeof comparisonTableSchema>;

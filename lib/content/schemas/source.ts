import { z } from "zod";
import { httpsUrl, isoDate, slugString } from "./common";

/**
 * One citable document. Names, guides, tables and data files cite sources by `id`,
 * so a source's title, URL and verification level are written once (content/sources.yaml).
 */
export const sourceSchema = z.strictObject({
  id: slugString,
  title: z.string().min(3),
  url: httpsUrl,
  publisher: z.string().min(2),
  /** true when the publisher is OpenAI itself (docs, SDK, OpenAPI spec, help center, openai.com). */
  primary: z.boolean(),
  /** The day the document was seen (read in an archived copy or live). */
  seen: isoDate,
  note: z.string().optional(),
});
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export type Source = z.infer<typeof sourceSchema>;

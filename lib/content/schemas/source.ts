import { z } from "zod";
import { httpsUrl, isoDate, slugString } from "./common";

/**
 * How the site came to know a document's words. "quoted" pages were never read by us: their wording
 * comes from another source (`quotedBy`), so a claim resting on them is only as strong as that quote.
 */
export const READ_MODES = ["direct", "archived", "quoted"] as const;
export const readMode = z.enum(READ_MODES);
export type ReadMode = z.infer<typeof readMode>;

/**
 * One citable document. Names, guides, tables and data files cite sources by `id`,
 * so a source's title, URL and verification level are written once (content/sources.yaml).
 */
export const sourceSchema = z.strictObject({
  id: slugString,
  title: z.string().min(3),
  /**
   * The page the fact came from. Left out only when our records name the publisher but not the page
   * (the content check then wants a `note` saying so); a publisher's home page is never a source.
   */
  url: httpsUrl.optional(),
  publisher: z.string().min(2),
  /** true when the publisher is OpenAI itself (docs, SDK, OpenAPI spec, help center, openai.com). */
  primary: z.boolean(),
  /** direct: read live; archived: read in an archived copy; quoted: known only from `quotedBy`'s quote. */
  read: readMode,
  /** For `read: quoted`, the id of the source that quotes this one. */
  quotedBy: slugString.optional(),
  /** The day the document was seen (read, or for a quoted page the day its quote was seen). */
  seen: isoDate,
  note: z.string().optional(),
});
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export type Source = z.infer<typeof sourceSchema>;

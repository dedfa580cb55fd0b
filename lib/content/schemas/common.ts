import { z } from "zod";
import { isCalendarDate } from "../../as-of";

/** ISO calendar date. YAML turns bare dates into Date objects, so both forms are accepted and normalised. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: "must be a date written as YYYY-MM-DD" })
    // abort: a string that is not YYYY-MM-DD at all gets one message, not a second "not a real date".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written as YYYY-MM-DD", abort: true })
    .refine(isCalendarDate, { error: "is not a real calendar date" }),
);

/** The slug rule from the glossary brief: lowercase, every run of other characters becomes one hyphen. */
export const slugString = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase letters, digits and single hyphens" });

export const httpsUrl = z
  .string()
  .url({ error: "must be a full URL" })
  .refine((u) => u.startsWith("https://"), { error: "must start with https://" });

/** A link inside the site: starts with "/" and ends with "/" (optionally followed by a #fragment). */
export const internalHref = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, {
    error: 'must be a site path such as "/guides/some-guide/" (lowercase, ending in "/")',
  });

export const faqItem = z.strictObject({
  q: z.string().min(5),
  a: z.string().min(10),
});

export const verification = z.enum(["yes", "partial", "no"]);
export type Verification = z.infer<typeof verification>;

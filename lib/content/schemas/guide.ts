import { z } from "zod";
import { faqItem, internalHref, isoDate, slugString } from "./common";

export const guideFrontmatterSchema = z.strictObject({
  title: z.string().min(10).max(70, { error: "is longer than 70 characters" }),
  description: z
    .string()
    .min(50, { error: "is shorter than 50 characters" })
    .max(160, { error: "is longer than 160 characters" }),
  /** One paragraph shown before the body: the answer a reader came for. */
  shortAnswer: z.string().min(80),
  published: isoDate,
  updated: isoDate,
  lastVerified: isoDate,
  /** Glossary slugs this guide covers (content/names/<slug>.yaml). */
  names: z.array(slugString).default([]),
  /** Slugs of related guides (content/guides/<slug>.mdx). */
  related: z.array(slugString).default([]),
  /** ids from content/sources.yaml. */
  sources: z.array(slugString).min(1),
  faq: z.array(faqItem).default([]),
  nextSteps: z.array(z.strictObject({ href: internalHref, label: z.string().min(3) })).default([]),
  draft: z.boolean().default(false),
});
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

import { z } from "zod";
import { slugString } from "./common";

/** content/home.yaml: the editorial choices on the home page (which names to feature first). */
export const homeSchema = z.strictObject({
  /** Glossary slugs shown in the "names people ask about" table, in order. */
  featuredNames: z.array(slugString).min(3).max(12),
});
export type HomeData = z.infer<typeof homeSchema>;

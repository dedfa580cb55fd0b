import { z } from "zod";
import { isoDate, slugString } from "./common";

export const ROUTE_IDS = ["chatgpt", "codex", "api", "provider"] as const;
export const routeIdSchema = z.enum(ROUTE_IDS);
export type RouteId = z.infer<typeof routeIdSchema>;

/** The five deciding factors named by the route-choice source document. */
export const FACTORS = ["control", "repeatability", "fileOwnership", "billingClarity", "recoveryPath"] as const;

const rating = z.strictObject({
  score: z.number().int().min(1).max(5),
  reason: z.string().min(10).max(160),
});

export const routeSchema = z.strictObject({
  id: routeIdSchema,
  name: z.string().min(3),
  category: z.string().min(3),
  verdict: z.string().min(20).max(200),
  job: z.string().min(10),
  whoItIsFor: z.string().min(10),
  useItWhen: z.array(z.string().min(5)).min(2),
  why: z.string().min(10),
  stopWhen: z.string().min(10),
  /** Who owns the limits and the bill, and where to look. */
  owner: z.strictObject({ limits: z.string().min(5), bill: z.string().min(5), whereToLook: z.string().min(5), meaning: z.string().min(5) }),
  whatToLog: z.array(z.string().min(2)).min(3),
  /** The practical route test for this route (becomes the "copy as checklist" Markdown). */
  routeTest: z.array(z.string().min(5)).min(2),
  names: z.array(slugString).default([]),
  guides: z.array(slugString).default([]),
  // Object.fromEntries loses the keys; FACTORS is the key list, so the record has exactly those.
  scorecard: z.strictObject(Object.fromEntries(FACTORS.map((f) => [f, rating])) as Record<(typeof FACTORS)[number], typeof rating>),
  sources: z.array(slugString).min(1),
  lastVerified: isoDate,
});
export type RouteProfile = z.infer<typeof routeSchema>;

/**
 * The JSON API's documents (format v1), as zod schemas. They are the contract: the generator parses
 * every document with them before writing it (a drift fails the build), and the JSON Schemas published
 * under /api/v1/schema/ are generated from them (lib/content/json-schemas.ts, `jsonSchemaDocument`).
 * Dates are YYYY-MM-DD strings; raw lifecycle dates are included so a client can derive a status for its own date.
 */
import { z } from "zod";
import { readMode } from "../content/schemas/source";
import { LAYERS } from "../content/schemas/name";
import { pricingSchema } from "../content/schemas/pricing";
import { ROUTE_IDS, FACTORS } from "../content/schemas/route";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.url();
const verification = z.enum(["yes", "partial", "no"]);
export const STATUS_KINDS = [
  "current",
  "previous",
  "shutdown-scheduled",
  "shut-down",
  "unverified",
  "upcoming",
  "not-openai",
] as const;

const envelope = {
  apiVersion: z.literal("v1"),
  /** The day statuses were computed for: the build's as-of date. */
  asOf: date,
  /** The page that documents this format. */
  documentation: url,
};

export const sourceRefSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** null when the records give only the publisher, not the page's address. */
  url: url.nullable(),
  publisher: z.string(),
  /** true when the publisher is OpenAI itself. */
  primary: z.boolean(),
  /** How the site read it: directly, in an archived copy, or only through another source's quote. */
  read: readMode,
  /** For read "quoted": the id of the source whose quote it is known from. */
  quotedBy: z.string().nullable(),
  /** The day the document was seen. */
  seen: date,
});

export const lifecycleEventSchema = z.strictObject({
  kind: z.enum(["released", "deprecationAnnounced", "shutdownScheduled", "shutDown"]),
  date,
  source: sourceRefSchema.nullable(),
  /** How well the date itself is confirmed when that differs from its source ("no": secondary sources only). */
  dateVerified: verification.nullable(),
  /** What the date stands in for when it is not the event's own day ("an SDK date"), else null. */
  dateBasis: z.string().nullable(),
  note: z.string().nullable(),
});

export const statusSchema = z.strictObject({
  kind: z.enum(STATUS_KINDS),
  label: z.string(),
  /** The status as the site words it for the as-of date, with its date. */
  text: z.string(),
  /** The shutdown, release or supersession date the status rests on, when it has one. */
  date: date.nullable(),
  /** true when a shutdown date rests on secondary sources only. */
  reported: z.boolean(),
});

export const nameSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  apiId: z.string().nullable(),
  aliases: z.array(z.string()),
  layer: z.enum(LAYERS),
  layerLabel: z.string(),
  notOpenAI: z.boolean(),
  /** How well an OpenAI source confirms the name and its meaning. */
  verification,
  definition: z.string(),
  status: statusSchema,
  lifecycle: z.array(lifecycleEventSchema),
  relations: z.strictObject({
    parent: z.string().nullable(),
    pointsTo: z.string().nullable(),
    apiCounterpart: z.string().nullable(),
    replacedBy: z.array(z.string()),
    supersededBy: z.array(z.string()),
    related: z.array(z.string()),
  }),
  sources: z.array(sourceRefSchema),
  lastVerified: date,
  links: z.strictObject({
    page: url,
    markdown: url,
    json: url,
    feed: url,
    calendar: url,
    badge: url,
  }),
});

export const namesDocumentSchema = z.strictObject({ ...envelope, count: z.number().int(), names: z.array(nameSchema) });
export const nameDocumentSchema = z.strictObject({ ...envelope, name: nameSchema });

export const guideSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  shortAnswer: z.string(),
  published: date,
  updated: date,
  lastVerified: date,
  readingMinutes: z.number().int(),
  names: z.array(z.string()),
  related: z.array(z.string()),
  faq: z.array(z.strictObject({ q: z.string(), a: z.string() })),
  sources: z.array(sourceRefSchema),
  links: z.strictObject({ page: url, markdown: url }),
});
export const guidesDocumentSchema = z.strictObject({
  ...envelope,
  count: z.number().int(),
  guides: z.array(guideSchema),
});

const rating = z.strictObject({ score: z.number().int().min(1).max(5), reason: z.string() });
export const routeSchema = z.strictObject({
  id: z.enum(ROUTE_IDS),
  name: z.string(),
  category: z.string(),
  verdict: z.string(),
  job: z.string(),
  whoItIsFor: z.string(),
  useItWhen: z.array(z.string()),
  why: z.string(),
  stopWhen: z.string(),
  owner: z.strictObject({ limits: z.string(), bill: z.string(), whereToLook: z.string(), meaning: z.string() }),
  whatToLog: z.array(z.string()),
  routeTest: z.array(z.string()),
  names: z.array(z.string()),
  guides: z.array(z.string()),
  /** Editorial ratings, 1–5 per factor, each with its reason. */
  // Object.fromEntries forgets the keys; FACTORS lists every one, so the cast restores what is there.
  scorecard: z.strictObject(
    Object.fromEntries(FACTORS.map((f) => [f, rating])) as Record<(typeof FACTORS)[number], typeof rating>,
  ),
  /** Overall editorial score out of 10, computed from the five ratings. */
  overall: z.number(),
  sources: z.array(sourceRefSchema),
  lastVerified: date,
  links: z.strictObject({ page: url }),
});
export const routesDocumentSchema = z.strictObject({
  ...envelope,
  count: z.number().int(),
  routes: z.array(routeSchema),
});

/** The rows exactly as content/data/pricing.yaml holds them (its zod schema is the one definition). */
export const pricesDocumentSchema = z.strictObject({
  ...envelope,
  ...pricingSchema.shape,
  /** Every source id the rows cite, resolved. */
  sources: z.array(sourceRefSchema),
});

export const errorDocumentSchema = z.strictObject({
  apiVersion: z.literal("v1"),
  error: z.strictObject({
    status: z.literal(404),
    code: z.literal("not_found"),
    message: z.string(),
    /** The path that was requested (or "" in the published copy). */
    path: z.string(),
    /** Where the list of every name is. */
    index: z.string(),
    documentation: z.string(),
  }),
});

export type NameDocument = z.infer<typeof nameDocumentSchema>;
export type ApiName = z.infer<typeof nameSchema>;
export type ErrorDocument = z.infer<typeof errorDocumentSchema>;

/** Each published document: its schema file name, title and the zod schema it follows. */
export const API_SCHEMAS = {
  names: { schema: namesDocumentSchema, title: "Every name (/api/v1/names.json)" },
  name: { schema: nameDocumentSchema, title: "One name (/api/v1/names/<slug>.json)" },
  guides: { schema: guidesDocumentSchema, title: "Every guide (/api/v1/guides.json)" },
  routes: { schema: routesDocumentSchema, title: "Every route (/api/v1/routes.json)" },
  prices: { schema: pricesDocumentSchema, title: "Prices and rate limits (/api/v1/prices.json)" },
  error: { schema: errorDocumentSchema, title: "Error body (404 under /api/v1/)" },
} as const satisfies Record<string, { schema: z.ZodType; title: string }>;
export type ApiDocumentKind = keyof typeof API_SCHEMAS;

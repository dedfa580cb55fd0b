/**
 * The components a guide's MDX may use and the props each accepts, as zod schemas. One pure module (no
 * React) so the content check can load it: it rejects an unknown component or a wrong prop with the
 * file and line, and the registry (registry.tsx) is type-checked against the same schemas.
 * Adding a component: add its spec here, its entry in the registry, and a section in content/README.md.
 */
import { z } from "zod";
import { isoDate, slugString } from "./schemas/common";
import { ROUTE_IDS } from "./schemas/route";
import { DATED_EVENTS } from "../dated/markers";
import { REQUEST_MODELS } from "../tools/requests";

export const NAME_TABLE_COLUMNS = [
  "name",
  "apiId",
  "layer",
  "status",
  "definition",
  "whereYouSeeIt",
  "meaning",
  "useItWhen",
  "released",
  "shutdown",
  "replacedBy",
] as const;
export type NameColumn = (typeof NAME_TABLE_COLUMNS)[number];

export const ROUTE_TABLE_COLUMNS = [
  "route",
  "category",
  "verdict",
  "job",
  "whoItIsFor",
  "useItWhen",
  "why",
  "stopWhen",
  "limits",
  "bill",
  "whereToLook",
  "meaning",
] as const;
export type RouteColumn = (typeof ROUTE_TABLE_COLUMNS)[number];

export const PRICE_KINDS = ["api-tokens", "per-image", "codex-credits", "providers", "rate-limits", "batch"] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

export const CALLOUT_KINDS = ["note", "changed", "warning"] as const;
export const CLAIM_LEVELS = ["secondary", "unverified"] as const;
export const PARAMETER_SURFACES = ["image-api", "responses-tool"] as const;

/** none: self-closing only; optional: may wrap text; required: must wrap text. */
export type ChildrenRule = "none" | "optional" | "required";

export interface ComponentSpec {
  props: z.ZodObject;
  children: ChildrenRule;
  /** Block components render tables, cards or asides: they must sit on their own line, never inside a sentence. */
  block: boolean;
  /** A copy-paste example that passes the check against the real content (content/README.md shows it). */
  example: string;
}

const caption = z.string().min(3).optional();

export const MDX_COMPONENTS = {
  Term: {
    props: z.strictObject({ slug: slugString }),
    children: "optional",
    block: false,
    example: '<Term slug="gpt-image-2" />',
  },
  Dated: {
    props: z
      .strictObject({
        name: slugString,
        event: z.enum(DATED_EVENTS),
        before: z.string().min(2).optional(),
        on: z.string().min(2).optional(),
        after: z.string().min(2).optional(),
      })
      .refine((p) => (p.before === undefined) === (p.after === undefined), {
        error: "give both `before` and `after` (and optionally `on`), or neither to print the date alone",
      })
      .refine((p) => p.on === undefined || p.before !== undefined, { error: "`on` needs `before` and `after` too" }),
    children: "none",
    block: false,
    example:
      '<Dated name="chatgpt-image-latest" event="shutdownScheduled" before="is due to shut down on {date}" after="reached its scheduled shutdown date, {date}" />',
  },
  Cite: {
    props: z.strictObject({ source: slugString }),
    children: "none",
    block: false,
    example: '<Cite source="openai-changelog" />',
  },
  Claim: {
    props: z.strictObject({ level: z.enum(CLAIM_LEVELS) }),
    children: "required",
    block: false,
    example:
      '<Claim level="secondary">A claim only a secondary source makes<Cite source="apiyi-gpt-image-2-6-launch" />.</Claim>',
  },
  Callout: {
    props: z.strictObject({ kind: z.enum(CALLOUT_KINDS).optional(), title: z.string().min(3).optional() }),
    children: "required",
    block: true,
    example: '<Callout kind="changed" title="What changed since May 2026">\n\nMarkdown text.\n\n</Callout>',
  },
  NameTable: {
    props: z.strictObject({
      names: z.array(slugString).min(1),
      columns: z.array(z.enum(NAME_TABLE_COLUMNS)).min(1),
      caption,
    }),
    children: "none",
    block: true,
    example:
      '<NameTable names={["gpt-image", "gpt-image-2"]} columns={["name", "layer", "status"]} caption="Two names" />',
  },
  ComparisonTable: {
    props: z.strictObject({ id: slugString }),
    children: "none",
    block: true,
    example: '<ComparisonTable id="image-api-vs-responses" />',
  },
  PriceTable: {
    props: z.strictObject({ kind: z.enum(PRICE_KINDS) }),
    children: "none",
    block: true,
    example: '<PriceTable kind="api-tokens" />',
  },
  ParameterMatrix: {
    props: z.strictObject({ surface: z.enum(PARAMETER_SURFACES).optional() }),
    children: "none",
    block: true,
    example: "<ParameterMatrix />",
  },
  RouteTable: {
    props: z.strictObject({ columns: z.array(z.enum(ROUTE_TABLE_COLUMNS)).min(1), caption }),
    children: "none",
    block: true,
    example: '<RouteTable columns={["route", "useItWhen", "bill"]} caption="Who owns what" />',
  },
  RouteCard: {
    props: z.strictObject({ route: z.enum(ROUTE_IDS) }),
    children: "none",
    block: true,
    example: '<RouteCard route="api" />',
  },
  MigrationTable: { props: z.strictObject({}), children: "none", block: true, example: "<MigrationTable />" },
  TimelineList: {
    props: z.strictObject({ from: isoDate.optional() }),
    children: "none",
    block: true,
    example: '<TimelineList from="2026-01-01" />',
  },
  LayerMap: { props: z.strictObject({}), children: "none", block: true, example: "<LayerMap />" },
  CapabilityMatrix: {
    props: z.strictObject({
      models: z.array(slugString).min(1).optional(),
      features: z.array(slugString).min(1).optional(),
      caption,
    }),
    children: "none",
    block: true,
    example: '<CapabilityMatrix features={["batch", "responses-tool"]} caption="Batch and the Responses tool" />',
  },
  RequestMigration: {
    props: z.strictObject({
      from: z.enum(REQUEST_MODELS),
      to: z.enum(REQUEST_MODELS),
      lang: z.enum(["curl", "python", "javascript"]).optional(),
    }),
    children: "none",
    block: true,
    example: '<RequestMigration from="chatgpt-image-latest" to="gpt-image-2" />',
  },
  RoutePicker: { props: z.strictObject({}), children: "none", block: true, example: "<RoutePicker />" },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The props a component receives from MDX (children aside: see ChildrenRule). */
export type MdxPropsOf<K extends MdxComponentName> = z.output<(typeof MDX_COMPONENTS)[K]["props"]>;

/** A component's name with props that passed its schema; switching on `name` narrows `props`. */
export type ParsedMdxProps = { [K in MdxComponentName]: { name: K; props: MdxPropsOf<K> } }[MdxComponentName];

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}

/**
 * JSON Schemas generated from the zod schemas, so editors get autocompletion and inline errors in YAML
 * (each YAML file names its schema in a `# yaml-language-server: $schema=…` first line). The zod
 * schemas stay the source of truth: `scripts/gen-schemas.ts` writes these into schemas/, the build
 * regenerates them, and a unit test fails when the committed files are out of date.
 */
import type { z } from "zod";
import { jsonSchemaDocument } from "../../lib/content/json-schemas";
import { capabilitiesSchema } from "../../lib/content/schemas/capabilities";
import { guideFrontmatterSchema } from "../../lib/content/schemas/guide";
import { homeSchema } from "../../lib/content/schemas/home";
import { nameSchema } from "../../lib/content/schemas/name";
import { parametersSchema } from "../../lib/content/schemas/parameters";
import { pickerSchema } from "../../lib/content/schemas/picker";
import { pricingSchema } from "../../lib/content/schemas/pricing";
import { routeSchema } from "../../lib/content/schemas/route";
import { sourcesFileSchema } from "../../lib/content/schemas/source";
import { comparisonTableSchema } from "../../lib/content/schemas/table";

export const SCHEMAS_DIR = "schemas";

/** File name (without .schema.json) → schema, what it describes, and which content files use it. */
export const JSON_SCHEMAS = {
  name: { schema: nameSchema, title: "Glossary name", files: "content/names/*.yaml" },
  sources: { schema: sourcesFileSchema, title: "Sources", files: "content/sources.yaml" },
  route: { schema: routeSchema, title: "Route profile", files: "content/routes/*.yaml" },
  picker: { schema: pickerSchema, title: "Route picker decision data", files: "content/picker.yaml" },
  table: { schema: comparisonTableSchema, title: "Comparison table", files: "content/tables/*.yaml" },
  pricing: { schema: pricingSchema, title: "Prices and rate limits", files: "content/data/pricing.yaml" },
  parameters: { schema: parametersSchema, title: "Parameters by model", files: "content/data/parameters.yaml" },
  capabilities: {
    schema: capabilitiesSchema,
    title: "Capabilities by model",
    files: "content/data/capabilities.yaml",
  },
  home: { schema: homeSchema, title: "Home page choices", files: "content/home.yaml" },
  "guide-frontmatter": {
    schema: guideFrontmatterSchema,
    title: "Guide frontmatter",
    files: "content/guides/*.mdx (between the --- lines)",
  },
} as const satisfies Record<string, { schema: z.ZodType; title: string; files: string }>;

/** The schema a YAML file under content/ should name in its first line, by its path inside content/. */
export function schemaForContentFile(relative: string): keyof typeof JSON_SCHEMAS | undefined {
  const p = relative.split("\\").join("/");
  if (/^names\/[^/]+\.yaml$/.test(p)) return "name";
  if (/^routes\/[^/]+\.yaml$/.test(p)) return "route";
  if (/^tables\/[^/]+\.yaml$/.test(p)) return "table";
  const fixed: Record<string, keyof typeof JSON_SCHEMAS> = {
    "sources.yaml": "sources",
    "picker.yaml": "picker",
    "home.yaml": "home",
    "data/pricing.yaml": "pricing",
    "data/parameters.yaml": "parameters",
    "data/capabilities.yaml": "capabilities",
  };
  return fixed[p];
}

/** `# yaml-language-server: $schema=../../schemas/name.schema.json`, relative to the file's folder. */
export function schemaComment(relative: string): string | undefined {
  const name = schemaForContentFile(relative);
  if (!name) return undefined;
  const up = "../".repeat(relative.split("/").length);
  return `# yaml-language-server: $schema=${up}${SCHEMAS_DIR}/${name}.schema.json`;
}

/** Each schema file's name and text, exactly as committed. */
export function generateJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, { schema, title, files }] of Object.entries(JSON_SCHEMAS)) {
    // io "input": what an editor writes (defaults make fields optional), not what loaders return.
    // draft-7: the version YAML editor extensions support best.
    const doc = jsonSchemaDocument(
      schema,
      {
        title,
        description: `Generated from lib/content/schemas by scripts/gen-schemas.ts; do not edit. Used by ${files}.`,
      },
      { io: "input", target: "draft-7" },
    );
    out.set(`${name}.schema.json`, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return out;
}

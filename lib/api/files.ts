/** Every file of the JSON API, by site path: the documents, one per name, the 404 body and the JSON Schemas. */
import { jsonSchemaDocument } from "../content/json-schemas";
import type { NameRecord } from "../content/names";
import { absoluteUrl } from "../site";
import { API_PAGE, apiPaths } from "../urls";
import { guidesDocument, nameDocument, namesDocument, pricesDocument, routesDocument } from "./documents";
import { apiNotFoundBody } from "./not-found";
import { API_SCHEMAS, errorDocumentSchema } from "./schemas";

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The public JSON Schemas (draft 2020-12, describing what the API returns), by site path. */
export function apiSchemaFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, { schema, title }] of Object.entries(API_SCHEMAS)) {
    const path = apiPaths.schema(kind);
    const doc = jsonSchemaDocument(
      schema,
      {
        id: absoluteUrl(path),
        title,
        description: `Format v1 of the GPT Image Field Guide API, generated from lib/api/schemas.ts. Documented at ${absoluteUrl(API_PAGE)}.`,
      },
      { io: "output", target: "draft-2020-12" },
    );
    out.set(path, json(doc));
  }
  return out;
}

export function apiFiles(names: readonly NameRecord[], asOf: string): Map<string, string> {
  const out = new Map<string, string>([
    [apiPaths.names, json(namesDocument(asOf, names))],
    [apiPaths.guides, json(guidesDocument(asOf))],
    [apiPaths.routes, json(routesDocument(asOf))],
    [apiPaths.prices, json(pricesDocument(asOf))],
    [apiPaths.notFound, json(errorDocumentSchema.parse(apiNotFoundBody("")))],
  ]);
  for (const n of names) out.set(apiPaths.name(n.slug), json(nameDocument(asOf, n)));
  for (const [path, text] of apiSchemaFiles()) out.set(path, text);
  return out;
}

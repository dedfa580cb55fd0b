/**
 * A zod schema as a JSON Schema document: the public API's schemas (lib/api/files.ts) and the editor
 * schemas (scripts/lib/json-schemas.ts, written into schemas/ by scripts/gen-schemas.ts) are both made here.
 */
import { z } from "zod";

/** One zod schema as a JSON Schema document with its title and description. */
export function jsonSchemaDocument(
  schema: z.ZodType,
  meta: { title: string; description: string; id?: string },
  options: { io: "input" | "output"; target: "draft-7" | "draft-2020-12" },
): Record<string, unknown> {
  const json = z.toJSONSchema(schema, options);
  return { ...(meta.id ? { $id: meta.id } : {}), ...json, title: meta.title, description: meta.description };
}

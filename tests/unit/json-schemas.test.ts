/** Editors get the zod schemas as JSON Schemas: the committed files are current and every YAML file names its schema. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateJsonSchemas, JSON_SCHEMAS, SCHEMAS_DIR, schemaComment } from "@/scripts/lib/json-schemas";

function yamlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = `${prefix}${name}`;
    if (statSync(path.join(dir, name)).isDirectory()) return yamlFiles(path.join(dir, name), `${rel}/`);
    return name.endsWith(".yaml") ? [rel] : [];
  });
}

describe("JSON Schemas for editors", () => {
  it("schemas/*.schema.json match the zod schemas (regenerate: npx tsx scripts/gen-schemas.ts)", () => {
    for (const [file, text] of generateJsonSchemas()) {
      expect(existsSync(path.join(SCHEMAS_DIR, file)), file).toBe(true);
      expect(readFileSync(path.join(SCHEMAS_DIR, file), "utf8"), file).toBe(text);
    }
  });

  it("every YAML file in content/ names its schema in its first line", () => {
    const wrong = yamlFiles("content").flatMap((rel) => {
      const expected = schemaComment(rel);
      const first = readFileSync(path.join("content", rel), "utf8").split("\n")[0];
      return expected && first === expected
        ? []
        : [`content/${rel}: first line should be ${expected ?? "(no schema known for this file)"}`];
    });
    expect(wrong).toEqual([]);
  });

  it(".vscode/settings.json maps every schema (for YAML files without the comment)", () => {
    const settings = JSON.parse(readFileSync(".vscode/settings.json", "utf8")) as {
      "yaml.schemas": Record<string, string[]>;
    };
    const mapped = Object.keys(settings["yaml.schemas"]).map((k) => path.basename(k, ".schema.json"));
    const yamlSchemas = Object.keys(JSON_SCHEMAS).filter((k) => k !== "guide-frontmatter");
    expect(mapped.sort()).toEqual(yamlSchemas.sort());
  });
});

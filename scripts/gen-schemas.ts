/** `npx tsx scripts/gen-schemas.ts`: writes schemas/*.schema.json from the zod schemas (the build runs it). */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { generateJsonSchemas, SCHEMAS_DIR } from "./lib/json-schemas";

mkdirSync(SCHEMAS_DIR, { recursive: true });
let changed = 0;
for (const [file, text] of generateJsonSchemas()) {
  const target = path.join(SCHEMAS_DIR, file);
  if (existsSync(target) && readFileSync(target, "utf8") === text) continue;
  writeFileSync(target, text);
  changed++;
}
console.log(
  `gen-schemas: ${changed ? `updated ${changed} file${changed === 1 ? "" : "s"}` : "up to date"} in ${SCHEMAS_DIR}/`,
);

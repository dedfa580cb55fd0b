/**
 * Writes the JSON of every <IslandDataAfterExport> element into the exported pages (see
 * components/site/island-data.tsx for why some island data is not rendered by Next). The element becomes
 * exactly what <IslandData> renders, so the published page is the same either way.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AFTER_EXPORT_DATA } from "../../../lib/island-data-after-export";
import { AFTER_EXPORT_ATTR, islandDataJson } from "../../../lib/island-data";

const EMPTY = new RegExp(
  `<script type="application/json" data-island-data="([a-z-]+)" ${AFTER_EXPORT_ATTR}=""></script>`,
  "g",
);

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) {
      // Stylesheets, islands and the search index hold no pages.
      if (!["_next", "islands", "pagefind"].includes(entry)) yield* htmlFiles(p);
    } else if (entry.endsWith(".html")) yield p;
  }
}

/** Fills the elements in every page under `outDir`; returns the pages filled. Throws on an unknown island. */
export function fillIslandDataAfterExport(outDir: string): string[] {
  const filled: string[] = [];
  const json = new Map<string, string>();
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    if (!html.includes(AFTER_EXPORT_ATTR)) continue;
    const out = html.replace(EMPTY, (_, name: string) => {
      if (!(name in AFTER_EXPORT_DATA)) throw new Error(`${file}: no after-export data for island "${name}"`);
      if (!json.has(name)) json.set(name, islandDataJson(AFTER_EXPORT_DATA[name as keyof typeof AFTER_EXPORT_DATA]()));
      return `<script type="application/json" data-island-data="${name}">${json.get(name)}</script>`;
    });
    if (out.includes(AFTER_EXPORT_ATTR))
      throw new Error(
        `${path.relative(outDir, file)}: an after-export island data element is not in the expected form`,
      );
    writeFileSync(file, out);
    filled.push(path.relative(outDir, file));
  }
  return filled;
}

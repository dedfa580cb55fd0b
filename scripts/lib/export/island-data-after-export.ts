/**
 * Writes the JSON of every <IslandDataAfterExport> element into the exported pages (see
 * components/site/island-data.tsx for why some island data is not rendered by Next). The element becomes
 * exactly what <IslandData> renders, so the published page is the same either way.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AFTER_EXPORT_DATA } from "../../../lib/island-data-after-export";
import { AFTER_EXPORT_ATTR, islandDataJson } from "../../../lib/island-data";
import { pagesUnder } from "../files-under";

const EMPTY = new RegExp(
  `<script type="application/json" data-island-data="([a-z-]+)" ${AFTER_EXPORT_ATTR}=""></script>`,
  "g",
);

/**
 * True when `html` still has an after-export element. An element, not the bare attribute: the raw export's
 * runtime payload spells the attribute too (the not-found boundary travels in every page's payload).
 */
export function hasEmptyIslandData(html: string): boolean {
  return new RegExp(`<script\\b[^>]*\\b${AFTER_EXPORT_ATTR}\\b`).test(html);
}

/** `html` with its after-export island data elements filled; `where` names the page in errors. */
export function fillIslandData(html: string, where = "page"): string {
  if (!html.includes(AFTER_EXPORT_ATTR)) return html;
  const json = new Map<string, string>();
  const out = html.replace(EMPTY, (_, name: string) => {
    if (!(name in AFTER_EXPORT_DATA)) throw new Error(`${where}: no after-export data for island "${name}"`);
    if (!json.has(name)) json.set(name, islandDataJson(AFTER_EXPORT_DATA[name as keyof typeof AFTER_EXPORT_DATA]()));
    return `<script type="application/json" data-island-data="${name}">${json.get(name)}</script>`;
  });
  if (hasEmptyIslandData(out))
    throw new Error(`${where}: an after-export island data element is not in the expected form`);
  return out;
}

/** Fills the elements in every page under `outDir`; returns the pages filled. Throws on an unknown island. */
export function fillIslandDataAfterExport(outDir: string): string[] {
  const filled: string[] = [];
  for (const file of pagesUnder(outDir)) {
    const html = readFileSync(file, "utf8");
    if (!html.includes(AFTER_EXPORT_ATTR)) continue;
    writeFileSync(file, fillIslandData(html, path.relative(outDir, file)));
    filled.push(path.relative(outDir, file));
  }
  return filled;
}

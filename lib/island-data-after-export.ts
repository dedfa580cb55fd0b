/**
 * Island data that the build writes into the exported page instead of the page render
 * (<IslandDataAfterExport>, filled by scripts/lib/export/island-data-after-export.ts), and what it is.
 * Only a production build has the step that fills it; `next dev` renders the data inline.
 */
import { getGuides } from "./content/guides";
import { getNames } from "./content/names";
import type { IslandDataName, IslandPayloads } from "./island-data";
import { notFoundIndex } from "./search/not-found-index";

export function islandDataAfterExport(): boolean {
  return process.env.NODE_ENV === "production";
}

/** The data of each island whose element is filled after the export, from the loaders. */
export const AFTER_EXPORT_DATA = {
  "not-found": () => notFoundIndex(getNames(), getGuides()),
} satisfies { [K in IslandDataName]?: () => IslandPayloads[K] };

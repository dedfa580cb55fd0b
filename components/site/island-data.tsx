import { AFTER_EXPORT_ATTR, islandDataJson, type IslandDataName, type IslandPayloads } from "@/lib/island-data";

/**
 * Data for an island, as `<script type="application/json" data-island-data="name">`: kept by the
 * post-export step, never executed, read with JSON.parse (readIslandData in lib/island-data.ts, typed by
 * the same IslandPayloads). `<` is escaped so no string in the data can close the element.
 */
export function IslandData<K extends IslandDataName>({ name, data }: { name: K; data: IslandPayloads[K] }) {
  return (
    <script
      type="application/json"
      data-island-data={name}
      dangerouslySetInnerHTML={{ __html: islandDataJson(data) }}
    />
  );
}

/**
 * An empty island data element that the build fills in after the export, for data only one page needs
 * but Next would copy into every page: the 404 page is the root layout's not-found boundary, so whatever
 * it renders travels in the runtime payload of every page Next generates (at 1,000 guides, 143 KB of
 * suggestions written four times per page, most of the time Next spent on a page). The exported page is
 * the same as with <IslandData>: scripts/lib/export/island-data-after-export.ts writes the element's JSON.
 */
export function IslandDataAfterExport({ name }: { name: IslandDataName }) {
  return <script type="application/json" data-island-data={name} {...{ [AFTER_EXPORT_ATTR]: "" }} />;
}

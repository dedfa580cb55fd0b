import type { IslandDataName, IslandPayloads } from "@/lib/island-data";

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
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}

/**
 * Data for an island, as `<script type="application/json" data-island-data="name">`: kept by the
 * post-export step, never executed, read with JSON.parse. `<` is escaped so no string in the data
 * can close the element.
 */
export function IslandData({ name, data }: { name: string; data: unknown }) {
  return (
    <script
      type="application/json"
      data-island-data={name}
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}

import { DatedText } from "@/components/site/dated-text";
import { DataTable } from "@/components/ui/data-table";
import { SourceLine } from "@/components/site/source-line";
import { getTables } from "@/lib/content/tables";

/** A comparison written as data in content/tables/<id>.yaml. */
export function ComparisonTable({ id }: { id: string }) {
  const table = getTables().get(id);
  if (!table) throw new Error(`<ComparisonTable id="${id}">: no file content/tables/${id}.yaml`);
  return (
    <DataTable
      caption={table.caption}
      columns={table.columns}
      rows={table.rows.map((cells, i) => ({
        key: String(i),
        cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, <DatedText key={k} text={v} />])),
      }))}
      footer={<SourceLine ids={table.sources} />}
    />
  );
}

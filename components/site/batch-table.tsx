import { BatchSupport } from "@/components/site/batch-support";
import { NameLinks } from "@/components/site/name-links";
import { RecordTable } from "@/components/ui/data-table";
import { RowSources } from "@/components/site/source-line";
import { evidenceColumn } from "@/components/site/verification-badge";
import { getPricing } from "@/lib/content/data";
import { BATCH_SUPPORT_TEXT } from "@/lib/content/model-data";
import { getNameMap } from "@/lib/content/names";

/** Batch support per model from content/data/pricing.yaml, each row with how well it is known. */
export function BatchTable() {
  const rows = getPricing().batch;
  const names = getNameMap();
  return (
    <RecordTable
      caption="Batch API support by model"
      columns={[
        { key: "model", label: "Model", cell: (r) => <NameLinks slugs={[r.model]} all={names} /> },
        {
          key: "support",
          label: "Batch",
          cell: (r) => {
            const name = names.get(r.model);
            return name ? <BatchSupport support={r.support} name={name} /> : BATCH_SUPPORT_TEXT[r.support];
          },
        },
        evidenceColumn(),
      ]}
      rows={rows}
      rowKey={(r) => r.model}
      footer={<RowSources rows={rows} />}
    />
  );
}

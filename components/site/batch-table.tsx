import { NameLinks } from "@/components/site/name-links";
import { DataTable } from "@/components/ui/data-table";
import { SourceLine } from "@/components/site/source-line";
import { EvidenceCell } from "@/components/site/verification-badge";
import { getPricing } from "@/lib/content/data";
import { BATCH_SUPPORT_TEXT } from "@/lib/content/model-data";
import { getNameMap } from "@/lib/content/names";

/** Batch support per model from content/data/pricing.yaml, each row with how well it is known. */
export function BatchTable() {
  const rows = getPricing().batch;
  const names = getNameMap();
  return (
    <DataTable
      caption="Batch API support by model"
      columns={[
        { key: "model", label: "Model" },
        { key: "support", label: "Batch" },
        { key: "evidence", label: "Evidence" },
      ]}
      rows={rows.map((r) => ({
        key: r.model,
        cells: {
          model: <NameLinks slugs={[r.model]} all={names} />,
          support: BATCH_SUPPORT_TEXT[r.support],
          evidence: <EvidenceCell verification={r.verification} asOf={r.asOf} note={r.note} />,
        },
      }))}
      footer={<SourceLine ids={[...new Set(rows.flatMap((r) => r.sources))]} />}
    />
  );
}

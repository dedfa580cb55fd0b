import { DatedText } from "@/components/site/dated-text";
import { DataTable } from "@/components/ui/data-table";
import { SourceLine } from "@/components/site/source-line";
import { VerificationBadge } from "@/components/site/verification-badge";
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
          model: (
            <a href={`/names/${r.model}/`} className="underline underline-offset-2">
              {names.get(r.model)?.name ?? r.model}
            </a>
          ),
          support: BATCH_SUPPORT_TEXT[r.support],
          evidence: (
            <span className="flex flex-col items-start gap-1">
              <VerificationBadge verification={r.verification} />
              <span className="text-xs">seen {r.asOf}</span>
              <span className="text-xs">
                <DatedText text={r.note} />
              </span>
            </span>
          ),
        },
      }))}
      footer={<SourceLine ids={[...new Set(rows.flatMap((r) => r.sources))]} />}
    />
  );
}

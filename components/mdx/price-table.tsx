import { RecordTable } from "@/components/ui/data-table";
import { BatchTable } from "@/components/site/batch-table";
import { RowSources, SourceLine } from "@/components/site/source-line";
import { evidenceColumn, seenColumn } from "@/components/site/verification-badge";
import { getPricing } from "@/lib/content/data";
import { getNameMap } from "@/lib/content/names";
import { recordedUsd } from "@/lib/money";
import { DatedText } from "@/components/site/dated-text";
import { nameUrl } from "@/lib/urls";

const KINDS = ["api-tokens", "per-image", "codex-credits", "providers", "rate-limits", "batch"] as const;
export type PriceKind = (typeof KINDS)[number];

const usd = (v: number | null) => (v === null ? "—" : recordedUsd(v));
const num = (v: number) => v.toLocaleString("en-US");

/** Prices and limits from content/data/pricing.yaml, each row dated and labelled by source. */
export function PriceTable({ kind }: { kind: PriceKind }) {
  const p = getPricing();
  const names = getNameMap();
  const model = (slug: string) => (
    <a href={nameUrl(slug)} className="underline underline-offset-2">
      {names.get(slug)?.name ?? slug}
    </a>
  );
  switch (kind) {
    case "batch":
      return <BatchTable />;
    case "api-tokens":
      return (
        <RecordTable
          caption="OpenAI API token prices, USD per 1M tokens (standard tier)"
          columns={[
            { key: "model", label: "Model", cell: (r) => model(r.model) },
            { key: "textInput", label: "Text in", cell: (r) => usd(r.textInput) },
            { key: "cachedTextInput", label: "Cached text in", cell: (r) => usd(r.cachedTextInput) },
            { key: "textOutput", label: "Text out", cell: (r) => usd(r.textOutput) },
            { key: "imageInput", label: "Image in", cell: (r) => usd(r.imageInput) },
            { key: "cachedImageInput", label: "Cached image in", cell: (r) => usd(r.cachedImageInput) },
            { key: "imageOutput", label: "Image out", cell: (r) => usd(r.imageOutput) },
            evidenceColumn(),
          ]}
          rows={p.apiTokens}
          rowKey={(r) => r.model}
          footer={<RowSources rows={p.apiTokens} />}
        />
      );
    case "per-image":
      return (
        <RecordTable
          caption="Estimated output cost per image, USD (input tokens extra)"
          columns={[
            {
              key: "model",
              label: "Model and quality",
              cell: (r) => (
                <>
                  {model(r.model)} · {r.quality}
                </>
              ),
            },
            { key: "square", label: "1024×1024", cell: (r) => usd(r.square) },
            { key: "portrait", label: "1024×1536", cell: (r) => usd(r.portrait) },
            { key: "landscape", label: "1536×1024", cell: (r) => usd(r.landscape) },
            seenColumn(),
          ]}
          rows={p.perImage}
          rowKey={(r) => `${r.model}-${r.quality}`}
          footer={<RowSources rows={p.perImage} />}
        />
      );
    case "codex-credits":
      return (
        <RecordTable
          caption="Codex credits per 1M tokens for GPT-Image-2 work"
          columns={[
            { key: "row", label: "Rate-card row", cell: (r) => r.row },
            { key: "input", label: "Input", cell: (r) => num(r.input) },
            { key: "cachedInput", label: "Cached input", cell: (r) => num(r.cachedInput) },
            { key: "output", label: "Output", cell: (r) => num(r.output) },
            evidenceColumn(),
          ]}
          rows={p.codexCredits}
          rowKey={(r) => r.row}
          footer={<RowSources rows={p.codexCredits} />}
        />
      );
    case "providers":
      return (
        <RecordTable
          caption="Third-party provider prices (not OpenAI pricing)"
          columns={[
            { key: "provider", label: "Provider", cell: (r) => r.provider },
            { key: "offer", label: "What is sold", cell: (r) => <DatedText text={r.offer} /> },
            { key: "price", label: "Listed price", cell: (r) => <DatedText text={r.price} /> },
            seenColumn(),
          ]}
          rows={p.providers}
          rowKey={(r) => `${r.provider}-${r.offer}`}
          footer={<RowSources rows={p.providers} />}
        />
      );
    case "rate-limits":
      return (
        <RecordTable
          caption={
            <>
              API rate limits by usage tier for{" "}
              {p.rateLimits.models.map((m, i) => (
                <span key={m}>
                  {i > 0 && ", "}
                  {model(m)}
                </span>
              ))}
            </>
          }
          columns={[
            { key: "tier", label: "Tier", cell: (t) => t.tier },
            { key: "tpm", label: "Tokens per minute", cell: (t) => num(t.tpm) },
            { key: "ipm", label: "Images per minute", cell: (t) => num(t.ipm) },
          ]}
          rows={p.rateLimits.tiers}
          rowKey={(t) => t.tier}
          footer={<SourceLine ids={p.rateLimits.sources} asOf={p.rateLimits.asOf} />}
        />
      );
  }
}
export const PRICE_KINDS = KINDS;

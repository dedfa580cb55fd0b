import { DataTable } from "@/components/ui/data-table";
import { BatchTable } from "@/components/site/batch-table";
import { SourceLine } from "@/components/site/source-line";
import { EvidenceCell } from "@/components/site/verification-badge";
import { getPricing } from "@/lib/content/data";
import { getNameMap } from "@/lib/content/names";
import { DatedText } from "@/components/site/dated-text";
import { nameUrl } from "@/lib/urls";

const KINDS = ["api-tokens", "per-image", "codex-credits", "providers", "rate-limits", "batch"] as const;
export type PriceKind = (typeof KINDS)[number];

const usd = (v: number | null) => (v === null ? "—" : `$${v.toFixed(v < 0.1 ? 3 : 2)}`);
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
        <DataTable
          caption="OpenAI API token prices, USD per 1M tokens (standard tier)"
          columns={[
            { key: "model", label: "Model" },
            { key: "textInput", label: "Text in" },
            { key: "cachedTextInput", label: "Cached text in" },
            { key: "textOutput", label: "Text out" },
            { key: "imageInput", label: "Image in" },
            { key: "cachedImageInput", label: "Cached image in" },
            { key: "imageOutput", label: "Image out" },
            { key: "evidence", label: "Evidence" },
          ]}
          rows={p.apiTokens.map((r) => ({
            key: r.model,
            cells: {
              model: model(r.model),
              textInput: usd(r.textInput),
              cachedTextInput: usd(r.cachedTextInput),
              textOutput: usd(r.textOutput),
              imageInput: usd(r.imageInput),
              cachedImageInput: usd(r.cachedImageInput),
              imageOutput: usd(r.imageOutput),
              evidence: <EvidenceCell verification={r.verification} asOf={r.asOf} note={r.note} />,
            },
          }))}
          footer={<SourceLine ids={[...new Set(p.apiTokens.flatMap((r) => r.sources))]} />}
        />
      );
    case "per-image":
      return (
        <DataTable
          caption="Estimated output cost per image, USD (input tokens extra)"
          columns={[
            { key: "model", label: "Model and quality" },
            { key: "square", label: "1024×1024" },
            { key: "portrait", label: "1024×1536" },
            { key: "landscape", label: "1536×1024" },
            { key: "asOf", label: "Seen" },
          ]}
          rows={p.perImage.map((r) => ({
            key: `${r.model}-${r.quality}`,
            cells: {
              model: (
                <>
                  {model(r.model)} · {r.quality}
                </>
              ),
              square: usd(r.square),
              portrait: usd(r.portrait),
              landscape: usd(r.landscape),
              asOf: r.asOf,
            },
          }))}
          footer={<SourceLine ids={[...new Set(p.perImage.flatMap((r) => r.sources))]} />}
        />
      );
    case "codex-credits":
      return (
        <DataTable
          caption="Codex credits per 1M tokens for GPT-Image-2 work"
          columns={[
            { key: "row", label: "Rate-card row" },
            { key: "input", label: "Input" },
            { key: "cachedInput", label: "Cached input" },
            { key: "output", label: "Output" },
            { key: "evidence", label: "Evidence" },
          ]}
          rows={p.codexCredits.map((r) => ({
            key: r.row,
            cells: {
              row: r.row,
              input: num(r.input),
              cachedInput: num(r.cachedInput),
              output: num(r.output),
              evidence: <EvidenceCell verification={r.verification} asOf={r.asOf} />,
            },
          }))}
          footer={<SourceLine ids={[...new Set(p.codexCredits.flatMap((r) => r.sources))]} />}
        />
      );
    case "providers":
      return (
        <DataTable
          caption="Third-party provider prices (not OpenAI pricing)"
          columns={[
            { key: "provider", label: "Provider" },
            { key: "offer", label: "What is sold" },
            { key: "price", label: "Listed price" },
            { key: "asOf", label: "Seen" },
          ]}
          rows={p.providers.map((r) => ({
            key: `${r.provider}-${r.offer}`,
            cells: {
              provider: r.provider,
              offer: <DatedText text={r.offer} />,
              price: <DatedText text={r.price} />,
              asOf: r.asOf,
            },
          }))}
          footer={<SourceLine ids={[...new Set(p.providers.flatMap((r) => r.sources))]} />}
        />
      );
    case "rate-limits":
      return (
        <DataTable
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
            { key: "tier", label: "Tier" },
            { key: "tpm", label: "Tokens per minute" },
            { key: "ipm", label: "Images per minute" },
          ]}
          rows={p.rateLimits.tiers.map((t) => ({
            key: t.tier,
            cells: { tier: t.tier, tpm: num(t.tpm), ipm: num(t.ipm) },
          }))}
          footer={<SourceLine ids={p.rateLimits.sources} asOf={p.rateLimits.asOf} />}
        />
      );
  }
}
export const PRICE_KINDS = KINDS;

import Link from "next/link";
import { BatchSupport } from "@/components/site/batch-support";
import { DatedText } from "@/components/site/dated-text";
import { DataTable } from "@/components/ui/data-table";
import { SourceLine } from "@/components/site/source-line";
import { VerificationBadge } from "@/components/site/verification-badge";
import type { NameRecord } from "@/lib/content/names";
import type { ModelData } from "@/lib/content/model-data";
import { recordedUsd } from "@/lib/money";
import { guideUrl } from "@/lib/urls";

const usd = (v: number | null) => (v === null ? "not listed" : recordedUsd(v));

const TOKEN_ROWS = [
  ["textInput", "Text input"],
  ["cachedTextInput", "Cached text input"],
  ["textOutput", "Text output"],
  ["imageInput", "Image input"],
  ["cachedImageInput", "Cached image input"],
  ["imageOutput", "Image output"],
] as const;

/**
 * A model's prices and Batch support on its own page, read from content/data/pricing.yaml (never typed here),
 * each with its verification, the day it was seen and its sources.
 */
export function NamePrices({ name, data }: { name: NameRecord; data: ModelData }) {
  const { tokens, perImage, batch } = data;
  return (
    <div className="space-y-6">
      {tokens && (
        <div>
          <DataTable
            caption={`${name.name}: OpenAI API token prices, USD per 1M tokens (standard tier)`}
            columns={[
              { key: "kind", label: "Tokens" },
              { key: "price", label: "Price per 1M" },
            ]}
            rows={TOKEN_ROWS.map(([key, label]) => ({ key, cells: { kind: label, price: usd(tokens[key]) } }))}
            footer={
              <span className="flex flex-col items-start gap-1">
                <span>
                  <VerificationBadge verification={tokens.verification} /> Seen {tokens.asOf}.{" "}
                  {tokens.note && <DatedText text={tokens.note} />}
                </span>{" "}
                {/* The space above shows nowhere (a flex box drops it); search and the Markdown twin need it. */}
                <SourceLine ids={tokens.sources} />
              </span>
            }
          />
        </div>
      )}
      {perImage.length > 0 && (
        <DataTable
          caption={`${name.name}: estimated output cost per image, USD (input tokens extra)`}
          columns={[
            { key: "quality", label: "Quality" },
            { key: "square", label: "1024×1024" },
            { key: "portrait", label: "1024×1536" },
            { key: "landscape", label: "1536×1024" },
          ]}
          rows={perImage.map((r) => ({
            key: r.quality,
            cells: {
              quality: r.quality,
              square: usd(r.square),
              portrait: usd(r.portrait),
              landscape: usd(r.landscape),
            },
          }))}
          footer={<SourceLine ids={[...new Set(perImage.flatMap((r) => r.sources))]} asOf={perImage[0]?.asOf} />}
        />
      )}
      {batch && (
        <div>
          <h3 className="font-semibold text-zinc-900 dark:text-white">Batch API</h3>
          <p className="mt-1">
            <BatchSupport support={batch.support} name={name} />.{" "}
            <VerificationBadge verification={batch.verification} /> <DatedText text={batch.note} />{" "}
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              Seen {batch.asOf}. <SourceLine ids={batch.sources} />
            </span>
          </p>
        </div>
      )}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        All models side by side:{" "}
        <Link href={guideUrl("who-bills-what")} className="underline underline-offset-2">
          who bills what
        </Link>
        .
      </p>
    </div>
  );
}

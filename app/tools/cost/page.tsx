import type { Metadata } from "next";
import Link from "next/link";
import { IslandData } from "@/components/site/island-data";
import { IslandScript } from "@/components/site/island-script";
import { ToolHeader } from "@/components/tools/tool-header";
import { CostForm } from "@/components/tools/cost-form";
import { getPricing } from "@/lib/content/data";
import { sourceCredit } from "@/lib/content/evidence";
import { getNameMap } from "@/lib/content/names";
import { resolveSources } from "@/lib/content/sources";
import { pageMetadata } from "@/lib/seo/metadata";
import {
  AGREEMENT_TEXT,
  computeModel,
  DEFAULT_JOB,
  exactUsd,
  SIZE_KEYS,
  SIZE_PIXELS,
  usd,
  type Agreement,
} from "@/lib/tools/cost";
import { buildCostData } from "@/lib/tools/cost-data";
import { PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Image cost calculator for OpenAI image models",
  description:
    "Output cost per image and in total by model, quality, size and volume, with token counts, prices, Batch and partial images, each with its source.",
  path: PAGES.cost,
});

export default function CostPage() {
  const pricing = getPricing();
  const names = getNameMap();
  const data = buildCostData(pricing, names);
  const ids = new Set<string>();
  for (const m of data.models)
    for (const f of [m.price, m.tokensSource, m.publishedSource, m.batch]) f?.sources.forEach((s) => ids.add(s));
  data.partialSource.sources.forEach((s) => ids.add(s));
  const sources = Object.fromEntries(
    resolveSources([...ids]).map((s) => [s.id, { title: s.title, url: s.url, credit: sourceCredit(s) }]),
  );
  // Every published figure, checked against token count × price, for the static table.
  const withFigures = data.models.filter((m) => Object.keys(m.figures).length > 0);
  const without = data.models.filter((m) => Object.keys(m.figures).length === 0);
  const seen = new Map<Agreement, string[]>();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <div data-pagefind-body="">
        <ToolHeader
          href={PAGES.cost}
          crumb="Cost calculator"
          title="Image cost calculator"
          summary="Output cost per image and in total for OpenAI image models, with sources."
        >
          <p>
            The image output cost of a job: per image and in total, with the formula, each token count and price, and
            where each figure comes from. Input tokens (your prompt, and reference images when editing) are billed on
            top and are not included; the Responses tool also bills the mainline model&apos;s tokens. Where no token
            count or per-image figure is published, the calculator says so instead of estimating.
          </p>
        </ToolHeader>
        <CostForm data={data} />
        <section aria-labelledby="published" className="mt-12">
          <h2 id="published" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
            Published per-image figures
          </h2>
          <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
            OpenAI&apos;s image generation guide publishes output-only estimates per image for three sizes, and token
            counts for the models before gpt-image-2. Each cell shows the published estimate and, where a token count
            exists, the token count times the image output price, so you can see how the estimate was rounded.
          </p>
          <div
            className="mt-3 overflow-x-auto"
            role="region"
            aria-label="Published per-image figures (scrolls sideways)"
            tabIndex={0}
          >
            <table className="data-table" data-cost-static="">
              <caption>Image output cost per image, USD, from the image generation guide (input tokens extra)</caption>
              <thead>
                <tr>
                  <th scope="col">Model and quality</th>
                  {SIZE_KEYS.map((s) => (
                    <th key={s} scope="col">
                      {SIZE_PIXELS[s]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {withFigures.flatMap((m) =>
                  ["low", "medium", "high"].map((q) => (
                    <tr key={`${m.slug}-${q}`}>
                      <th scope="row">
                        <span className="font-mono">{m.name}</span> · {q}
                      </th>
                      {SIZE_KEYS.map((s) => {
                        const r = computeModel(
                          m,
                          { ...DEFAULT_JOB, quality: q, size: s, requests: 1 },
                          data.partialTokens,
                        );
                        if (r.agreement)
                          seen.set(r.agreement, [...(seen.get(r.agreement) ?? []), `${m.name} ${q} ${SIZE_PIXELS[s]}`]);
                        return (
                          <td key={s} data-label={SIZE_PIXELS[s]}>
                            {r.published !== undefined ? usd(r.published) : "no figure published"}
                            {r.tokens !== undefined && r.exact !== undefined && (
                              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                                {r.tokens.toLocaleString("en-US")} tokens × ${m.imageOutput}/1M = {exactUsd(r.exact)}
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
            No per-image figure or token count is published for{" "}
            {without.map((m, i) => (
              <span key={m.slug}>
                {i > 0 && (i === without.length - 1 ? " or " : ", ")}
                <Link href={names.get(m.slug)!.url} className="font-mono underline underline-offset-2">
                  {m.name}
                </Link>
              </span>
            ))}
            , nor for gpt-image-2 at custom sizes. GPT Image 2.5 uses gpt-image-2&apos;s token prices, but its token
            counts per image are not published, so the calculator gives no figure rather than borrowing
            gpt-image-2&apos;s.
          </p>
          <h3 className="mt-8 font-serif text-xl font-semibold text-zinc-900 dark:text-white">
            Where the published estimates and tokens × price differ
          </h3>
          <ul className="mt-2 max-w-3xl list-disc space-y-2 pl-5 text-zinc-700 dark:text-zinc-300">
            {[...seen].map(([kind, cells]) => (
              <li key={kind}>
                {AGREEMENT_TEXT[kind]}{" "}
                <span className="text-sm text-zinc-600 dark:text-zinc-400">
                  ({cells.length} {cells.length === 1 ? "figure" : "figures"}, for example{" "}
                  {cells.slice(0, 2).join("; ")})
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <IslandData name="cost" data={{ ...data, sources }} />
      <IslandScript name="cost" />
    </div>
  );
}

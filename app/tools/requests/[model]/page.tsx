import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IslandScript } from "@/components/site/island-script";
import { StatusBadge } from "@/components/site/status-badge";
import { RequestExamples } from "@/components/tools/request-examples";
import { ToolHeader } from "@/components/tools/tool-header";
import { getName, getNameMap } from "@/lib/content/names";
import { isRecommendable } from "@/lib/names/status";
import { pageMetadata } from "@/lib/seo/metadata";
import { REQUEST_MODELS, requestModels } from "@/lib/tools/requests";
import { PAGES, requestsUrl } from "@/lib/urls";

export const dynamicParams = false;

export function generateStaticParams() {
  return requestModels(getNameMap()).map((model) => ({ model }));
}

type Props = { params: Promise<{ model: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = getName((await params).model);
  if (!n) return {};
  return pageMetadata({
    title: `${n.apiId} requests: curl, Python and JavaScript`,
    description: `Copy-ready ${n.apiId} requests: Image API generate and edit, the Responses image_generation tool and a Batch line, with only confirmed parameters.`,
    path: requestsUrl(n.slug),
  });
}

export default async function RequestsPage({ params }: Props) {
  const { model } = await params;
  const n = getName(model);
  if (!n || !REQUEST_MODELS.some((m) => m === model)) notFound();
  const names = getNameMap();
  const instead = n.relations.replacedBy.map((s) => names.get(s)).filter((x) => x !== undefined);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <article data-pagefind-body="">
        <ToolHeader
          href={requestsUrl(n.slug)}
          crumb={n.apiId ?? n.name}
          title={`Requests for ${n.apiId}`}
          summary={`Copy-ready ${n.apiId} requests in curl, Python and JavaScript.`}
        >
          <p>
            <StatusBadge name={n} />{" "}
            <Link href={n.url} className="underline underline-offset-2">
              About {n.apiId}
            </Link>
            {" · "}
            <Link href={PAGES.requests} className="underline underline-offset-2">
              Other models
            </Link>
          </p>
        </ToolHeader>
        {!isRecommendable(n.status) && (
          <p className="mt-4 max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            These requests are here as the &quot;before&quot; of a migration: {n.apiId} is{" "}
            {n.status.kind === "shut-down" ? "shut down" : "on its way out"}.
            {instead.length > 0 && (
              <>
                {" "}
                Requests for a replacement:{" "}
                {instead.map((r, i) => (
                  <span key={r.slug}>
                    {i > 0 && " or "}
                    <Link href={requestsUrl(r.slug)} className="underline underline-offset-2">
                      {r.apiId}
                    </Link>
                  </span>
                ))}
                .
              </>
            )}
          </p>
        )}
        <RequestExamples model={n} />
      </article>
      <IslandScript name="copy" />
    </div>
  );
}

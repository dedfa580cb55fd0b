import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/site/status-badge";
import { ToolHeader } from "@/components/tools/tool-header";
import { getNameMap } from "@/lib/content/names";
import { pageMetadata } from "@/lib/seo/metadata";
import { requestModels } from "@/lib/tools/requests";
import { PAGES, requestsUrl } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Copy-ready image requests for OpenAI models",
  description:
    "Image API, Responses tool and Batch requests in curl, Python and JavaScript, with only the parameters confirmed for each OpenAI image model.",
  path: PAGES.requests,
});

export default function RequestsIndex() {
  const names = getNameMap();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12" data-pagefind-body="">
      <ToolHeader
        href={PAGES.requests}
        crumb="Copy-ready requests"
        title="Copy-ready requests"
        summary="Requests for each OpenAI image model in curl, Python and JavaScript."
      >
        <p>
          Pick a model. Its page has an Image API generation and an edit with a reference image, a Responses API request
          with the <code>image_generation</code> tool and a Batch input line, in curl, Python (the <code>openai</code>{" "}
          package) and JavaScript (the <code>openai</code> package for Node). Each request carries only the parameters
          that the capability data confirms for that model; where support is unknown, the page says so instead of
          guessing.
        </p>
      </ToolHeader>
      <ul className="mt-8 grid gap-3 sm:grid-cols-2">
        {requestModels(names).map((slug) => {
          const n = names.get(slug)!;
          return (
            <li key={slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
              <Link
                href={requestsUrl(slug)}
                className="font-mono font-semibold text-zinc-900 underline underline-offset-2 dark:text-white"
              >
                {n.apiId}
              </Link>
              <span className="mt-1 block">
                <StatusBadge name={n} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

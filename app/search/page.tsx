import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/site/page-header";
import { IslandScript } from "@/components/site/island-script";
import { Wayfinding } from "@/components/site/wayfinding";
import { LAYER_INFO, LAYER_ORDER } from "@/lib/names/layers";
import { pageMetadata } from "@/lib/seo/metadata";
import { PAGES } from "@/lib/urls";

/** A search page has no content of its own, so it is kept out of search engines (and out of the sitemap). */
export const metadata: Metadata = pageMetadata({
  title: "Search",
  description:
    "Search every name, guide and route of the GPT Image Field Guide, or find a name through the names index, grouped by layer.",
  path: PAGES.search,
  noindex: true,
});

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader section={{ href: PAGES.search, label: "Search" }} title="Search">
        Type a name the way you saw it, in any spelling, or a topic such as billing or shutdown dates.
      </PageHeader>
      {/* Filled by islands/search-page.ts; stays hidden where scripts do not run. */}
      <div data-search-page="" hidden className="mt-6" />
      <section aria-labelledby="names-index" className="mt-10">
        <h2 id="names-index" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
          Finding a name in the index
        </h2>
        <p className="mt-3 text-zinc-700 dark:text-zinc-300">
          <Link
            href={PAGES.names}
            className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
          >
            The names index
          </Link>{" "}
          lists every name once, grouped by the layer it belongs to, with its status as of the last build. Each name has
          its own page at /names/ followed by the name in lowercase with hyphens: gpt-image-2 is at /names/gpt-image-2/.
          The layers, in the order the index shows them:
        </p>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          {LAYER_ORDER.map((layer) => (
            <div key={layer} className="contents">
              <dt className="font-medium text-zinc-900 dark:text-white">{LAYER_INFO[layer].plural}</dt>
              <dd className="text-zinc-700 dark:text-zinc-300">{LAYER_INFO[layer].blurb}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Wayfinding headingId="other-ways" title="Other ways in" />
      <IslandScript name="search-page" />
    </div>
  );
}

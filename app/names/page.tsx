import Link from "next/link";
import type { Metadata } from "next";
import { LayerMap } from "@/components/mdx/layer-map";
import { PageHeader } from "@/components/site/page-header";
import { IslandScript } from "@/components/site/island-script";
import { JsonLd } from "@/components/site/json-ld";
import { asOfDate, formatDate } from "@/lib/as-of";
import { getNames } from "@/lib/content/names";
import { definedTermSet } from "@/lib/seo/jsonld";
import { pageMetadata } from "@/lib/seo/metadata";
import { NameLookup } from "./_components/name-lookup";
import { NamesList } from "./_components/names-list";
import { NAMES_INDEX_IDS, PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "OpenAI image names glossary: layers, statuses and a name lookup",
  description:
    "OpenAI's image names, from GPT Image and gpt-image-2 to ChatGPT Images and DALL·E, grouped by layer with their status, plus a lookup for any spelling.",
  path: PAGES.names,
});

export default function NamesIndex() {
  const names = getNames();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <JsonLd things={[definedTermSet(names)]} />
      <PageHeader section={{ href: PAGES.names, label: "Names" }} title="Names glossary">
        The names OpenAI has used for its image products, and a few reseller ids often mistaken for them, each with its
        layer and its status as of {formatDate(asOfDate())}.
      </PageHeader>
      <NameLookup names={names} />
      <nav aria-label="On this page" className="mt-4 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a
              href={`#${NAMES_INDEX_IDS.allNames}`}
              className="text-accent-700 dark:text-accent-300 underline underline-offset-2"
            >
              All {names.length} names
            </a>
          </li>
          <li>
            <a
              href={`#${NAMES_INDEX_IDS.layerMap}`}
              className="text-accent-700 dark:text-accent-300 underline underline-offset-2"
            >
              Layer map
            </a>
          </li>
          <li>
            <Link href={PAGES.timeline} className="text-accent-700 dark:text-accent-300 underline underline-offset-2">
              Timeline of releases and shutdowns
            </Link>
          </li>
        </ul>
      </nav>
      <NamesList names={names} />
      <section aria-labelledby={NAMES_INDEX_IDS.layerMap} className="mt-16">
        <h2
          id={NAMES_INDEX_IDS.layerMap}
          className="scroll-mt-4 font-serif text-2xl font-semibold text-zinc-900 dark:text-white"
        >
          Layer map
        </h2>
        <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
          How the names relate: which model belongs to which family, which snapshot to which model, which ChatGPT name
          matches which API name, and what replaces what. Every box links to its name page.
        </p>
        <LayerMap caption="Layer map of OpenAI image names" />
      </section>
      <IslandScript name="names-lookup" />
      <IslandScript name="names-filter" />
    </div>
  );
}

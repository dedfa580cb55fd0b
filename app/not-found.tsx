import type { Metadata } from "next";
import { IslandData, IslandDataAfterExport } from "@/components/site/island-data";
import { IslandScript } from "@/components/site/island-script";
import { Wayfinding } from "@/components/site/wayfinding";
import { AFTER_EXPORT_DATA, islandDataAfterExport } from "@/lib/island-data-after-export";
import { FEED_ALTERNATE, pageMetadata } from "@/lib/seo/metadata";
import { SearchIcon } from "@/components/ui/search-icon";
import { PAGES } from "@/lib/urls";

// Its own metadata, or the exported 404 carries two <title>s (see notes/html-only-export.md). It answers
// at any address, so it names no canonical URL; the feed it names like every page.
export const metadata: Metadata = {
  ...pageMetadata({
    title: "Page not found",
    description:
      "This address does not match a page of the GPT Image Field Guide. Try the closest names and guides, the names index or the search.",
    path: "/404.html",
    noindex: true,
  }),
  alternates: FEED_ALTERNATE,
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold text-zinc-900 sm:text-4xl dark:text-white">
        This page does not exist
      </h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        The address may be mistyped, or the page may have moved. If you were looking for a name, its page is at /names/
        followed by the name in lowercase with hyphens.
      </p>
      {/* Filled by islands/not-found.ts from the address that was asked for. */}
      <section
        data-not-found-suggestions=""
        hidden
        aria-labelledby="closest"
        className="mt-8 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800"
      >
        <h2 id="closest" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
          Closest matches
        </h2>
      </section>
      <p className="mt-8">
        <a
          href={PAGES.search}
          data-search-open=""
          className="inline-flex items-center gap-2 rounded-lg bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
        >
          <SearchIcon />
          Search the site
        </a>
      </p>
      <Wayfinding headingId="places" title="Good places to continue" />
      {/* Not rendered here in a build: this page is every page's not-found boundary (see IslandDataAfterExport). */}
      {islandDataAfterExport() ? (
        <IslandDataAfterExport name="not-found" />
      ) : (
        <IslandData name="not-found" data={AFTER_EXPORT_DATA["not-found"]()} />
      )}
      <IslandScript name="not-found" />
    </div>
  );
}

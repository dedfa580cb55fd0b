import { IslandData } from "@/components/site/island-data";
import type { NameRecord } from "@/lib/content/names";
import { lookupEntries } from "@/lib/names/lookup-index";
import { NAMES_INDEX_IDS, PAGES, withId } from "@/lib/urls";

/**
 * "Look up a name": the resolver's form. Without JavaScript it submits to this page and lands on the
 * full list below; islands/names-lookup.ts shows the best matches as links while the reader types and
 * sends Enter to the best one.
 */
export function NameLookup({ names }: { names: readonly NameRecord[] }) {
  return (
    <section
      id={NAMES_INDEX_IDS.lookup}
      aria-labelledby="lookup-heading"
      className="border-accent-300 bg-accent-50 dark:border-accent-700 mt-8 scroll-mt-4 rounded-xl border p-4 sm:p-5 dark:bg-zinc-900"
    >
      <h2 id="lookup-heading" className="sr-only">
        Name lookup
      </h2>
      <form
        action={withId(PAGES.names, NAMES_INDEX_IDS.allNames)}
        method="get"
        role="search"
        aria-label="Look up a name"
        data-names-lookup=""
      >
        <label htmlFor="lookup-input" className="block font-semibold text-zinc-900 dark:text-white">
          Look up a name
        </label>
        <p id="lookup-hint" className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          Paste any spelling you saw: an API id, a ChatGPT label or a misspelling. Every name is also listed below.
        </p>
        <div className="mt-3 flex gap-2">
          <input
            id="lookup-input"
            name="q"
            type="search"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby="lookup-hint"
            aria-controls="lookup-results"
            placeholder="e.g. dalle3, gpt image 2, Image Gen 2.0"
            className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-950 dark:text-white dark:placeholder:text-zinc-400"
          />
          <button
            type="submit"
            className="shrink-0 rounded-lg bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
          >
            Look up
          </button>
        </div>
      </form>
      <div id="lookup-results" aria-live="polite" className="mt-3 empty:hidden" />
      <IslandData name="names-lookup" data={lookupEntries(names)} />
    </section>
  );
}

import { StatusBadge } from "@/components/site/status-badge";
import type { NameRecord } from "@/lib/content/names";
import { DatedText } from "@/components/site/dated-text";

/**
 * The page at an alias's own slug (/names/dalle3/): a visible pointer to the name page and an instant
 * meta refresh, so it works without JavaScript. The canonical link and noindex come from metadata.
 * React hoists the <meta> element into <head>.
 */
export function AliasRedirect({ spelling, name }: { spelling: string; name: NameRecord }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <meta httpEquiv="refresh" content={`0; url=${name.url}`} />
      <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
        Another spelling
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold text-balance text-zinc-900 sm:text-4xl dark:text-white">
        “{spelling}” is another spelling of {name.name}
      </h1>
      <p className="mt-6 text-lg">
        <a href={name.url} className="text-accent-700 dark:text-accent-300 font-semibold underline underline-offset-4">
          Go to {name.name} →
        </a>
      </p>
      <div className="mt-6 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
        <p className="flex flex-wrap items-center gap-2 font-semibold text-zinc-900 dark:text-white">
          {name.name} <StatusBadge name={name} />
        </p>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          <DatedText text={name.definition} />
        </p>
      </div>
    </div>
  );
}

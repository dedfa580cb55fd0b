import { DatedText } from "@/components/site/dated-text";
import { SourceTitle, StandingBadge } from "@/components/site/source-ref";
import { formatDate } from "@/lib/as-of";
import { readingSentence } from "@/lib/content/evidence";
import { getSources, type Source } from "@/lib/content/sources";
import { ARTICLE_IDS, sourceId } from "@/lib/urls";

/** The numbered sources of a page; <Cite> markers link here. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  const all = getSources();
  return (
    // Source titles and reading notes would crowd search snippets; the claims they support are indexed.
    <section aria-labelledby={ARTICLE_IDS.sources} className="mt-12" data-pagefind-ignore="">
      <h2 id={ARTICLE_IDS.sources} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        Sources
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Each source says how we know it: an OpenAI page we read, an OpenAI page we know only from someone else&apos;s
        quote, or a secondary source. Claims resting on the last two are labelled where they are made.
      </p>
      <ol className="mt-4 space-y-3 text-sm">
        {sources.map((s, i) => (
          <li key={s.id} id={sourceId(s.id)} className="flex scroll-mt-4 gap-3">
            {/* The list's own numbering carries the number in the Markdown twin. */}
            <span
              data-markdown="skip"
              className="w-6 shrink-0 text-right font-semibold text-zinc-600 tabular-nums dark:text-zinc-400"
            >
              {i + 1}.
            </span>
            <div>
              <SourceTitle source={s} className="font-medium" />
              <span className="text-zinc-600 dark:text-zinc-400"> · {s.publisher}</span> <StandingBadge source={s} />
              <p className="mt-0.5 text-zinc-600 dark:text-zinc-400">
                {readingSentence(s, (id) => all.get(id), formatDate)}
                {s.note && (
                  <>
                    {" "}
                    <DatedText text={s.note} />
                  </>
                )}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

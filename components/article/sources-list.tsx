import { DatedText } from "@/components/site/dated-text";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/as-of";
import type { Source } from "@/lib/content/sources";

/** The numbered sources of a page; <Cite> markers link here. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  return (
    <section aria-labelledby="sources" className="mt-12">
      <h2 id="sources" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        Sources
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        OpenAI&apos;s own pages are marked as primary; everything else is a secondary source and is labelled where it is
        used.
      </p>
      <ol className="mt-4 space-y-3 text-sm">
        {sources.map((s, i) => (
          <li key={s.id} id={`source-${s.id}`} className="flex scroll-mt-4 gap-3">
            {/* The list's own numbering carries the number in the Markdown twin. */}
            <span
              data-markdown="skip"
              className="w-6 shrink-0 text-right font-semibold text-zinc-600 tabular-nums dark:text-zinc-400"
            >
              {i + 1}.
            </span>
            <div>
              <a href={s.url} rel="noopener" className="font-medium underline underline-offset-2">
                {s.title}
              </a>
              <span className="text-zinc-600 dark:text-zinc-400"> · {s.publisher}</span>{" "}
              <Badge tone={s.primary ? "green" : "amber"}>{s.primary ? "Primary (OpenAI)" : "Secondary"}</Badge>
              <p className="mt-0.5 text-zinc-600 dark:text-zinc-400">
                Seen {formatDate(s.seen)}
                {s.note && (
                  <>
                    . <DatedText text={s.note} />
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

import Link from "next/link";
import { formatDate } from "@/lib/as-of";
import type { Guide } from "@/lib/content/guides";
import { DatedText } from "@/components/site/dated-text";

export function GuideCard({ guide, headingLevel = 3 }: { guide: Guide; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="hover:border-accent-400 dark:hover:border-accent-600 relative flex flex-col rounded-xl border border-zinc-200 p-5 transition-colors dark:border-zinc-800">
      <H className="font-serif text-lg leading-snug font-semibold text-zinc-900 dark:text-white">
        <Link href={guide.url} className="after:absolute after:inset-0">
          {guide.title}
        </Link>
      </H>
      <p className="mt-2 flex-1 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
        <DatedText text={guide.description} />
      </p>
      <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
        Last verified <time dateTime={guide.lastVerified}>{formatDate(guide.lastVerified)}</time> ·{" "}
        {guide.readingMinutes} min read
      </p>
    </article>
  );
}

import { DatedText } from "@/components/site/dated-text";
import { ARTICLE_IDS } from "@/lib/urls";
export function ShortAnswer({ text }: { text: string }) {
  return (
    <section
      aria-labelledby={ARTICLE_IDS.shortAnswer}
      className="border-accent-300 bg-accent-50 dark:border-accent-700 rounded-xl border px-5 py-4 dark:bg-zinc-900"
    >
      <h2
        id={ARTICLE_IDS.shortAnswer}
        className="text-accent-800 dark:text-accent-300 text-xs font-bold tracking-widest uppercase"
      >
        Short answer
      </h2>
      <p className="mt-2 text-lg leading-relaxed text-zinc-900 dark:text-zinc-100">
        <DatedText text={text} />
      </p>
    </section>
  );
}

import { DatedText } from "@/components/site/dated-text";
export function ShortAnswer({ text }: { text: string }) {
  return (
    <section
      aria-labelledby="short-answer"
      className="border-accent-300 bg-accent-50 dark:border-accent-700 rounded-xl border px-5 py-4 dark:bg-zinc-900"
    >
      <h2
        id="short-answer"
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

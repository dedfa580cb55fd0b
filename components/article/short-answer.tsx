export function ShortAnswer({ children }: { children: string }) {
  return (
    <section aria-labelledby="short-answer" className="rounded-xl border border-accent-300 bg-accent-50 px-5 py-4 dark:border-accent-700 dark:bg-zinc-900">
      <h2 id="short-answer" className="text-xs font-bold tracking-widest text-accent-800 uppercase dark:text-accent-300">
        Short answer
      </h2>
      <p className="mt-2 text-lg leading-relaxed text-zinc-900 dark:text-zinc-100">{children}</p>
    </section>
  );
}

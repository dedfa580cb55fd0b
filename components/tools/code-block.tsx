import { highlight } from "@/lib/tools/highlight";
import { LANG_LABEL, type Lang } from "@/lib/tools/requests";

/**
 * A highlighted code sample, rendered at build time (class names, no inline styles, no script). The text
 * stays plain and selectable; the copy button is hidden until the `copy` island, which fills it in, runs.
 */
export async function CodeBlock({ id, code, lang, label }: { id: string; code: string; lang: Lang; label?: string }) {
  const lines = await highlight(code, lang);
  return (
    <figure className="not-prose my-3 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
      <div className="flex items-center justify-between gap-3 border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 dark:border-zinc-800 dark:bg-zinc-900">
        <figcaption className="text-xs font-semibold tracking-wide text-zinc-700 uppercase dark:text-zinc-300">
          {label ?? LANG_LABEL[lang]}
        </figcaption>
        <span className="flex items-center gap-2">
          <span data-copy-status={id} role="status" className="text-xs text-zinc-600 dark:text-zinc-400" />
          <button
            type="button"
            hidden
            data-copy={id}
            className="rounded border border-zinc-300 bg-white px-2 py-0.5 text-xs font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700"
          >
            Copy<span className="sr-only"> {label ?? LANG_LABEL[lang]} code</span>
          </button>
        </span>
      </div>
      <pre
        id={id}
        tabIndex={0}
        className="overflow-x-auto bg-white p-3 font-mono text-[0.8125rem] leading-relaxed text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
      >
        <code>
          {lines.map((spans, i) => (
            <span key={i}>
              {spans.map((s, j) =>
                s.className ? (
                  <span key={j} className={s.className}>
                    {s.text}
                  </span>
                ) : (
                  s.text
                ),
              )}
              {i < lines.length - 1 ? "\n" : ""}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}

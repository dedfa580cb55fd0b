/**
 * Plain content text in which `backticks` mark identifiers (model ids, parameters). Renders those
 * spans as <code>; everything else stays text, so nothing in the data is ever parsed as HTML.
 * Identifiers do not wrap: a model id broken across lines is easy to misread or mistype.
 */
export function CodeText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code
            key={i}
            className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.875em] whitespace-nowrap text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100"
          >
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

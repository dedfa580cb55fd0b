import type { Heading } from "@/lib/content/mdx";

/** On-page contents, shown beside the article on wide screens. */
export function Toc({ headings }: { headings: Heading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="font-semibold text-zinc-900 dark:text-white">On this page</p>
      <ol className="mt-3 space-y-2 border-l border-zinc-200 dark:border-zinc-800">
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? "pl-6" : "pl-3"}>
            <a
              href={`#${h.id}`}
              className="block text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white"
            >
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import Link from "next/link";
import { DatedText } from "@/components/site/dated-text";

/** "Related guides" and "Next steps": internal links checked by the content check at build time. */
export function LinkList({
  title,
  id,
  links,
  more,
}: {
  title: string;
  id: string;
  links: Array<{ href: string; label: string; hint?: string }>;
  /** Where the rest of a shortened list lives. */
  more?: { href: string; label: string };
}) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        {title}
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className="hover:border-accent-400 dark:hover:border-accent-600 block h-full rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800"
            >
              <span className="font-medium text-zinc-900 dark:text-white">{l.label}</span>
              {l.hint && (
                <span data-markdown="hint" className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">
                  <DatedText text={l.hint} />
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      {more && (
        <p className="mt-4 text-sm">
          <Link
            href={more.href}
            className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
          >
            {more.label} →
          </Link>
        </p>
      )}
    </section>
  );
}

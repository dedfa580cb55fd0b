import Link from "next/link";
import { DatedText } from "@/components/site/dated-text";
import { PAGES } from "@/lib/urls";

/** Where to go from a page that has nothing of its own to show: /search/ without JavaScript, and the 404. */
export const PLACES = [
  { href: PAGES.names, label: "All names", hint: "Every OpenAI image name, grouped by layer, with its status." },
  { href: PAGES.guides, label: "Guides", hint: "Short answers, then the detail, each with its sources." },
  {
    href: PAGES.timeline,
    label: "Timeline",
    hint: "Every release, shutdown announcement and shutdown, in date order.",
  },
  {
    href: PAGES.picker,
    label: "Route picker",
    hint: "ChatGPT, Codex, the API or a provider: a few questions, one answer.",
  },
] as const;

export function Wayfinding({ headingId, title }: { headingId: string; title: string }) {
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        {title}
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {PLACES.map((p) => (
          <li key={p.href}>
            <Link
              href={p.href}
              className="hover:border-accent-400 dark:hover:border-accent-600 block h-full rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800"
            >
              <span className="font-medium text-zinc-900 dark:text-white">{p.label}</span>
              <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">
                <DatedText text={p.hint} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import Link from "next/link";
import { asOfDate, formatDate } from "@/lib/as-of";
import { site } from "@/lib/site";
import { PAGES } from "@/lib/urls";

export function SiteFooter() {
  const asOf = asOfDate();
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-zinc-50 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-serif text-base font-semibold text-zinc-900 dark:text-white">{site.name}</p>
          <p className="mt-2">
            An independent guide to OpenAI&apos;s image-product names. Not affiliated with OpenAI. Every page shows when
            it was last verified and which sources back it.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1.5">
            <li>
              <Link className="underline-offset-2 hover:underline" href={PAGES.guides}>
                All guides
              </Link>
            </li>
            <li>
              <Link className="underline-offset-2 hover:underline" href={PAGES.names}>
                Names glossary
              </Link>
            </li>
            <li>
              <Link className="underline-offset-2 hover:underline" href={PAGES.timeline}>
                Timeline
              </Link>
            </li>
            <li>
              <Link className="underline-offset-2 hover:underline" href={PAGES.picker}>
                Route picker
              </Link>
            </li>
            <li>
              <Link className="underline-offset-2 hover:underline" href={PAGES.api}>
                API, Markdown and feeds
              </Link>
            </li>
          </ul>
        </nav>
        <p>
          Facts come from OpenAI&apos;s documentation, SDK and help pages where possible; claims that rest on secondary
          sources are labelled on the page.
        </p>
        <p className="sm:col-span-3" data-as-of={asOf}>
          Statuses and dated wording as of <time dateTime={asOf}>{formatDate(asOf)}</time>, the day this page was built;
          where scripts run, they follow your calendar (a shutdown date that has passed reads as passed).
        </p>
      </div>
    </footer>
  );
}

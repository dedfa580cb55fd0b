import Link from "next/link";
import { site } from "@/lib/site";
import { SearchIcon } from "@/components/ui/search-icon";
import { PAGES } from "@/lib/urls";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white/95 dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href={PAGES.home}
          className="flex items-center gap-2 font-serif text-lg font-semibold tracking-tight text-zinc-900 dark:text-white"
        >
          <span
            aria-hidden="true"
            className="from-accent-400 to-accent-700 inline-block size-5 rounded-sm bg-gradient-to-br"
          />
          {site.name}
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-1 text-sm font-medium">
          {site.nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded px-2.5 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              {item.label}
            </Link>
          ))}
          <a
            href={PAGES.search}
            data-search-open=""
            className="ml-1 inline-flex items-center gap-2 rounded-md border border-zinc-300 px-2.5 py-1.5 text-zinc-600 hover:border-zinc-400 hover:text-zinc-900 dark:border-zinc-700 dark:text-zinc-300 dark:hover:border-zinc-500 dark:hover:text-white"
          >
            <SearchIcon />
            Search
            <kbd className="hidden rounded border border-zinc-300 px-1 font-sans text-xs text-zinc-500 sm:inline dark:border-zinc-600 dark:text-zinc-400">
              /
            </kbd>
          </a>
        </nav>
      </div>
    </header>
  );
}

import { PageDates } from "@/components/article/page-dates";
import { OverallScore } from "@/components/routes/score";
import { SearchMeta } from "@/components/site/search-meta";
import { DatedText } from "@/components/site/dated-text";
import type { Route } from "@/lib/content/routes";

/** The top of a route profile: category, name, dates, then the verdict beside the overall score. */
export function RouteHeader({ route }: { route: Route }) {
  return (
    <>
      <SearchMeta type="Route" category={route.category} />
      <header className="max-w-3xl">
        <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
          Route profile · {route.category}
        </p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold tracking-tight text-balance text-zinc-900 sm:text-4xl dark:text-white">
          {route.name}
        </h1>
        <div className="mt-4" data-pagefind-ignore="">
          <PageDates lastVerified={route.lastVerified} />
        </div>
      </header>

      <div className="border-accent-300 bg-accent-50 dark:border-accent-700 mt-8 max-w-3xl rounded-xl border px-5 py-4 sm:flex sm:items-start sm:gap-6 dark:bg-zinc-900">
        <div className="min-w-0 flex-1">
          <h2 className="text-accent-800 dark:text-accent-300 text-xs font-bold tracking-widest uppercase">Verdict</h2>
          <p className="mt-2 text-lg leading-relaxed text-zinc-900 dark:text-zinc-100">
            <DatedText text={route.verdict} />
          </p>
        </div>
        <div className="border-accent-300 dark:border-accent-700 mt-4 shrink-0 border-t pt-3 sm:mt-0 sm:border-t-0 sm:border-l sm:pt-0 sm:pl-6">
          <p className="text-accent-800 dark:text-accent-300 text-xs font-bold tracking-widest uppercase">
            Editorial score
          </p>
          <div className="mt-1">
            <OverallScore value={route.overall} size="lg" />
          </div>
          <a
            href="#scorecard"
            className="text-accent-800 dark:text-accent-300 mt-2 inline-block text-sm underline underline-offset-2"
          >
            How it is scored
          </a>
        </div>
      </div>
    </>
  );
}

import Link from "next/link";
import { OverallScore } from "@/components/routes/score";
import { formatDate } from "@/lib/as-of";
import { getRoute, type Route } from "@/lib/content/routes";
import { DatedText } from "@/components/site/dated-text";

/** A route profile in brief: category, verdict, the editorial score and when it was last checked. */
export function RouteCardView({ route, headingLevel = 3 }: { route: Route; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="not-prose hover:border-accent-400 dark:hover:border-accent-600 relative flex h-full flex-col rounded-xl border border-zinc-200 bg-white p-5 transition-colors dark:border-zinc-800 dark:bg-zinc-950">
      <p className="text-accent-700 dark:text-accent-300 text-xs font-semibold tracking-wide uppercase">
        {route.category}
      </p>
      <H className="mt-1 font-serif text-xl leading-snug font-semibold text-zinc-900 dark:text-white">
        <Link href={route.url} className="after:absolute after:inset-0">
          {route.name}
          <span className="sr-only"> route profile</span>
        </Link>
      </H>
      <p className="mt-2 flex-1 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
        <DatedText text={route.verdict} />
      </p>
      <div className="mt-4 flex flex-wrap items-end justify-between gap-3 border-t border-zinc-100 pt-3 dark:border-zinc-800">
        <div>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">Editorial score</p>
          <OverallScore value={route.overall} />
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Last verified <time dateTime={route.lastVerified}>{formatDate(route.lastVerified)}</time>
        </p>
      </div>
    </article>
  );
}

/** `<RouteCard route="api" />` in a guide. */
export function RouteCard({ route }: { route: string }) {
  const r = getRoute(route);
  if (!r) throw new Error(`<RouteCard route="${route}">: no route profile content/routes/${route}.yaml`);
  return (
    <div className="my-6 max-w-xl">
      <RouteCardView route={r} />
    </div>
  );
}

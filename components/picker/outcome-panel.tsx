import Link from "next/link";
import { StatusBadge } from "@/components/site/status-badge";
import { DatedText } from "@/components/site/dated-text";
import type { OutcomeView } from "@/lib/picker/view";

type Level = 2 | 3;
const SUB = "mt-6 text-sm font-bold tracking-wide text-zinc-900 uppercase dark:text-zinc-100";
const LINK =
  "font-medium text-accent-700 underline decoration-accent-600/40 underline-offset-2 hover:decoration-accent-600 dark:text-accent-300";

/**
 * One outcome: the route, why, the names to use (never a shut-down one: the view filters them), the
 * route test as a visible list and, once the island is running, "Copy as checklist".
 */
export function OutcomePanel({ outcome, level, idPrefix }: { outcome: OutcomeView; level: Level; idPrefix: string }) {
  const H = level === 2 ? "h2" : "h3";
  const Sub = level === 2 ? "h3" : "h4";
  const headingId = `${idPrefix}-${outcome.id}-title`;
  const checks = [...outcome.routeTest, ...outcome.extraChecks];
  return (
    <section aria-labelledby={headingId} data-checklist={outcome.checklist} className="min-w-0">
      <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
        Suggested route: {outcome.route.name}
      </p>
      {/* tabIndex -1: the island moves focus here when the result appears. */}
      <H
        id={headingId}
        tabIndex={-1}
        className="mt-1 font-serif text-2xl leading-tight font-semibold text-balance text-zinc-900 sm:text-3xl dark:text-white"
      >
        {outcome.title}
      </H>
      <p className="mt-3 leading-relaxed text-zinc-800 dark:text-zinc-200">
        <DatedText text={outcome.why} />
      </p>
      <p className="mt-3 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
        Read the{" "}
        <Link href={outcome.route.url} className={LINK}>
          {outcome.route.name} route profile
        </Link>{" "}
        for who owns the limits and the bill, when to stop and the editorial scorecard.
      </p>

      {outcome.names.length > 0 && (
        <>
          <Sub className={SUB}>Names involved</Sub>
          <ul className="mt-2 flex flex-wrap gap-2">
            {outcome.names.map((n) => (
              <li
                key={n.slug}
                className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 px-3 py-1.5 text-sm dark:border-zinc-700"
              >
                <Link href={n.url} className={LINK}>
                  {n.name}
                </Link>
                <StatusBadge name={n} />
              </li>
            ))}
          </ul>
        </>
      )}

      <Sub className={SUB}>Route test</Sub>
      <ol className="mt-2 list-decimal space-y-1.5 pl-5 text-sm leading-relaxed text-zinc-800 marker:text-zinc-600 dark:text-zinc-200 dark:marker:text-zinc-400">
        {checks.map((c) => (
          <li key={c}>
            <DatedText text={c} />
          </li>
        ))}
      </ol>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-zinc-800 dark:text-zinc-200">
          What to log ({outcome.route.whatToLog.length} items)
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed text-zinc-700 marker:text-zinc-600 dark:text-zinc-300 dark:marker:text-zinc-400">
          {outcome.route.whatToLog.map((w) => (
            <li key={w}>
              <DatedText text={w} />
            </li>
          ))}
        </ul>
      </details>
      {/* Hidden without JavaScript: the island shows it where the Clipboard API exists. */}
      <div data-picker-copy-row="" hidden className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          data-picker-copy=""
          className="border-accent-700 text-accent-800 hover:bg-accent-50 dark:border-accent-300 dark:text-accent-300 inline-flex min-h-11 items-center rounded-lg border px-4 font-semibold dark:hover:bg-zinc-800"
        >
          Copy as checklist
        </button>
        <span data-picker-copied="" className="text-sm font-medium text-emerald-700 dark:text-emerald-400" />
      </div>

      {outcome.guides.length > 0 && (
        <>
          <Sub className={SUB}>Read next</Sub>
          <ul className="mt-2 space-y-1.5 text-sm">
            {outcome.guides.map((g) => (
              <li key={g.href}>
                <Link href={g.href} className={LINK}>
                  {g.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

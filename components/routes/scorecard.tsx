import { DatedText } from "@/components/site/dated-text";
import { DataTable } from "@/components/ui/data-table";
import { FACTOR_LABELS, FACTORS, type Route } from "@/lib/content/routes";
import { OverallScore, Pips } from "./score";

/** The editorial scorecard: each deciding factor rated 1–5 with its reason, and the overall score out of 10. */
export function Scorecard({ route }: { route: Route }) {
  return (
    <>
      <DataTable
        caption={`Editorial scorecard for ${route.name}: each factor rated from 1 to 5`}
        columns={[
          { key: "factor", label: "Factor" },
          { key: "rating", label: "Rating" },
          { key: "reason", label: "Why" },
        ]}
        rows={FACTORS.map((f) => ({
          key: f,
          cells: {
            factor: FACTOR_LABELS[f],
            rating: (
              <span className="inline-flex flex-col gap-1 whitespace-nowrap">
                <span className="font-semibold tabular-nums">{route.scorecard[f].score} / 5</span>
                <Pips filled={route.scorecard[f].score} total={5} />
              </span>
            ),
            reason: <DatedText text={route.scorecard[f].reason} />,
          },
        }))}
      />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3 rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <div>
          <p className="text-sm font-semibold text-zinc-900 dark:text-white">Overall editorial score</p>
          <OverallScore value={route.overall} />
        </div>
        <p className="min-w-0 flex-1 basis-64 text-sm leading-relaxed text-zinc-600 dark:text-zinc-400">
          Our editorial judgment, not a measurement or a benchmark: the five ratings added up and scaled to 10. A lower
          score does not make a route wrong for its job; it says how much control and evidence the route gives you.
        </p>
      </div>
    </>
  );
}

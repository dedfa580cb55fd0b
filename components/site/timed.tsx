import type { ReactNode } from "react";
import manifest from "@/lib/islands/manifest.json";

export interface TimedVariant {
  /** First day (YYYY-MM-DD, UTC) this variant applies; the first variant has none. */
  from?: string;
  node: ReactNode;
}

/**
 * Something that reads differently from a known day on: a status badge, a dated sentence. The variant
 * for the build's as-of date is visible; later ones are rendered `hidden` (and kept out of the search
 * index), and the `dated` island shows the one for the reader's day. Without JavaScript the page reads
 * as of its build date, which the footer states.
 */
export function Timed({ variants }: { variants: readonly TimedVariant[] }) {
  if (variants.length === 1) return <>{variants[0]!.node}</>;
  return (
    <span data-timed="">
      {variants.map((v, i) => (
        <span key={v.from ?? "now"} data-from={v.from} hidden={i > 0} data-pagefind-ignore={i > 0 ? "" : undefined}>
          {v.node}
        </span>
      ))}
      <DatedIsland />
    </span>
  );
}

/**
 * The island's script tag. React 19 hoists an async script into <head> and renders it once however many
 * components ask for it, so only pages that show something time-bound load the island.
 */
export function DatedIsland() {
  return <script type="module" async src={manifest.dated} data-island="dated" fetchPriority="low" />;
}

/** A day count that the island keeps current: "3 days" to (or since) `date`. */
export function DaysTo({ date, days }: { date: string; days: number }) {
  const abs = Math.abs(days);
  return <span data-days-to={date}>{`${abs} day${abs === 1 ? "" : "s"}`}</span>;
}

import type { ReactNode } from "react";
import { DatedText } from "@/components/site/dated-text";
import { ROUTE_SECTIONS, type RouteSectionId } from "@/lib/urls";

export const PROSE = "mt-3 leading-relaxed text-zinc-800 dark:text-zinc-200";
const LIST =
  "mt-4 space-y-2 pl-5 leading-relaxed text-zinc-800 marker:text-zinc-600 dark:marker:text-zinc-400 dark:text-zinc-200";

/** One titled section of a route profile; its id and title are the ones the contents and the content check use. */
export function RouteSection({ id, children }: { id: RouteSectionId; children: ReactNode }) {
  const title = ROUTE_SECTIONS.find((s) => s.id === id)?.text;
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="scroll-mt-4 font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A bulleted (or, for steps, numbered) list of content sentences, each rendered through DatedText. */
export function DatedList({ items, numbered = false }: { items: readonly string[]; numbered?: boolean }) {
  const entries = items.map((t) => (
    <li key={t}>
      <DatedText text={t} />
    </li>
  ));
  return numbered ? (
    <ol className={`${LIST} list-decimal`}>{entries}</ol>
  ) : (
    <ul className={`${LIST} list-disc`}>{entries}</ul>
  );
}

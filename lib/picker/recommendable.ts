import type { NameStatus } from "../names/status";
import { isRecommendable } from "../names/status";

/** A name that an outcome or a route still recommends although it is shut down or about to be. */
export interface StaleRecommendation {
  /** "outcome api-batch" or "route api". */
  where: string;
  slug: string;
  status: NameStatus["kind"];
}

interface Recommends {
  names: readonly string[];
}

/**
 * Names listed by outcomes and routes whose status, as of the build date, rules them out. The pages
 * never show these (see `recommendableOnly`); a unit test fails while the data still lists any.
 */
export function staleRecommendations(
  outcomes: ReadonlyArray<Recommends & { id: string }>,
  routes: ReadonlyArray<Recommends & { id: string }>,
  statusOf: (slug: string) => NameStatus | undefined,
): StaleRecommendation[] {
  const check = (where: string, names: readonly string[]) =>
    names.flatMap((slug) => {
      const status = statusOf(slug);
      return status && !isRecommendable(status) ? [{ where, slug, status: status.kind }] : [];
    });
  return [
    ...outcomes.flatMap((o) => check(`outcome ${o.id}`, o.names)),
    ...routes.flatMap((r) => check(`route ${r.id}`, r.names)),
  ];
}

/** The names of a list that may be shown as a recommendation today, in their listed order. */
export function recommendableOnly<T extends { status: NameStatus }>(
  slugs: readonly string[],
  lookup: (slug: string) => T | undefined,
): T[] {
  return slugs.flatMap((slug) => {
    const name = lookup(slug);
    return name && isRecommendable(name.status) ? [name] : [];
  });
}

import type { NameEntry } from "../content/schemas/name";
import type { DateLookup } from "./markers";

/** Dated markers read their dates from the glossary's lifecycles: the date is written once, there. */
export function lifecycleLookup(entries: ReadonlyArray<Pick<NameEntry, "slug" | "lifecycle">>): DateLookup {
  const bySlug = new Map(entries.map((e) => [e.slug, e.lifecycle]));
  return (slug, event) => {
    const l = bySlug.get(slug);
    if (!l) return undefined;
    if (event === "shutdown") return (l.shutDown ?? l.shutdownScheduled)?.date;
    // `event in l` has just shown it is a key of this lifecycle.
    if (event in l) return l[event as keyof typeof l]?.date;
    return undefined;
  };
}

import { asOfDate } from "../as-of";
import { slugify } from "../names/slug";
import { deriveStatus, statusChanges, type NameStatus, type ReleaseDate, type StatusChange } from "../names/status";
import { dateCaveat } from "./evidence";
import { getSources, loadSourcesWithIssues, type Source } from "./sources";
import { nameSchema, type Layer, type NameEntry } from "./schemas/name";
import { throwIfErrors, type ContentIssue } from "./issues";
import { memoInProduction, readYamlFolder, type Loaded } from "./read";
import { nameUrl } from "../urls";

export type { Layer, NameEntry };

/** A glossary entry as pages use it: the validated data plus its URL and derived status. */
export interface NameRecord extends NameEntry {
  url: string;
  status: NameStatus;
  /** The status on the as-of date, then each later status its dates already imply (for the `dated` island). */
  statusChanges: StatusChange[];
  /** The release date with how it is known, as a newer name's status dates by it. */
  release?: ReleaseDate;
  file: string;
}

export function loadNamesWithIssues(): { records: Loaded<NameEntry>[]; issues: ContentIssue[] } {
  return readYamlFolder("names", nameSchema);
}

/**
 * Records with their statuses as of `asOf`. `sourceOf` finds a cited source, so a status dated by another
 * name's release ("Previous generation since …") carries that date's caveat (secondary sources, a quote).
 */
export function toNameRecords(
  entries: ReadonlyArray<{ data: NameEntry; file: string }>,
  asOf: string,
  sourceOf: (id: string) => Source | undefined,
): NameRecord[] {
  const released = new Map(entries.map((e) => [e.data.slug, releaseDate(e.data, sourceOf)]));
  const releasedOf = (slug: string) => released.get(slug);
  return entries.map(({ data, file }) => {
    const release = released.get(data.slug);
    return {
      ...data,
      file,
      url: nameUrl(data.slug),
      ...(release ? { release } : {}),
      status: deriveStatus(data, asOf, releasedOf),
      statusChanges: statusChanges(data, asOf, releasedOf),
    };
  });
}

/** A name's release date with its caveat, as every status dated by it shows it. */
export function releaseDate(
  n: Pick<NameEntry, "lifecycle">,
  sourceOf: (id: string) => Source | undefined,
): ReleaseDate | undefined {
  const e = n.lifecycle.released;
  if (!e) return undefined;
  const caveat = dateCaveat(e, sourceOf);
  return caveat ? { date: e.date, caveat } : { date: e.date };
}

/** Records as of `asOf`, read afresh with the sources they cite (for the checks and tests, which pick the day). */
export function nameRecordsAsOf(asOf: string): NameRecord[] {
  const byId = new Map(loadSourcesWithIssues().sources.map((s) => [s.id, s]));
  return toNameRecords(loadNamesWithIssues().records, asOf, (id) => byId.get(id));
}

export const getNames = memoInProduction((): NameRecord[] => {
  const { records, issues } = loadNamesWithIssues();
  throwIfErrors(issues);
  const sources = getSources();
  return toNameRecords(records, asOfDate(), (id) => sources.get(id));
});

export function getNameMap(): Map<string, NameRecord> {
  return new Map(getNames().map((n) => [n.slug, n]));
}

export function getName(slug: string): NameRecord | undefined {
  return getNameMap().get(slug);
}

/** Every alias slug that is not itself a name, mapped to the name it belongs to (for alias redirect pages). */
export function getAliasSlugs(): Map<string, NameRecord> {
  const names = getNames();
  const taken = new Set(names.map((n) => n.slug));
  const out = new Map<string, NameRecord>();
  for (const n of names) {
    for (const alias of n.aliases) {
      const s = slugify(alias);
      if (s && !taken.has(s) && !out.has(s)) out.set(s, n);
    }
  }
  return out;
}

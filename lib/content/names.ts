import { asOfDate } from "../as-of";
import { slugify } from "../names/slug";
import { deriveStatus, statusChanges, type NameStatus, type StatusChange } from "../names/status";
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
  file: string;
}

export function loadNamesWithIssues(): { records: Loaded<NameEntry>[]; issues: ContentIssue[] } {
  return readYamlFolder("names", nameSchema);
}

export function toNameRecords(entries: ReadonlyArray<{ data: NameEntry; file: string }>, asOf: string): NameRecord[] {
  const released = new Map(entries.map((e) => [e.data.slug, e.data.lifecycle.released?.date]));
  return entries.map(({ data, file }) => ({
    ...data,
    file,
    url: nameUrl(data.slug),
    status: deriveStatus(data, asOf, (slug) => released.get(slug)),
    statusChanges: statusChanges(data, asOf, (slug) => released.get(slug)),
  }));
}

export const getNames = memoInProduction((): NameRecord[] => {
  const { records, issues } = loadNamesWithIssues();
  throwIfErrors(issues);
  return toNameRecords(records, asOfDate());
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

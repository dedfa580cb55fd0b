import { sourcesFileSchema, type Source } from "./schemas/source";
import { throwIfErrors, type ContentIssue } from "./issues";
import { memoInProduction, readYamlFile, type Loaded } from "./read";

export type { Source };

export function loadSourcesWithIssues(): {
  sources: Source[];
  record?: Loaded<{ sources: Source[] }>;
  issues: ContentIssue[];
} {
  const { records, issues } = readYamlFile("sources.yaml", sourcesFileSchema);
  const record = records[0];
  return { sources: record?.data.sources ?? [], record, issues };
}

export const getSources = memoInProduction((): Map<string, Source> => {
  const { sources, issues } = loadSourcesWithIssues();
  throwIfErrors(issues);
  return new Map(sources.map((s) => [s.id, s]));
});

/** Resolves source ids to records; unknown ids are reported by the content check, so they are skipped here. */
export function resolveSources(ids: readonly string[]): Source[] {
  const all = getSources();
  return ids.flatMap((id) => {
    const s = all.get(id);
    return s ? [s] : [];
  });
}

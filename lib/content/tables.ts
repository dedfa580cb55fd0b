import { comparisonTableSchema, type ComparisonTableData } from "./schemas/table";
import { throwIfErrors } from "./issues";
import { memoInProduction, readYamlFolder } from "./read";

export type { ComparisonTableData };

export function loadTablesWithIssues() {
  return readYamlFolder("tables", comparisonTableSchema);
}

export const getTables = memoInProduction((): Map<string, ComparisonTableData> => {
  const { records, issues } = loadTablesWithIssues();
  throwIfErrors(issues);
  return new Map(records.map((r) => [r.data.id, r.data]));
});

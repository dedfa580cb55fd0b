import type { Verification } from "./schemas/common";
import { capabilitiesSchema, type Capabilities, type Support } from "./schemas/capabilities";
import { throwIfErrors } from "./issues";
import { memoInProduction, readYamlFile } from "./read";

export type { Support };

/** A cell with the row's defaults filled in: every cell carries its own sources and verification. */
export interface CapabilityCell {
  value: Support;
  note?: string;
  since?: string;
  changed?: { date: string; from: Support; to: Support };
  sources: string[];
  verification: Verification;
}

export interface CapabilityRow {
  feature: string;
  label: string;
  code?: string;
  cells: Record<string, CapabilityCell>;
}

export interface CapabilityMatrixData {
  models: string[];
  rows: CapabilityRow[];
  asOf: string;
}

export function loadCapabilitiesWithIssues() {
  return readYamlFile("data/capabilities.yaml", capabilitiesSchema);
}

export function resolveCapabilities(data: Capabilities): CapabilityMatrixData {
  return {
    models: data.models,
    asOf: data.asOf,
    rows: data.rows.map((row) => ({
      feature: row.feature,
      label: row.label,
      ...(row.code ? { code: row.code } : {}),
      cells: Object.fromEntries(
        data.models.map((m) => {
          const c = row.cells[m]!;
          // A cell may carry its own sources and verification; the schema allows them on some cell kinds only.
          const { sources, verification, ...rest } = c as typeof c & {
            sources?: string[];
            verification?: Verification;
          };
          return [m, { ...rest, sources: sources ?? row.sources, verification: verification ?? row.verification }];
        }),
      ),
    })),
  };
}

export const getCapabilities = memoInProduction((): CapabilityMatrixData => {
  const { records, issues } = loadCapabilitiesWithIssues();
  throwIfErrors(issues);
  if (!records[0]) throw new Error("content/data/capabilities.yaml is missing");
  return resolveCapabilities(records[0].data);
});

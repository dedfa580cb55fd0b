import { pickerSchema, type PickerData } from "./schemas/picker";
import { throwIfErrors } from "./issues";
import { memoInProduction, readYamlFile } from "./read";

export type { PickerData };

export function loadPickerWithIssues() {
  return readYamlFile("picker.yaml", pickerSchema);
}

export const getPicker = memoInProduction((): PickerData => {
  const { records, issues } = loadPickerWithIssues();
  throwIfErrors(issues);
  if (!records[0]) throw new Error("content/picker.yaml is missing");
  return records[0].data;
});

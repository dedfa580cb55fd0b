import { homeSchema, type HomeData } from "./schemas/home";
import { throwIfErrors } from "./issues";
import { memoInProduction, readYamlFile } from "./read";

export function loadHomeWithIssues() {
  return readYamlFile("home.yaml", homeSchema);
}

export const getHome = memoInProduction((): HomeData => {
  const { records, issues } = loadHomeWithIssues();
  throwIfErrors(issues);
  if (!records[0]) throw new Error("content/home.yaml is missing");
  return records[0].data;
});

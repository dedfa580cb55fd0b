import { loadParametersWithIssues, loadPricingWithIssues } from "../data";
import { loadGuidesWithIssues } from "../guides";
import { loadHomeWithIssues } from "../home";
import { sortIssues, type ContentIssue } from "../issues";
import { loadNamesWithIssues } from "../names";
import { loadPickerWithIssues } from "../picker";
import { loadRoutesWithIssues } from "../routes";
import { loadSourcesWithIssues } from "../sources";
import { loadTablesWithIssues } from "../tables";
import { checkReferences } from "./references";
import type { ContentSnapshot } from "./snapshot";

/** Loads every collection once, collecting schema problems instead of stopping at the first. */
export function loadSnapshot(): { snapshot: ContentSnapshot; issues: ContentIssue[] } {
  const sources = loadSourcesWithIssues();
  const names = loadNamesWithIssues();
  const guides = loadGuidesWithIssues();
  const routes = loadRoutesWithIssues();
  const tables = loadTablesWithIssues();
  const picker = loadPickerWithIssues();
  const pricing = loadPricingWithIssues();
  const parameters = loadParametersWithIssues();
  const home = loadHomeWithIssues();
  return {
    snapshot: {
      sources: sources.record ? [sources.record] : [],
      names: names.records,
      guides: guides.guides,
      routes: routes.records,
      tables: tables.records,
      picker: picker.records,
      pricing: pricing.records,
      parameters: parameters.records,
      home: home.records,
    },
    issues: [
      ...sources.issues,
      ...names.issues,
      ...guides.issues,
      ...routes.issues,
      ...tables.issues,
      ...picker.issues,
      ...pricing.issues,
      ...parameters.issues,
      ...home.issues,
    ],
  };
}

/** Every problem in the content, located and sorted; errors and warnings together. */
export async function checkContent(): Promise<ContentIssue[]> {
  const { snapshot, issues } = loadSnapshot();
  return sortIssues([...issues, ...checkReferences(snapshot)]);
}

import { loadCapabilitiesWithIssues } from "../capabilities";
import { loadParametersWithIssues, loadPricingWithIssues } from "../data";
import { loadGuidesWithIssues } from "../guides";
import { loadHomeWithIssues } from "../home";
import path from "node:path";
import { contentDir, publicDir } from "../paths";
import { sortIssues, type ContentIssue } from "../issues";
import { loadNamesWithIssues } from "../names";
import { loadPickerWithIssues } from "../picker";
import { loadRoutesWithIssues } from "../routes";
import { loadSourcesWithIssues } from "../sources";
import { loadTablesWithIssues } from "../tables";
import { loadDeclared } from "./declared";
import { checkComponents } from "./components";
import { checkDates } from "./dates";
import { checkDatedWording } from "./dated";
import { checkDuplicates } from "./duplicates";
import { checkEvidence } from "./evidence";
import { checkEditorMistakes } from "./editor-mistakes";
import { checkFreshness } from "./freshness";
import { checkHeadingIds } from "./heading-ids";
import { checkImages } from "./images";
import { checkDataLinks, checkMdxLinks } from "./links";
import { checkMdxReferences } from "./mdx-references";
import { parseGuide } from "./mdx-tree";
import { checkPicker } from "./picker";
import { checkPlaceholders } from "./placeholders";
import { checkReferences } from "./references";
import { siteMap } from "./site-paths";
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
  const capabilities = loadCapabilitiesWithIssues();
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
      capabilities: capabilities.records,
      home: home.records,
      declared: loadDeclared(),
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
      ...capabilities.issues,
      ...home.issues,
    ],
  };
}

/** Reads the content under `dir` (default: CONTENT_DIR, else content/), read at call time. */
function loadFrom(dir: string | undefined) {
  if (dir === undefined) return loadSnapshot();
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    return loadSnapshot();
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
}

/** Every problem in the content, located and sorted; errors and warnings together. */
export async function checkContent(
  options: { contentDir?: string; publicDir?: string; parse?: typeof parseGuide } = {},
): Promise<ContentIssue[]> {
  const { snapshot, issues } = loadFrom(options.contentDir);
  // `parse` lets the build's content check answer unchanged guides from its cache (scripts/lib/parse-cache.ts).
  // One guide at a time: started together, every guide's parse and plugin run were alive at once (a third of
  // the check's memory at 1,000 guides) for no gain, since parsing is synchronous work on one core.
  const parsed: Awaited<ReturnType<typeof parseGuide>>[] = [];
  for (const guide of snapshot.guides) parsed.push(await (options.parse ?? parseGuide)(guide));
  const trees = parsed.map((p) => p.tree);
  const site = siteMap(snapshot, trees);
  const components = checkComponents(trees);
  return sortIssues([
    ...issues,
    ...parsed.flatMap((p) => p.issues),
    ...checkReferences(snapshot),
    ...checkPicker(snapshot),
    ...checkDuplicates(snapshot),
    ...checkEvidence(snapshot),
    ...components.issues,
    ...checkMdxReferences(components.uses, snapshot),
    ...checkHeadingIds(trees),
    ...checkMdxLinks(trees, site),
    ...checkDataLinks(snapshot, site),
    ...checkPlaceholders(snapshot, trees),
    ...checkDatedWording(snapshot, trees, components.uses),
    ...checkImages(trees, path.resolve(options.publicDir ?? publicDir())),
    ...checkFreshness(snapshot),
    ...checkDates(snapshot),
    ...checkEditorMistakes(snapshot, trees, path.resolve(options.contentDir ?? contentDir())),
  ]);
}

import path from "node:path";
import type { ContentIssue } from "../issues";
import { publicDir } from "../paths";
import { checkComponents } from "./components";
import { componentsInHeadings } from "./editor-mistakes";
import { checkHeadingIds } from "./heading-ids";
import { checkImages } from "./images";
import { loadSnapshot } from "./index";
import { checkMdxLinks } from "./links";
import { checkMdxReferences } from "./mdx-references";
import { parseGuide } from "./mdx-tree";
import { siteMap } from "./site-paths";

/**
 * The body checks for one guide, for `next dev`: the guide page runs them before compiling, so a
 * mistake shows the same located message as `npm run content:check` in the browser, not a compiler
 * stack trace. Links to other guides' anchors are not checked here (the full check does that).
 */
export async function checkGuideBody(slug: string): Promise<ContentIssue[]> {
  const { snapshot } = loadSnapshot();
  const guide = snapshot.guides.find((g) => g.slug === slug);
  if (!guide) return [];
  const { tree, issues } = await parseGuide(guide);
  const trees = [tree];
  const components = checkComponents(trees);
  return [
    ...issues,
    ...components.issues,
    ...componentsInHeadings(tree),
    ...checkMdxReferences(components.uses, snapshot),
    ...checkHeadingIds(trees),
    ...checkMdxLinks(trees, siteMap(snapshot, trees)),
    ...checkImages(trees, path.resolve(publicDir())),
  ];
}

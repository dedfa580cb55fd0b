import type { ContentIssue } from "../issues";
import { filePos, type GuideTree } from "./mdx-tree";
import { guidePageIds } from "./site-paths";

/**
 * A body heading whose id equals one the page adds itself (## FAQ → #faq, ## Sources → #sources) would
 * give the page two elements with one id, and links to it would land on the wrong one.
 */
export function checkHeadingIds(trees: readonly GuideTree[]): ContentIssue[] {
  return trees.flatMap((tree) => {
    const taken = new Set(guidePageIds(tree.guide));
    return tree.headings
      .filter((h) => taken.has(h.id))
      .map((h): ContentIssue => ({
        file: tree.guide.file,
        ...filePos(tree, h),
        message: `heading id "#${h.id}" is already used by the page's own ${h.id.startsWith("source-") ? "sources list" : "section"}`,
        fix: "reword the heading; the page adds the short answer, FAQ, sources and next steps itself from the frontmatter",
        severity: "error",
      }));
  });
}

import { existsSync } from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../issues";
import { filePos, walk, type GuideTree } from "./mdx-tree";

/** Every Markdown image in a guide has alt text and a file in public/ (the site loads nothing off-origin). */
export function checkImages(trees: readonly GuideTree[], root: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const tree of trees) {
    if (!tree.root) continue;
    walk(tree.root, (node) => {
      if (node.type !== "image") return;
      const at = { file: tree.guide.file, ...filePos(tree, node), severity: "error" as const };
      const src = node.url ?? "";
      if (!node.alt?.trim()) {
        issues.push({
          ...at,
          message: `image "${src}" has no alt text`,
          fix: "describe what the image shows between the brackets: ![A table of model names](/images/x.png)",
        });
      }
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        issues.push({
          ...at,
          message: `image "${src}" is on another site`,
          fix: "save the file under public/ (for example public/images/) and write its path: /images/file.png",
        });
      } else if (!src.startsWith("/")) {
        issues.push({
          ...at,
          message: `image path "${src}" does not start with "/"`,
          fix: "write the path from public/, for example /images/file.png for public/images/file.png",
        });
      } else {
        const file = path.join(root, decodeURI(src.split(/[?#]/)[0] ?? ""));
        if (!file.startsWith(root + path.sep) || !existsSync(file)) {
          issues.push({
            ...at,
            message: `image file ${path.relative(process.cwd(), file)} does not exist`,
            fix: "add the file to public/ at that path, or correct the path",
          });
        }
      }
    });
  }
  return issues;
}

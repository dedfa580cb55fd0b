import type { ContentIssue } from "../issues";
import type { Loaded } from "../read";
import { filePos, walk, type GuideTree } from "./mdx-tree";
import { yamlRecords, type ContentSnapshot } from "./snapshot";

/** The scaffolds (npm run new:guide / new:name) fill required fields with "TODO: …" text. */
const PLACEHOLDER = /\bTODO\b/;
const FIX = "replace the TODO text with the real content; content/README.md explains each field";

function strings(value: unknown, path: PropertyKey[], visit: (s: string, path: PropertyKey[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...path, i], visit));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) strings(v, [...path, k], visit);
}

/**
 * Placeholder text left in anything that publishes is an error; a draft guide may keep its TODOs
 * (it is never built into the site).
 */
export function checkPlaceholders(s: ContentSnapshot, trees: readonly GuideTree[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const scan = (rec: Pick<Loaded<unknown>, "file" | "doc">, data: unknown) =>
    strings(data, [], (value, path) => {
      if (PLACEHOLDER.test(value))
        issues.push({
          file: rec.file,
          ...rec.doc.locate(path),
          message: `placeholder text left in \`${path.join(".")}\``,
          fix: FIX,
          severity: "error",
        });
    });
  for (const r of yamlRecords(s)) scan(r, r.data);
  for (const tree of trees) {
    if (tree.guide.frontmatter.draft) continue;
    scan(tree.guide, tree.guide.frontmatter);
    if (!tree.root) continue;
    walk(tree.root, (node) => {
      if ((node.type === "text" || node.type === "inlineCode") && PLACEHOLDER.test(node.value ?? "")) {
        issues.push({
          file: tree.guide.file,
          ...filePos(tree, node),
          message: "placeholder text left in the body",
          fix: FIX,
          severity: "error",
        });
      }
    });
  }
  return issues;
}

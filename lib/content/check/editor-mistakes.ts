import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../issues";
import { contentDir, displayPath } from "../paths";
import { filePos, walk, type GuideTree, type MdNode } from "./mdx-tree";
import type { ContentSnapshot } from "./snapshot";

/** Fewer words of prose than this is a stub, not a guide (a scaffold's TODOs alone run to about 40). */
export const MIN_BODY_WORDS = 80;

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The folders the loaders read, and the one kind of file each reads; anything else would be ignored. */
const COLLECTIONS: Array<{ folder: string; ext: string; kind: string }> = [
  { folder: "guides", ext: ".mdx", kind: "guide" },
  { folder: "names", ext: ".yaml", kind: "glossary name" },
  { folder: "routes", ext: ".yaml", kind: "route profile" },
  { folder: "tables", ext: ".yaml", kind: "table" },
];

const error = (file: string, line: number, column: number, message: string, fix: string): ContentIssue => ({
  file,
  line,
  column,
  message,
  fix,
  severity: "error",
});

/**
 * A component inside a heading puts its whole markup into the <h2>: the id loses the component's text
 * (`why--matters`), the table of contents reads "Why  matters" and a <Term> popover sits in the heading.
 */
export function componentsInHeadings(tree: GuideTree): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!tree.root) return issues;
  walk(tree.root, (node) => {
    if (node.type !== "heading") return;
    walk(node, (inner) => {
      if (inner.type !== "mdxJsxTextElement" && inner.type !== "mdxJsxFlowElement") return;
      const pos = filePos(tree, inner);
      issues.push(
        error(
          tree.guide.file,
          pos.line,
          pos.column,
          `\`<${inner.name ?? ""}>\` inside a heading; headings take plain text only`,
          `write the heading as plain text and use \`<${inner.name ?? ""}>\` in the paragraph below it`,
        ),
      );
    });
  });
  return issues;
}

/** Words a reader sees in the body's own text: paragraphs, lists, quotes and tables, not headings or markup. */
function proseWords(root: MdNode): number {
  let words = 0;
  const count = (node: MdNode) => {
    if (node.type === "heading") return;
    if ((node.type === "text" || node.type === "inlineCode") && node.value)
      words += node.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    node.children?.forEach(count);
  };
  count(root);
  return words;
}

function shortBody(tree: GuideTree): ContentIssue[] {
  if (!tree.root || tree.guide.frontmatter.draft) return [];
  const words = proseWords(tree.root);
  if (words >= MIN_BODY_WORDS) return [];
  const message =
    words === 0
      ? "the guide has no body text"
      : `the body has ${words} word${words === 1 ? "" : "s"} of text; a published guide needs at least ${MIN_BODY_WORDS}`;
  return [
    error(
      tree.guide.file,
      tree.guide.bodyStartLine,
      1,
      message,
      "write the guide's sections below the frontmatter, or set `draft: true` until it is written",
    ),
  ];
}

/** A related guide that is a draft is left out of the built page without a word: say so here. */
function relatedDrafts(s: ContentSnapshot): ContentIssue[] {
  const drafts = new Set(s.guides.filter((g) => g.frontmatter.draft).map((g) => g.slug));
  return s.guides
    .filter((g) => !g.frontmatter.draft)
    .flatMap((g) =>
      g.frontmatter.related.flatMap((slug, i) => {
        if (!drafts.has(slug)) return [];
        const pos = g.doc.locate(["related", i]);
        return [
          error(
            g.file,
            pos.line,
            pos.column,
            `related guide "${slug}" is a draft, which is not published, so the page would leave it out`,
            `publish that guide first (remove \`draft: true\`), or take "${slug}" out of \`related\``,
          ),
        ];
      }),
    );
}

/**
 * Files the loaders would skip or publish at a wrong address: another type in a collection folder
 * (a `notes.md` among the guides is silently ignored) and names that are not lowercase slugs (the file
 * name is the page address: `Who-Bills.mdx` would publish /guides/Who-Bills/).
 */
function collectionFiles(root: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { folder, ext, kind } of COLLECTIONS) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      // Editors' and systems' own hidden files (.DS_Store, .gitkeep) are not content.
      if (name.startsWith(".")) continue;
      const file = displayPath(path.join(dir, name));
      if (statSync(path.join(dir, name)).isDirectory()) {
        issues.push(
          error(
            file,
            1,
            1,
            `folder "${name}" inside content/${folder}/ is not read`,
            `move its files up into content/${folder}/, or out of content/`,
          ),
        );
        continue;
      }
      const actualExt = path.extname(name);
      const stem = name.slice(0, name.length - actualExt.length);
      if (actualExt !== ext) {
        issues.push(
          error(
            file,
            1,
            1,
            `"${name}" is not a ${kind} file: content/${folder}/ reads only ${ext} files, so this one is ignored`,
            actualExt.toLowerCase() === ext ||
              (ext === ".yaml" && actualExt.toLowerCase() === ".yml") ||
              (ext === ".mdx" && actualExt.toLowerCase() === ".md")
              ? `rename it to ${stem.toLowerCase()}${ext}`
              : `if it is a ${kind}, rename it to ${stem.toLowerCase()}${ext}; otherwise move it out of content/${folder}/`,
          ),
        );
        continue;
      }
      if (!SLUG_FILE.test(stem)) {
        const suggested = stem
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-+|-+$/g, "");
        issues.push(
          error(
            file,
            1,
            1,
            `file name "${name}" is not a lowercase slug; the file name is the page address`,
            `rename it to ${suggested || "a-lowercase-name"}${ext} (lowercase letters, digits and single hyphens)`,
          ),
        );
      }
    }
  }
  return issues;
}

/** Mistakes that used to publish a broken page or drop content silently, each stopped with its fix. */
export function checkEditorMistakes(
  s: ContentSnapshot,
  trees: readonly GuideTree[],
  root: string = contentDir(),
): ContentIssue[] {
  return [
    ...trees.flatMap(componentsInHeadings),
    ...trees.flatMap(shortBody),
    ...relatedDrafts(s),
    ...collectionFiles(root),
  ];
}

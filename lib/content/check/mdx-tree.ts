import { createProcessor } from "@mdx-js/mdx";
import type { RawGuide } from "../guides";
import type { ContentIssue } from "../issues";
import { emptyBodyIds, type FoundHeading } from "../mdx-headings";
import { mdxPlugins } from "../mdx-pipeline";
import { mdxSyntaxIssue } from "./mdx-syntax";

/** The parts of an mdast / MDX node the checks read (the full types live in packages we do not depend on). */
export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: string;
  depth?: number;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: EstreeProgram };
}

export interface MdAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: string | null | { type: "mdxJsxAttributeValueExpression"; value: string; data?: { estree?: EstreeProgram } };
  position?: { start: { line: number; column: number } };
}

export interface EstreeProgram {
  body: Array<{ type: string; expression?: EstreeNode }>;
}

export interface EstreeNode {
  type: string;
  value?: unknown;
  elements?: Array<EstreeNode | null>;
  expressions?: EstreeNode[];
  quasis?: Array<{ value: { cooked?: string | null } }>;
  operator?: string;
  argument?: EstreeNode;
  loc?: { start: { line: number; column: number } };
}

/** A heading's id, with the heading's position in the body (from the one heading collector). */
export type HeadingId = FoundHeading;

/** A guide body parsed once for every MDX check. */
export interface GuideTree {
  guide: RawGuide;
  /** undefined when the body does not compile (the syntax issue is reported instead). */
  root?: MdNode;
  /** Every element id in the rendered body (rehype-slug heading ids), as the page will have them. */
  ids: Set<string>;
  /** The id rehype-slug gave each heading, with the heading's position in the body. */
  headings: HeadingId[];
}

export async function parseGuide(guide: RawGuide): Promise<{ tree: GuideTree; issues: ContentIssue[] }> {
  const found = emptyBodyIds();
  // The compile's own plugins (mdx-pipeline.ts), so heading ids match the built page.
  const p = createProcessor(mdxPlugins(found));
  try {
    const parsed = p.parse(guide.body);
    // run() mutates the tree (it unwraps paragraphs that hold only components), so run it on a copy.
    // `as never`: createProcessor's types say run() takes the compiled ESTree program, but it runs the
    // remark and rehype plugins on the mdast tree that parse() returned.
    await p.run(structuredClone(parsed) as never);
    // MdNode is the slice of mdast the checks read (mdast's own types are not a dependency here).
    const root = parsed as unknown as MdNode;
    return { tree: { guide, root, ids: found.ids, headings: found.headings }, issues: [] };
  } catch (error) {
    return {
      tree: { guide, ids: found.ids, headings: [] },
      issues: [mdxSyntaxIssue(error, guide.file, guide.bodyStartLine)],
    };
  }
}

/** A position inside the body, as a line and column of the whole .mdx file (frontmatter included). */
export function filePos(
  tree: GuideTree,
  node: { position?: { start: { line: number; column: number } } } | undefined,
): { line: number; column: number } {
  const start = node?.position?.start;
  return start
    ? { line: start.line + tree.guide.bodyStartLine - 1, column: start.column }
    : { line: tree.guide.bodyStartLine, column: 1 };
}

/** Depth-first walk with each node's parent. */
export function walk(node: MdNode, visit: (node: MdNode, parent: MdNode | undefined) => void, parent?: MdNode): void {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

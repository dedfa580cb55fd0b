/** The one heading collector: the table of contents (compile) and the heading-id checks (content check) read it. */

/** A table-of-contents entry of the guide page. */
export interface Heading {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface FoundHeading {
  id: string;
  text: string;
  depth: 1 | 2 | 3 | 4 | 5 | 6;
  position?: { start: { line: number; column: number } };
}

/** What the collector found in one rendered body, in document order. */
export interface BodyIds {
  /** Every element id (rehype-slug heading ids and any other), as the page will have them. */
  ids: Set<string>;
  headings: FoundHeading[];
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  position?: { start: { line: number; column: number } };
}

export function emptyBodyIds(): BodyIds {
  return { ids: new Set(), headings: [] };
}

function textOf(node: HastNode): string {
  if (node.type === "text") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

function headingDepth(node: HastNode): FoundHeading["depth"] | undefined {
  const m = node.type === "element" ? /^h([1-6])$/.exec(node.tagName ?? "") : null;
  // The regex admits only 1-6, the members of the union.
  return m ? (Number(m[1]) as FoundHeading["depth"]) : undefined;
}

/** Rehype plugin (after rehype-slug): records every element id and every heading into `found`. */
export function collectIdsPlugin(found: BodyIds) {
  return () => (tree: HastNode) => {
    const walk = (node: HastNode) => {
      const id = node.properties?.id;
      if (typeof id === "string") {
        found.ids.add(id);
        const depth = headingDepth(node);
        if (depth) found.headings.push({ id, text: textOf(node).trim(), depth, position: node.position });
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

/** The h2 and h3 headings, for the table of contents. */
export function tocHeadings(found: BodyIds): Heading[] {
  return found.headings.flatMap(({ id, text, depth }) => (depth === 2 || depth === 3 ? [{ id, text, depth }] : []));
}

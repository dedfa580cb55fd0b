export interface Heading {
  id: string;
  text: string;
  depth: 2 | 3;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === "text") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

/** Rehype plugin (after rehype-slug): records h2/h3 ids and text for the table of contents. */
export function headingsPlugin(into: Heading[]) {
  return () => (tree: HastNode) => {
    const walk = (node: HastNode) => {
      if (node.type === "element" && (node.tagName === "h2" || node.tagName === "h3")) {
        const id = node.properties?.id;
        if (typeof id === "string") into.push({ id, text: textOf(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

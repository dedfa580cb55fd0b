import type { EstreeNode, MdAttribute } from "./mdx-tree";

/** A prop value read from MDX source without running it, with the body position of each list item. */
export type PropValue =
  { ok: true; value: unknown; itemPositions: Array<{ line: number; column: number } | undefined> } | { ok: false };

/** Literals only: strings, numbers, booleans, null, plain template strings and lists of those. */
function evaluate(node: EstreeNode | null | undefined): { ok: true; value: unknown } | { ok: false } {
  if (!node) return { ok: false };
  switch (node.type) {
    case "Literal":
      return typeof node.value === "object" && node.value !== null ? { ok: false } : { ok: true, value: node.value };
    case "TemplateLiteral":
      return node.expressions?.length
        ? { ok: false }
        : { ok: true, value: node.quasis?.map((q) => q.value.cooked ?? "").join("") ?? "" };
    case "UnaryExpression": {
      const arg = evaluate(node.argument);
      return node.operator === "-" && arg.ok && typeof arg.value === "number"
        ? { ok: true, value: -arg.value }
        : { ok: false };
    }
    case "ArrayExpression": {
      const out: unknown[] = [];
      for (const el of node.elements ?? []) {
        const v = evaluate(el);
        if (!v.ok) return v;
        out.push(v.value);
      }
      return { ok: true, value: out };
    }
    default:
      return { ok: false };
  }
}

export function readAttribute(attr: MdAttribute): PropValue {
  // <X open /> is true, <X slug="a" /> is the text.
  if (attr.value === null || attr.value === undefined) return { ok: true, value: true, itemPositions: [] };
  if (typeof attr.value === "string") return { ok: true, value: attr.value, itemPositions: [] };
  const statement = attr.value.data?.estree?.body[0];
  if (!statement || statement.type !== "ExpressionStatement" || attr.value.data?.estree?.body.length !== 1)
    return { ok: false };
  const result = evaluate(statement.expression);
  if (!result.ok) return result;
  // estree columns count from 0; mdast columns from 1.
  const itemPositions = (statement.expression?.elements ?? []).map((el) =>
    el?.loc ? { line: el.loc.start.line, column: el.loc.start.column + 1 } : undefined,
  );
  return { ok: true, value: result.value, itemPositions };
}

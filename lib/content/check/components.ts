import { isMdxComponentName, MDX_COMPONENTS, type MdxComponentName } from "../mdx-props";
import type { ContentIssue } from "../issues";
import { describeZodIssue, fieldName } from "../validate";
import { readAttribute } from "./attributes";
import { closest } from "./closest";
import { filePos, walk, type GuideTree, type MdNode } from "./mdx-tree";

type Pos = { line: number; column: number };

/** A registry component used in a guide, with props that passed its schema. */
export interface ComponentUse {
  tree: GuideTree;
  name: MdxComponentName;
  node: MdNode;
  props: Record<string, unknown>;
  /** File position of a prop, or of one item of a list prop: `at("names", 2)`. */
  at(prop: string, index?: number): Pos;
}

const COMPONENT_LIST = Object.keys(MDX_COMPONENTS).join(", ");
const isBlank = (n: MdNode) => n.type === "text" && !(n.value ?? "").trim();

/** True when a component sits alone in its paragraph; MDX then renders it as a block, not inside a <p>. */
function standsAlone(node: MdNode, parent: MdNode | undefined): boolean {
  if (node.type === "mdxJsxFlowElement") return true;
  return parent?.type === "paragraph" && (parent.children ?? []).every((c) => c === node || isBlank(c));
}

function hasContent(node: MdNode): boolean {
  return (node.children ?? []).some((c) => !isBlank(c));
}

function checkElement(
  tree: GuideTree,
  node: MdNode,
  parent: MdNode | undefined,
  issue: (n: unknown, message: string, fix: string, pos?: Pos) => void,
): ComponentUse | undefined {
  const name = node.name;
  if (!name) {
    issue(node, "empty tags `<>…</>` are not allowed in guides", "remove the `<>` and `</>`");
    return undefined;
  }
  if (/^[a-z]/.test(name)) {
    issue(
      node,
      `raw HTML \`<${name}>\` is not allowed in guides`,
      name === "img"
        ? "use Markdown for images: ![what it shows](/images/file.png)"
        : `use Markdown or a component (${COMPONENT_LIST})`,
    );
    return undefined;
  }
  if (!isMdxComponentName(name)) {
    const guess = closest(name, Object.keys(MDX_COMPONENTS));
    issue(
      node,
      `\`<${name}>\` is not a component guides can use`,
      guess ? `did you mean \`<${guess}>\`? The components are: ${COMPONENT_LIST}` : `use one of: ${COMPONENT_LIST}`,
    );
    return undefined;
  }
  const spec = MDX_COMPONENTS[name];
  const props: Record<string, unknown> = {};
  const positions = new Map<string, { pos: Pos; items: Array<Pos | undefined> }>();
  let readable = true;
  for (const attr of node.attributes ?? []) {
    const pos = filePos(tree, attr.position ? attr : node);
    if (attr.type === "mdxJsxExpressionAttribute" || !attr.name) {
      issue(
        attr,
        `\`<${name}>\` has a \`{...}\` spread, which guides cannot use`,
        'write each prop as name="value"',
        pos,
      );
      readable = false;
      continue;
    }
    if (attr.name in props) issue(attr, `\`<${name}>\` has the prop \`${attr.name}\` twice`, "keep one of them", pos);
    const value = readAttribute(attr);
    if (!value.ok) {
      issue(
        attr,
        `\`<${name}>\` prop \`${attr.name}\` is code the check cannot read`,
        'write text in quotes (kind="note") and lists of quoted text in braces (names={["a", "b"]})',
        pos,
      );
      readable = false;
      continue;
    }
    props[attr.name] = value.value;
    const items = value.itemPositions.map((p) =>
      p ? { line: p.line + tree.guide.bodyStartLine - 1, column: p.column } : undefined,
    );
    positions.set(attr.name, { pos, items });
  }
  const nodePos = filePos(tree, node);
  const at = (prop: string, index?: number): Pos => {
    const p = positions.get(prop);
    return (index === undefined ? undefined : p?.items[index]) ?? p?.pos ?? nodePos;
  };
  if (spec.children === "none" && hasContent(node)) {
    issue(node, `\`<${name}>\` takes nothing between its tags`, `write it self-closing, for example: ${spec.example}`);
  }
  if (spec.children === "required" && !hasContent(node)) {
    issue(
      node,
      `\`<${name}>\` is empty`,
      `put the text between the tags, for example: ${spec.example.split("\n").join(" ")}`,
    );
  }
  if (spec.block && !standsAlone(node, parent)) {
    issue(
      node,
      `\`<${name}>\` is a block and cannot sit inside a sentence`,
      "put it on its own line, with a blank line before and after",
    );
  }
  if (!readable) return undefined;
  const parsed = spec.props.safeParse(props, { reportInput: true });
  if (!parsed.success) {
    const allowed = Object.keys(spec.props.shape);
    for (const zi of parsed.error.issues) {
      if (zi.code === "unrecognized_keys") {
        for (const key of zi.keys) {
          const guess = closest(key, allowed);
          issue(
            node,
            `\`<${name}>\` has no prop \`${key}\``,
            allowed.length
              ? `${guess ? `did you mean \`${guess}\`? ` : ""}its props are: ${allowed.join(", ")}`
              : "it takes no props; remove it",
            at(key),
          );
        }
        continue;
      }
      const [prop, index] = zi.path as [string | undefined, number | undefined];
      if (zi.code === "invalid_type" && zi.input === undefined && zi.path.length === 1) {
        issue(node, `\`<${name}>\` needs the prop \`${prop}\``, `for example: ${spec.example.split("\n")[0]}`);
        continue;
      }
      const d = describeZodIssue(zi, fieldName(zi.path));
      issue(
        node,
        `\`<${name}>\` prop ${d.message}`,
        d.fix,
        at(prop ?? "", typeof index === "number" ? index : undefined),
      );
    }
    return undefined;
  }
  return { tree, name, node, props: parsed.data as Record<string, unknown>, at };
}

/** Every component, expression, import and heading in the guides, checked against mdx-props.ts. */
export function checkComponents(trees: readonly GuideTree[]): { uses: ComponentUse[]; issues: ContentIssue[] } {
  const uses: ComponentUse[] = [];
  const issues: ContentIssue[] = [];
  for (const tree of trees) {
    if (!tree.root) continue;
    const issue = (n: unknown, message: string, fix: string, pos?: Pos) =>
      issues.push({ file: tree.guide.file, ...(pos ?? filePos(tree, n as MdNode)), message, fix, severity: "error" });
    walk(tree.root, (node, parent) => {
      switch (node.type) {
        case "mdxjsEsm":
          issue(
            node,
            "`import` and `export` lines are not allowed in guides",
            "remove the line; every component is available without importing it",
          );
          break;
        case "mdxFlowExpression":
        case "mdxTextExpression":
          // {/* comment */} parses to an empty program; anything else would run code.
          if (node.data?.estree?.body.length)
            issue(
              node,
              "`{…}` runs code, which guides cannot do",
              "write `\\{` for a literal brace, or {/* text */} for a comment",
            );
          break;
        case "heading":
          if (node.depth === 1)
            issue(
              node,
              "a `# ` heading in the body; the page already prints the title as the only one",
              "use `## ` for sections and `### ` below them",
            );
          break;
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement": {
          const use = checkElement(tree, node, parent, issue);
          if (use) uses.push(use);
          break;
        }
      }
    });
  }
  return { uses, issues };
}

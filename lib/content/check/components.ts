import { isMdxComponentName, MDX_COMPONENTS, type MdxComponentName, type ParsedMdxProps } from "../mdx-props";
import type { ContentIssue } from "../issues";
import { describeZodIssue, fieldName } from "../validate";
import { readAttribute } from "./attributes";
import { closest } from "./closest";
import { filePos, walk, type GuideTree, type MdNode } from "./mdx-tree";

type Pos = { line: number; column: number };

/** A registry component used in a guide, with props that passed its schema: `name` tells their type. */
export type ComponentUse = ParsedMdxProps & {
  tree: GuideTree;
  node: MdNode;
  /** File position of a prop, or of one item of a list prop: `at("names", 2)`. */
  at(prop: string, index?: number): Pos;
};

/** Reports a problem at `pos`, or at the node or attribute it is about. */
type Issue = (n: { position?: { start: Pos } }, message: string, fix: string, pos?: Pos) => void;

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

/** Phase 1: the tag is a registry component (not a fragment, raw HTML or an unknown name). */
function componentName(node: MdNode, issue: Issue): MdxComponentName | undefined {
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
  return name;
}

interface ReadProps {
  props: Record<string, unknown>;
  at: (prop: string, index?: number) => Pos;
  /** false when a prop is a spread or code: the schema check would only add noise then. */
  readable: boolean;
}

/** Phase 2: each attribute as a value, with the file position of the prop and of each list item. */
function readProps(tree: GuideTree, node: MdNode, name: MdxComponentName, issue: Issue): ReadProps {
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
  return { props, at, readable };
}

/** Phase 3: children and placement follow the component's spec. */
function checkPlacement(node: MdNode, parent: MdNode | undefined, name: MdxComponentName, issue: Issue): void {
  const spec = MDX_COMPONENTS[name];
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
}

/** Phase 4: the props against the component's zod schema, each problem at the prop it is about. */
function parseProps(node: MdNode, name: MdxComponentName, read: ReadProps, issue: Issue): ParsedMdxProps | undefined {
  const spec = MDX_COMPONENTS[name];
  const parsed = spec.props.safeParse(read.props, { reportInput: true });
  if (parsed.success) {
    // MDX_COMPONENTS pairs each name with its schema, so the data has this name's props; TypeScript
    // cannot follow that pairing through the union of all the specs.
    return { name, props: parsed.data } as ParsedMdxProps;
  }
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
          read.at(key),
        );
      }
      continue;
    }
    const [prop, index] = zi.path;
    if (zi.code === "invalid_type" && zi.input === undefined && zi.path.length === 1) {
      issue(node, `\`<${name}>\` needs the prop \`${String(prop)}\``, `for example: ${spec.example.split("\n")[0]}`);
      continue;
    }
    const d = describeZodIssue(zi, fieldName(zi.path));
    issue(
      node,
      `\`<${name}>\` prop ${d.message}`,
      d.fix,
      read.at(typeof prop === "string" ? prop : "", typeof index === "number" ? index : undefined),
    );
  }
  return undefined;
}

function checkElement(
  tree: GuideTree,
  node: MdNode,
  parent: MdNode | undefined,
  issue: Issue,
): ComponentUse | undefined {
  const name = componentName(node, issue);
  if (!name) return undefined;
  const read = readProps(tree, node, name, issue);
  checkPlacement(node, parent, name, issue);
  if (!read.readable) return undefined;
  const parsed = parseProps(node, name, read, issue);
  return parsed && { ...parsed, tree, node, at: read.at };
}

/** Every component, expression, import and heading in the guides, checked against mdx-props.ts. */
export function checkComponents(trees: readonly GuideTree[]): { uses: ComponentUse[]; issues: ContentIssue[] } {
  const uses: ComponentUse[] = [];
  const issues: ContentIssue[] = [];
  for (const tree of trees) {
    if (!tree.root) continue;
    const issue: Issue = (n, message, fix, pos) =>
      issues.push({ file: tree.guide.file, ...(pos ?? filePos(tree, n)), message, fix, severity: "error" });
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

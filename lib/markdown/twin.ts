/**
 * Markdown twins of guide and name pages, derived from the exported HTML article itself
 * (rehype-parse → rehype-remark → remark-gfm → remark-stringify). Deriving from the page rather than
 * from the sources means the twin holds exactly what a reader sees, including text a component computes
 * (statuses, dated wording resolved for the build) and data tables, which become Markdown tables.
 *
 * Left out, because a reader of the page does not read them as text: elements with `hidden` or
 * `aria-hidden="true"`, tooltips (a <Term>'s definition would repeat inline), scripts, forms and controls,
 * and anything marked `data-markdown="skip"` (the "Copy as Markdown" control itself, the name page's
 * sidebar with the second copy of "At a glance"), screen-reader-only text (it repeats what the visible text
 * says, as in a citation's "[2]") and heading anchor links.
 * `data-pagefind-ignore` is kept: it marks the page dates, which the twin must carry.
 * Shaped for Markdown: a visual label (`data-markdown="label"`, badges and claim labels) becomes bold
 * text set off by spaces, a hint under a link title (`data-markdown="hint"`) follows it after a colon,
 * a qualifier under a name (`data-markdown="qualifier"`, such as the API surfaces under a parameter) follows
 * it in parentheses, a definition list becomes "Term: value" items, a callout (<aside>: "What changed since
 * the April–May 2026 sources", a warning) becomes a blockquote, and in-page #links become text.
 * A table cell stays on one line, as a Markdown table needs: a list in it becomes "• item" runs, and its
 * paragraphs are set off by spaces (a line break inside a cell would end the table row). A table's caption
 * becomes a bold line above it.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const DROP_TAGS = new Set(["script", "style", "template", "button", "form", "input", "select", "svg", "noscript"]);

function dropped(el: Element): boolean {
  const p = el.properties;
  return (
    DROP_TAGS.has(el.tagName) ||
    (p.hidden !== undefined && p.hidden !== false) ||
    p.ariaHidden === "true" ||
    p.role === "tooltip" ||
    p.dataMarkdown === "skip" ||
    classes(el).includes("sr-only") ||
    classes(el).includes("heading-anchor")
  );
}

const classes = (el: Element): string[] => {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};
const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties: {},
  children,
});

/** <dl><dt>Published</dt><dd>…</dd></dl> → a list of "Published: …" items. */
function definitionList(dl: Element): Element {
  const items: Element[] = [];
  const pairs = collect(dl, (n) => n.tagName === "dt" || n.tagName === "dd");
  for (const n of pairs) {
    if (n.tagName === "dt") items.push(el("li", [el("strong", n.children), text(": ")]));
    else items.at(-1)?.children.push(...n.children);
  }
  return el("ul", items);
}

function collect(node: Element, match: (e: Element) => boolean): Element[] {
  return node.children.flatMap((c) => (c.type !== "element" ? [] : match(c) ? [c] : collect(c, match)));
}

function findArticle(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "article") return child;
    const found = findArticle(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Drops what a reader does not see and makes site links absolute, so the twin works anywhere.
 * The `as T[]` casts: the nodes made here (text, strong, a definition list) are valid both as root and as
 * element content, which TypeScript cannot see through the generic `T`.
 */
function prune<T extends RootContent | ElementContent>(nodes: T[], origin: string): T[] {
  return nodes.flatMap((n) => {
    if (n.type === "comment") return [];
    if (n.type !== "element") return [n];
    if (dropped(n)) return [];
    if (n.tagName === "dl") return prune([definitionList(n)] as T[], origin);
    if (n.tagName === "aside") return [el("blockquote", prune(n.children, origin))] as T[];
    if (n.properties.dataMarkdown === "label")
      return [text(" "), el("strong", prune(n.children, origin)), text(" ")] as T[];
    if (n.properties.dataMarkdown === "hint") return [text(": "), ...prune(n.children, origin)] as T[];
    if (n.properties.dataMarkdown === "qualifier") return [text(" ("), ...prune(n.children, origin), text(")")] as T[];
    const href = n.properties.href;
    if (typeof href === "string" && href.startsWith("#")) return prune(n.children as T[], origin);
    if (typeof href === "string" && href.startsWith("/")) n.properties.href = `${origin}${href}`;
    const src = n.properties.src;
    if (typeof src === "string" && src.startsWith("/")) n.properties.src = `${origin}${src}`;
    n.children = prune(n.children, origin);
    if (n.tagName === "td" || n.tagName === "th") n.children = oneLine(n.children);
    if (n.tagName === "table") return [...captionAbove(n), n] as T[];
    return [n];
  });
}

/**
 * A Markdown table has no caption, and a caption says what the numbers are ("estimated output cost per image,
 * USD (input tokens extra)"): it moves out of the table to a bold line above it. A caption only screen readers
 * get (one the page shows above the table itself) was dropped with the screen-reader text.
 */
function captionAbove(table: Element): Element[] {
  const caption = table.children.find((c): c is Element => c.type === "element" && c.tagName === "caption");
  if (!caption) return [];
  table.children = table.children.filter((c) => c !== caption);
  return [el("p", [el("strong", caption.children)])];
}

const BLOCKS = new Set(["p", "div", "ul", "ol", "li", "br"]);

/** A cell's content without the blocks that would break its table row: list items become "• item" or "1. item" runs. */
function oneLine(nodes: ElementContent[], ordered = false): ElementContent[] {
  let item = 0;
  return nodes.flatMap((n) => {
    if (n.type !== "element" || !BLOCKS.has(n.tagName)) return [n];
    const inner = oneLine(n.children, n.tagName === "ol");
    if (n.tagName !== "li") return [text(" "), ...inner, text(" ")];
    return [text(ordered ? ` ${++item}. ` : " • "), ...inner, text(" ")];
  });
}

export interface TwinInput {
  /** The exported page's HTML. */
  html: string;
  /** Absolute URL of the page. */
  url: string;
  origin: string;
  asOf: string;
}

/** The page's <article> as Markdown, under a line that names the page and the as-of date. */
export async function markdownTwin({ html, url, origin, asOf }: TwinInput): Promise<string> {
  const tree = unified().use(rehypeParse).parse(html);
  const article = findArticle(tree);
  if (!article) throw new Error(`markdown twin: no <article> in ${url}`);
  const root: Root = { type: "root", children: prune([article], origin) };
  const processor = unified()
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "_", rule: "-", fences: true });
  const mdast = await processor.run(root);
  // run() is typed as returning a unist Node; after rehype-remark it is the mdast root stringify takes.
  const body = processor.stringify(mdast as Parameters<typeof processor.stringify>[0]).trim();
  return `> Markdown version of ${url} (as of ${asOf}).\n\n${body}\n`;
}

/** parse5 helpers for tests that compare or inspect exported pages. */
import { parse, type DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];
type TextNode = DefaultTreeAdapterMap["textNode"];

export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

export function parseHtml(html: string, locations = false): Node {
  return parse(html, { sourceCodeLocationInfo: locations }) as unknown as Node;
}

export function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node as Element;
  if ("childNodes" in node) for (const c of node.childNodes) yield* elements(c);
}

export function find(root: Node, tag: string): Element | undefined {
  for (const el of elements(root)) if (el.tagName === tag) return el;
  return undefined;
}

const INVISIBLE = new Set(["script", "style", "template"]);

/** Text nodes a reader can see: outside script/style/template and outside elements marked `hidden`. */
export function* visibleTextNodes(node: Node): Generator<TextNode> {
  if (node.nodeName === "#text") {
    yield node as TextNode;
    return;
  }
  if ("tagName" in node) {
    const el = node as Element;
    if (INVISIBLE.has(el.tagName) || attr(el, "hidden") !== undefined) return;
  }
  if ("childNodes" in node) for (const c of node.childNodes) yield* visibleTextNodes(c);
}

export function visibleText(html: string): string {
  const body = find(parseHtml(html), "body");
  return body ? [...visibleTextNodes(body)].map((t) => t.value).join("") : "";
}

/** Every href on the page (links, stylesheets, canonical…), in document order. */
export function hrefs(html: string): string[] {
  const out: string[] = [];
  for (const el of elements(parseHtml(html))) {
    const href = attr(el, "href");
    if (href !== undefined && !isScriptPreload(el)) out.push(`${el.tagName} ${href}`);
  }
  return out;
}

export function isScriptPreload(el: Element): boolean {
  const rel = attr(el, "rel");
  return el.tagName === "link" && ((rel === "preload" && attr(el, "as") === "script") || rel === "modulepreload");
}

const serializeTag = (el: Element) => `<${el.tagName} ${el.attrs.map((a) => `${a.name}="${a.value}"`).join(" ")}>`;

/** The <head> tags search engines and browsers read: title, meta and links (script preloads aside). */
export function headTags(html: string): string[] {
  const head = find(parseHtml(html), "head");
  if (!head) return [];
  const out: string[] = [];
  for (const el of elements(head)) {
    if (el.tagName === "title") out.push(`<title>${textContent(el)}`);
    else if (el.tagName === "meta" || (el.tagName === "link" && !isScriptPreload(el))) out.push(serializeTag(el));
  }
  return out;
}

export function textContent(el: Element): string {
  return el.childNodes
    .map((c) => (c.nodeName === "#text" ? (c as TextNode).value : "tagName" in c ? textContent(c as Element) : ""))
    .join("");
}

/** Inline scripts whose text the page keeps on purpose: JSON-LD and island data blocks. */
export function dataScripts(html: string): string[] {
  const out: string[] = [];
  for (const el of elements(parseHtml(html))) {
    if (el.tagName !== "script") continue;
    if (attr(el, "type") === "application/ld+json" || attr(el, "data-island-data") !== undefined)
      out.push(`${serializeTag(el)}${textContent(el)}`);
  }
  return out;
}

export function scripts(html: string): Element[] {
  return [...elements(parseHtml(html))].filter((el) => el.tagName === "script");
}

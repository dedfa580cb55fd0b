/**
 * A strict little XML reader for the sitemap and the feeds: elements, attributes and text (CDATA
 * sections included, taken literally), with the five predefined entities and numeric references. It throws on anything not well-formed (a tag
 * closed out of order, an unknown entity, text outside the root), which is what the tests check.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  child(name: string): XmlElement | undefined;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  if (/[<]/.test(s)) throw new Error(`unescaped "<" in ${JSON.stringify(s.slice(0, 40))}`);
  return s.replace(/&([^;\s]*);|&/g, (m, name: string | undefined) => {
    if (name === undefined) throw new Error(`bare "&" in ${JSON.stringify(s.slice(0, 40))}`);
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const v = ENTITIES[name];
    if (v === undefined) throw new Error(`unknown entity ${m}`);
    return v;
  });
}

function element(name: string, attrs: Record<string, string>): XmlElement {
  const el: XmlElement = { name, attrs, children: [], text: "", child: (n) => el.children.find((c) => c.name === n) };
  return el;
}

export function parseXml(source: string): XmlElement {
  const body = source.replace(/^\uFEFF?<\?xml[^?]*\?>/, "");
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  while (token.lastIndex < body.length && (m = token.exec(body))) {
    const [whole, cdata, close, open, attrText, selfClose, text] = m;
    if (whole.startsWith("<!--")) continue;
    const top = stack[stack.length - 1];
    if (cdata !== undefined) {
      if (!top) throw new Error("CDATA outside the root element");
      top.text += cdata;
      continue;
    }
    if (text !== undefined) {
      if (top) top.text += decode(text);
      else if (text.trim()) throw new Error("text outside the root element");
    } else if (close !== undefined) {
      if (!top || top.name !== close) throw new Error(`</${close}> closes <${top?.name ?? "nothing"}>`);
      stack.pop();
    } else if (open !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? "");
      const el = element(open, attrs);
      if (top) top.children.push(el);
      else if (root) throw new Error("more than one root element");
      else root = el;
      if (!selfClose) stack.push(el);
    }
  }
  if (token.lastIndex < body.length && body.slice(token.lastIndex).trim())
    throw new Error(`cannot read XML at ${JSON.stringify(body.slice(token.lastIndex, token.lastIndex + 40))}`);
  if (stack.length) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Atom text of type="html" is HTML: decoded once more, it reads as a feed reader shows it. */
export function htmlText(s: string | undefined): string {
  return (s ?? "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

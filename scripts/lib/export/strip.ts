import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export class ExportShapeError extends Error {
  constructor(file: string, problem: string) {
    super(
      `${file}: ${problem}. The post-export step only knows the Next 16 static-export shape; ` +
        "check the framework's output after an upgrade and update scripts/lib/export/strip.ts before shipping.",
    );
    this.name = "ExportShapeError";
  }
}

export interface StripResult {
  html: string;
  removed: number;
  islands: string[];
  /** The src of each island script, for the build to check that the file is in the export. */
  islandSrcs: string[];
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function textOf(el: Element): string {
  return el.childNodes.map((c) => ("value" in c && c.nodeName === "#text" ? c.value : "")).join("");
}

function* walk(node: Node): Generator<Node> {
  yield node;
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* walk(child);
  if (node.nodeName === "template" && "content" in node) yield* walk(node.content as unknown as Node);
}

/** A script the page keeps: an island module, its JSON data, or structured data. */
function isKept(el: Element): boolean {
  const type = attr(el, "type");
  if (type === "application/ld+json") return true;
  return attr(el, "data-island") !== undefined || attr(el, "data-island-data") !== undefined;
}

/**
 * Removes the framework runtime from one exported HTML page: every <script> except declared islands
 * and JSON-LD, the script preloads, and React's empty text separators (<!-- -->). Cuts by source offsets,
 * so every other byte stays as it was.
 * Throws if the page does not look like Next's export (an upgrade changed it) or if React streamed
 * part of the content behind a Suspense boundary (it would stay hidden without the runtime).
 */
export function stripRuntime(html: string, file: string): StripResult {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const cuts: Array<[number, number]> = [];
  const separators: Array<[number, number]> = [];
  const islands: string[] = [];
  const islandSrcs: string[] = [];
  let chunkScripts = 0;
  let flightScripts = 0;
  // parse5's Document is a Node of its tree adapter; its types keep the two apart.
  for (const node of walk(doc as unknown as Node)) {
    if (node.nodeName === "#comment" && "data" in node && node.data === " ") {
      // React's text separator: it keeps two text nodes apart for hydration, which these pages never do.
      // Whether React writes one where a render segment ends depends on timing, so two builds of the same
      // page could differ by it; cut, every build writes the same bytes.
      const at = node.sourceCodeLocation;
      if (at) separators.push([at.startOffset, at.endOffset]);
      continue;
    }
    if (!("tagName" in node)) continue;
    // Narrowed by the tagName check above; parse5 types the walk as Node.
    const el = node as Element;
    const loc = el.sourceCodeLocation;
    if (el.tagName === "div" && attr(el, "hidden") !== undefined && /^S:\d+$/.test(attr(el, "id") ?? "")) {
      throw new ExportShapeError(
        file,
        'found streamed Suspense content (<div hidden id="S:…">) that needs the runtime to show',
      );
    }
    if (el.tagName === "template" && /^B:\d+$/.test(attr(el, "id") ?? "")) {
      throw new ExportShapeError(
        file,
        'found a Suspense boundary placeholder (<template id="B:…">); remove Suspense/loading.tsx from this route',
      );
    }
    if (el.tagName === "script") {
      if (isKept(el)) {
        const name = attr(el, "data-island");
        if (name) islands.push(name);
        const src = attr(el, "src");
        if (name && src) islandSrcs.push(src);
        continue;
      }
      const src = attr(el, "src") ?? "";
      const body = textOf(el);
      if (src.includes("/_next/static/chunks/")) chunkScripts++;
      if (body.includes("self.__next_f")) flightScripts++;
      if (body.includes("$RC(") || body.includes("$RS(")) {
        throw new ExportShapeError(
          file,
          "found a React streaming swap script ($RC/$RS): content would stay hidden without the runtime",
        );
      }
      if (loc) cuts.push([loc.startOffset, loc.endOffset]);
    } else if (el.tagName === "link") {
      const rel = attr(el, "rel") ?? "";
      if ((rel === "preload" && attr(el, "as") === "script") || rel === "modulepreload") {
        if (loc) cuts.push([loc.startOffset, loc.endOffset]);
      }
    }
  }
  if (chunkScripts === 0 || flightScripts === 0) {
    throw new ExportShapeError(
      file,
      `expected Next's runtime chunk scripts and inline page data (found ${chunkScripts} chunk scripts, ${flightScripts} self.__next_f scripts)`,
    );
  }
  // The kept stretches in order, joined once: cutting one piece at a time copied the page per cut, and a
  // guide has hundreds of separators.
  const kept: string[] = [];
  let at = 0;
  for (const [start, end] of [...cuts, ...separators].sort((x, y) => x[0] - y[0])) {
    kept.push(html.slice(at, Math.max(at, start)));
    at = Math.max(at, end);
  }
  kept.push(html.slice(at));
  return { html: kept.join(""), removed: cuts.length, islands, islandSrcs };
}

/**
 * What one exported page costs a reader, measured on the files in out/: the HTML, the stylesheets it
 * links and the JavaScript it loads. A page's JavaScript is each island script it references plus the
 * chunks those import statically; chunks behind a dynamic `import()` (a dialog loaded when opened)
 * are not loaded with the page and are not counted. Used by the budget tests and the benchmark.
 */
import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface Asset extends Bytes {
  /** URL path on the site, e.g. /islands/term-ABC.js. */
  url: string;
}

export interface IslandWeight extends Bytes {
  name: string;
  /** The island file and every chunk it imports statically. */
  files: string[];
}

export interface PageWeight {
  html: Bytes;
  css: Asset[];
  js: Asset[];
  islands: IslandWeight[];
  totals: { css: Bytes; js: Bytes };
}

/** Each file is a separate response, so each is compressed on its own (level 9, as a CDN would). */
export function bytesOf(content: Buffer | string): Bytes {
  const buf = typeof content === "string" ? Buffer.from(content) : content;
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node as Element;
  if ("childNodes" in node) for (const c of node.childNodes) yield* elements(c);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const sum = (xs: Bytes[]): Bytes =>
  xs.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Lists a module's imports without following them: every import is marked external. */
const listOnly: Plugin = {
  name: "list-imports-only",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "entry-point" ? undefined : { path: args.path, external: true },
    );
  },
};

export class PageWeigher {
  private importsCache = new Map<string, Promise<string[]>>();
  private bytesCache = new Map<string, Bytes>();

  constructor(private outDir: string) {}

  private fileOf(url: string): string {
    return path.join(this.outDir, decodeURIComponent(url.split(/[?#]/)[0]!));
  }

  private bytes(url: string): Bytes {
    let b = this.bytesCache.get(url);
    if (!b) {
      b = bytesOf(readFileSync(this.fileOf(url)));
      this.bytesCache.set(url, b);
    }
    return b;
  }

  /** URL paths of the modules `url` imports with a static import statement, parsed by esbuild. */
  private staticImports(url: string): Promise<string[]> {
    let p = this.importsCache.get(url);
    if (!p) {
      const file = this.fileOf(url);
      p = build({
        entryPoints: [file],
        bundle: true,
        write: false,
        metafile: true,
        format: "esm",
        logLevel: "silent",
        plugins: [listOnly],
      }).then((r) => {
        const input = Object.entries(r.metafile.inputs).find(([k]) => path.resolve(k) === path.resolve(file))?.[1];
        if (!input) throw new Error(`esbuild did not report ${url}`);
        return input.imports
          .filter((i) => i.kind === "import-statement")
          .map((i) => new URL(i.path, `http://x${url}`).pathname);
      });
      this.importsCache.set(url, p);
    }
    return p;
  }

  /** The island file and its static import closure, in load order, without duplicates. */
  async closure(url: string): Promise<string[]> {
    const seen = new Set<string>();
    const visit = async (u: string) => {
      if (seen.has(u)) return;
      seen.add(u);
      for (const dep of await this.staticImports(u)) await visit(dep);
    };
    await visit(url);
    return [...seen];
  }

  async weigh(html: string): Promise<PageWeight> {
    // parse5's Document is a Node of its tree adapter; its types keep the two apart.
    const doc = parse(html) as unknown as Node;
    const cssUrls: string[] = [];
    const islands: IslandWeight[] = [];
    const jsUrls = new Set<string>();
    for (const el of elements(doc)) {
      if (el.tagName === "link" && attr(el, "rel") === "stylesheet") cssUrls.push(attr(el, "href")!);
      if (el.tagName === "script" && attr(el, "src")) {
        const src = attr(el, "src")!;
        const files = await this.closure(src);
        files.forEach((f) => jsUrls.add(f));
        islands.push({ name: attr(el, "data-island") ?? src, files, ...sum(files.map((f) => this.bytes(f))) });
      }
    }
    const css = cssUrls.map((url) => ({ url, ...this.bytes(url) }));
    const js = [...jsUrls].map((url) => ({ url, ...this.bytes(url) }));
    return { html: bytesOf(html), css, js, islands, totals: { css: sum(css), js: sum(js) } };
  }
}

/**
 * The files published beside the pages, checked in out/ with real parsers: JSON against the JSON
 * Schemas published beside it, Atom with the strict XML reader, iCalendar with ical.js, SVG badges,
 * Markdown twins with remark (and against the HTML page they come from), llms.txt and _headers.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiPaths, markdownTwinPath, outFileOf } from "@/lib/urls";
import { publishedFiles } from "@/lib/outputs/sitemap-files";
import { site } from "@/lib/site";
import { OUT_DIR, exportedTwinPages, readPage } from "../support/exported-pages";
import { attr, elements, find, parseHtml, textContent, type Element, visibleTextNodes } from "../support/html";
import { parseXml } from "../support/xml";

const read = (sitePath: string) => readFileSync(path.join(OUT_DIR, outFileOf(sitePath)), "utf8");
const clean = (s: string) => s.replace(/\s+/g, " ").trim();
const files = publishedFiles().map((f) => f.path);
const twinPages = exportedTwinPages();
const markdown = (text: string) => unified().use(remarkParse).parse(text) as Root;

describe("JSON API in out/", () => {
  const schema = (kind: string) => z.fromJSONSchema(JSON.parse(read(apiPaths.schema(kind))));

  it("every document validates against its published JSON Schema", () => {
    const docs = files.filter((f) => f.startsWith("/api/v1/"));
    expect(docs.length).toBeGreaterThan(5);
    for (const f of docs) {
      const kind = f.startsWith("/api/v1/names/") ? "name" : /\/(\w+)\.json$/.exec(f)![1]!;
      const r = schema(kind).safeParse(JSON.parse(read(f)));
      expect(r.success, `${f}: ${r.error?.message}`).toBe(true);
    }
    expect(schema("error").safeParse(JSON.parse(read(apiPaths.notFound))).success).toBe(true);
  });

  it("chatgpt-image-latest's document carries its shutdown date", () => {
    const doc = JSON.parse(read(apiPaths.name("chatgpt-image-latest")));
    expect(doc.name.lifecycle).toContainEqual(
      expect.objectContaining({ kind: "shutdownScheduled", date: "2026-12-01" }),
    );
  });
});

describe("feeds, calendars and badges in out/", () => {
  it("every feed is Atom with entries no later than the build's as-of date", () => {
    const asOf = JSON.parse(read(apiPaths.names)).asOf as string;
    for (const f of files.filter((x) => x.endsWith("/feed.xml"))) {
      const feed = parseXml(read(f));
      expect(feed.attrs.xmlns, f).toBe("http://www.w3.org/2005/Atom");
      for (const e of feed.children.filter((c) => c.name === "entry"))
        expect(e.child("updated")!.text.slice(0, 10) <= asOf, f).toBe(true);
    }
  });

  it("every calendar parses with ical.js into all-day events that link a page", () => {
    for (const f of files.filter((x) => x.endsWith(".ics"))) {
      const cal = new ICAL.Component(ICAL.parse(read(f)));
      for (const v of cal.getAllSubcomponents("vevent")) {
        expect(new ICAL.Event(v).startDate.isDate, f).toBe(true);
        expect(String(v.getFirstPropertyValue("url")), f).toMatch(/\/names\/[a-z0-9-]+\/$/);
      }
    }
  });

  it("every badge is an SVG image with a title", () => {
    for (const f of files.filter((x) => x.endsWith(".svg"))) {
      const svg = parseXml(read(f));
      expect(svg.attrs.role, f).toBe("img");
      expect(svg.child("title")?.text, f).toMatch(/: /);
    }
  });
});

describe("Markdown twins", () => {
  it("every guide and name page names its twin in the head, and the twin exists", () => {
    expect(twinPages.length).toBeGreaterThan(10);
    for (const p of twinPages) {
      const head = find(parseHtml(readPage(p)), "head")!;
      const link = [...elements(head)].find(
        (el) => el.tagName === "link" && attr(el, "rel") === "alternate" && attr(el, "type") === "text/markdown",
      );
      expect(link && attr(link, "href"), p.url).toBe(`${site.origin}${markdownTwinPath(p.url)}`);
      expect(existsSync(path.join(OUT_DIR, outFileOf(markdownTwinPath(p.url)!))), p.url).toBe(true);
    }
  });

  it("a twin has its page's heading, text, tables as Markdown tables, and sources as links, and no raw HTML", () => {
    for (const p of twinPages) {
      const doc = parseHtml(readPage(p));
      const text = read(markdownTwinPath(p.url)!);
      const tree = markdown(text);
      const h1 = clean(textContent(find(doc, "h1")!));
      const heading = tree.children.find((c) => c.type === "heading" && c.depth === 1);
      expect(heading && clean(toString(heading)), p.url).toBe(h1);
      expect(JSON.stringify(tree).includes('"type":"html"'), `${p.url}: raw HTML`).toBe(false);
      const article = find(doc, "article")!;
      for (const table of [...elements(article)].filter((el) => el.tagName === "table")) {
        // What a reader sees in each header (later status variants are hidden until their day).
        const seen = (el: Element) => clean([...visibleTextNodes(el)].map((t) => t.value).join(""));
        const headers = [...elements(table)].filter((el) => el.tagName === "th" && attr(el, "scope") === "col");
        // A header cell may hold a link and a badge: compare the words, not the Markdown around them.
        const flat = (t: string) => t.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`\s]/g, "");
        const row = text
          .split("\n")
          .find((l) => l.startsWith("|") && headers.every((h) => flat(l).includes(flat(seen(h)))));
        expect(row, `${p.url}: table with ${headers.map(seen).join(", ")}`).toBeDefined();
      }
      const sources = [...elements(article)].filter(
        (el): el is Element =>
          el.tagName === "a" && /^https:\/\//.test(attr(el, "href") ?? "") && !attr(el, "href")!.includes("example"),
      );
      for (const a of sources) expect(text, `${p.url}: link ${attr(a, "href")}`).toContain(`](${attr(a, "href")}`);
      // Dates a reader sees: a variant for a later day (hidden until the reader's clock reaches it) is not in the twin.
      const dates: Element[] = [];
      const walk = (el: Element) => {
        // The twin leaves out tooltips, controls (the route picker form) and what is marked to skip (the name
        // page's sidebar): see lib/markdown/twin.ts.
        if (
          attr(el, "hidden") !== undefined ||
          attr(el, "role") === "tooltip" ||
          attr(el, "data-markdown") === "skip" ||
          el.tagName === "form"
        )
          return;
        if (el.tagName === "time") dates.push(el);
        for (const c of el.childNodes) if ("tagName" in c) walk(c as Element);
      };
      walk(article);
      for (const t of dates) expect(text, `${p.url}: date`).toContain(clean(textContent(t)));
    }
  });

  it("a guide's twin holds its short answer and body text", () => {
    // Paragraphs of plain prose (links, code and emphasis only): a tooltip or citation would add text the twin leaves out,
    // as would a paragraph marked to skip (the layer map's "swipe it sideways", for phones).
    const PLAIN = new Set(["a", "code", "em", "strong"]);
    let compared = 0;
    for (const guide of twinPages.filter((p) => p.url.startsWith("/guides/"))) {
      const article = find(parseHtml(readPage(guide)), "article")!;
      const text = clean(toString(markdown(read(markdownTwinPath(guide.url)!))));
      for (const p of [...elements(article)].filter((el) => el.tagName === "p")) {
        const inner = [...elements(p)].filter((el) => el !== p);
        if (!inner.every((el) => PLAIN.has(el.tagName)) || clean(textContent(p)).length < 80) continue;
        if (attr(p, "data-markdown") === "skip") continue;
        expect(text, `${guide.url}: ${clean(textContent(p)).slice(0, 60)}`).toContain(clean(textContent(p)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(8);
  });

  it("llms.txt links every twin; llms-full.txt holds every page's heading", () => {
    const llms = read("/llms.txt");
    const full = read("/llms-full.txt");
    for (const p of twinPages) {
      expect(llms, p.url).toContain(`${markdownTwinPath(p.url)})`);
      expect(full, p.url).toContain(`# ${clean(textContent(find(parseHtml(readPage(p)), "h1")!))}`);
    }
  });

  it("_headers allows any origin under /api/v1/ and links each page to its twin", () => {
    const headers = read("/_headers");
    expect(headers).toMatch(/^\/api\/v1\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
    for (const p of twinPages)
      expect(headers, p.url).toContain(
        `${p.url}\n  Link: <${markdownTwinPath(p.url)}>; rel="alternate"; type="text/markdown"`,
      );
  });
});

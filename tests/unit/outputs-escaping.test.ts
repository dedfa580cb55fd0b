/**
 * Bad input through every published format: a fixture name and source whose texts carry < > & " ' , ;
 * and a backslash (tests/fixtures/special-characters). Each file is read back with a real parser (JSON,
 * the strict XML reader, ical.js, remark) and must give back exactly the text that went in.
 */
import path from "node:path";
import ICAL from "ical.js";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { Link, Root } from "mdast";
import { nameDocument } from "@/lib/api/documents";
import { getGuides } from "@/lib/content/guides";
import { getName, getNames } from "@/lib/content/names";
import { getRoutes } from "@/lib/content/routes";
import { getSources } from "@/lib/content/sources";
import { llmsTxt } from "@/lib/markdown/llms";
import { markdownTwin } from "@/lib/markdown/twin";
import { escapeHtml } from "@/lib/seo/atom";
import { statusBadge } from "@/lib/subscribe/badge";
import { nameCalendar } from "@/lib/subscribe/calendar";
import { nameFeed } from "@/lib/subscribe/name-feed";
import { withEnv } from "../support/env";
import { htmlText, parseXml } from "../support/xml";

const AS_OF = "2026-11-21";
const NAME = `Image <Beta> & "Friends" 'Q'`;
const SOURCE_TITLE = `Notes <draft> & "quoted" 'page'`;
const SOURCE_URL = "https://example.com/notes?a=1&b=<2>";
withEnv({ CONTENT_DIR: path.resolve("tests/fixtures/special-characters"), SITE_AS_OF: AS_OF });

const odd = () => getName("image-beta-friends-q")!;

/** Raw HTML nodes a Markdown renderer would pass through as markup: there must be none. */
function rawHtml(node: { type: string; value?: string; children?: unknown[] }): string[] {
  const own = node.type === "html" ? [node.value ?? ""] : [];
  return [...own, ...((node.children ?? []) as Array<typeof node>).flatMap(rawHtml)];
}

describe("a name with < > & and quotes, in every format", () => {
  it("JSON: the document parses and holds the texts unchanged", () => {
    const doc = JSON.parse(JSON.stringify(nameDocument(AS_OF, odd())));
    expect(doc.name.name).toBe(NAME);
    expect(doc.name.apiId).toBe(`image<beta>&"q"`);
    expect(doc.name.lifecycle[0].source.title).toBe(SOURCE_TITLE);
    expect(doc.name.lifecycle[0].source.url).toBe(SOURCE_URL);
  });

  it("Atom: the feed is well-formed and every title reads as the name", () => {
    const feed = parseXml(nameFeed(odd(), AS_OF));
    const entries = feed.children.filter((c) => c.name === "entry");
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(htmlText(e.child("title")!.text).startsWith(`${NAME}: `)).toBe(true);
    expect(entries.some((e) => htmlText(e.child("summary")!.text).includes(SOURCE_TITLE))).toBe(true);
    expect(feed.child("title")!.text).toContain(NAME);
  });

  it("iCalendar: ical.js reads the summary, description and source back unchanged", () => {
    const cal = new ICAL.Component(ICAL.parse(nameCalendar(odd(), getSources(), AS_OF)));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      `${NAME}: released`,
      `${NAME}: deprecation announced`,
      `${NAME}: shutdown scheduled`,
    ]);
    expect(events[0]!.description).toContain(`Source: ${SOURCE_TITLE} (Example & Co)`);
    expect(cal.getAllSubcomponents("vevent")[0]!.getFirstPropertyValue("attach")).toBe(SOURCE_URL);
  });

  it("SVG badge: well-formed, role=img, and its title is the name and status", () => {
    const svg = parseXml(statusBadge(odd(), AS_OF));
    expect(svg.attrs.role).toBe("img");
    expect(svg.child("title")!.text).toBe(`${NAME}: Shuts down in 10 days`);
    expect(svg.attrs["aria-label"]).toBe(svg.child("title")!.text);
  });

  it("llms.txt: Markdown whose link text is the name, not HTML", () => {
    const md = llmsTxt({ guides: getGuides(), names: getNames(), routes: getRoutes(), asOf: AS_OF });
    const tree = unified().use(remarkParse).parse(md) as Root;
    const links: Link[] = [];
    const walk = (n: { type: string; children?: unknown[] }) => {
      if (n.type === "link") links.push(n as Link);
      for (const c of (n.children ?? []) as Array<{ type: string }>) walk(c);
    };
    walk(tree);
    const link = links.find((l) => l.url.endsWith("/names/image-beta-friends-q.md"));
    expect(link && toString(link)).toBe(NAME);
    expect(rawHtml(tree)).toEqual([]);
  });

  it("Markdown twin: the page's text comes back as text, with no raw HTML", async () => {
    const html = `<html><body><article><h1>${escapeHtml(NAME)}</h1><p>${escapeHtml(odd().whereYouSeeIt)}</p>
      <table><thead><tr><th>Name</th><th>Source</th></tr></thead><tbody><tr><td>${escapeHtml(NAME)}</td>
      <td><a href="${escapeHtml(SOURCE_URL)}">${escapeHtml(SOURCE_TITLE)}</a></td></tr></tbody></table></article></body></html>`;
    const md = await markdownTwin({
      html,
      url: "https://x.example/names/x/",
      origin: "https://x.example",
      asOf: AS_OF,
    });
    const tree = unified().use(remarkParse).parse(md) as Root;
    expect(rawHtml(tree)).toEqual([]);
    const heading = tree.children.find((c) => c.type === "heading");
    expect(heading && toString(heading)).toBe(NAME);
    expect(toString(tree)).toContain(odd().whereYouSeeIt);
    expect(toString(tree)).toContain(SOURCE_TITLE);
  });
});

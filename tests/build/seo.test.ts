/**
 * Search landing pages, checked on the export in out/: every page's title, description, canonical,
 * social card (the file exists and is 1200×630), robots directive and JSON-LD, each against what the
 * page shows; the sitemap against the set of pages; robots.txt; the Atom feed against the guides.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishedFiles } from "@/lib/outputs/sitemap-files";
import { site } from "@/lib/site";
import { OUT_DIR, exportedPages, isRedirectPage, readPage, type ExportedPage } from "../support/exported-pages";
import {
  attr,
  elements,
  find,
  parseHtml,
  textContent,
  visibleTextNodes,
  type Element,
  type Node,
} from "../support/html";
import { htmlText, parseXml } from "../support/xml";

const ORIGIN = site.origin;
const abs = (p: string) => `${ORIGIN}${p}`;
const clean = (s: string) => s.replace(/\s+/g, " ").trim();

interface Page extends ExportedPage {
  html: string;
  doc: Node;
  head: Element;
  redirect: boolean;
  noindex: boolean;
}

const pages: Page[] = exportedPages().map((p) => {
  const html = readPage(p);
  const doc = parseHtml(html);
  const head = find(doc, "head")!;
  const robots = metaContent(head, "name", "robots") ?? "";
  return { ...p, html, doc, head, redirect: isRedirectPage(html), noindex: /noindex/.test(robots) };
});

function metaContent(root: Node, key: "name" | "property", value: string): string | undefined {
  return metas(root, key, value)[0];
}
function metas(root: Node, key: "name" | "property", value: string): string[] {
  return [...elements(root)]
    .filter((el) => el.tagName === "meta" && attr(el, key) === value)
    .map((el) => attr(el, "content") ?? "");
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or undefined when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const b = readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The file in out/ an absolute URL of this site points at (query string dropped). */
function outFile(url: string): string | undefined {
  if (!url.startsWith(`${ORIGIN}/`)) return undefined;
  const pathname = new URL(url).pathname;
  const file = path.join(OUT_DIR, decodeURIComponent(pathname));
  return pathname.endsWith("/") ? path.join(file, "index.html") : file;
}

type Thing = Record<string, unknown> & { "@type": string };

function jsonLd(page: Page): Thing[] {
  const out: Thing[] = [];
  for (const el of elements(page.doc)) {
    if (el.tagName !== "script" || attr(el, "type") !== "application/ld+json") continue;
    const data = JSON.parse(textContent(el)) as Record<string, unknown>;
    expect(data["@context"], `${page.url}: JSON-LD @context`).toBe("https://schema.org");
    const graph = (data["@graph"] as Thing[] | undefined) ?? [data as Thing];
    out.push(...graph);
  }
  return out;
}
const ofType = (things: Thing[], type: string) => things.filter((t) => t["@type"] === type);

/** The visible breadcrumb trail: label and absolute URL of each item (the current page is its own URL). */
function visibleCrumbs(page: Page): Array<{ name: string; item: string }> | undefined {
  const nav = [...elements(page.doc)].find((el) => el.tagName === "nav" && attr(el, "aria-label") === "Breadcrumb");
  if (!nav) return undefined;
  return [...elements(nav)]
    .filter((el) => el.tagName === "li")
    .map((li) => {
      const link = [...elements(li)].find((el) => el.tagName === "a");
      const current = [...elements(li)].find((el) => attr(el, "aria-current") === "page");
      const label = clean(textContent(link ?? current ?? li));
      return { name: label, item: link ? abs(attr(link, "href")!) : abs(page.url) };
    });
}

/** The dates a reader sees in the page's date list ("Published", "Updated", "Last verified" → datetime). */
function visibleDates(page: Page): Map<string, string> {
  const out = new Map<string, string>();
  for (const dt of elements(page.doc)) {
    if (dt.tagName !== "dt") continue;
    const siblings = dt.parentNode && "childNodes" in dt.parentNode ? (dt.parentNode.childNodes as Node[]) : [];
    const dd = siblings
      .slice(siblings.indexOf(dt as Node) + 1)
      .find((n): n is Element => "tagName" in n && n.tagName === "dd");
    const time = dd && [...elements(dd)].find((el) => el.tagName === "time");
    if (time) out.set(clean(textContent(dt)), attr(time, "datetime")!);
  }
  return out;
}

/** Every <time datetime> outside hidden elements: the dates the page shows. */
function shownDates(page: Page): Set<string> {
  const out = new Set<string>();
  const walk = (node: Node) => {
    if (!("tagName" in node)) return;
    const el = node as Element;
    if (attr(el, "hidden") !== undefined || el.tagName === "template") return;
    // The footer's build date and the lifecycle dates in prose (data-lifecycle) are facts, not the page's date.
    if (el.tagName === "footer") return;
    if (el.tagName === "time" && attr(el, "datetime") && attr(el, "data-lifecycle") === undefined)
      out.add(attr(el, "datetime")!.slice(0, 10));
    for (const c of el.childNodes) walk(c);
  };
  walk(find(page.doc, "body")!);
  return out;
}

/** The questions of the visible FAQ section (a section labelled "Frequently asked questions"), or undefined. */
function visibleFaq(page: Page): string[] | undefined {
  const ids = new Map([...elements(page.doc)].filter((el) => attr(el, "id")).map((el) => [attr(el, "id")!, el]));
  for (const section of elements(page.doc)) {
    if (section.tagName !== "section" || attr(section, "hidden") !== undefined) continue;
    const label = ids.get(attr(section, "aria-labelledby") ?? "");
    if (!label || !/frequently asked questions/i.test(textContent(label))) continue;
    // A dated question carries its later wordings hidden; the reader (and JSON-LD) get the build day's.
    const shown = (el: Element) => [...visibleTextNodes(el)].map((t) => t.value).join("");
    return [...elements(section)].filter((el) => el.tagName === "h3").map((el) => clean(shown(el)));
  }
  return undefined;
}

function canonicalOf(page: Page | undefined): string | undefined {
  const link = page && [...elements(page.head)].find((el) => el.tagName === "link" && attr(el, "rel") === "canonical");
  return link && attr(link, "href");
}

const h1 = (page: Page) => {
  const el = [...elements(page.doc)].find((e) => e.tagName === "h1");
  return el ? clean(textContent(el)) : undefined;
};

const isGuide = (url: string) => /^\/guides\/[^/]+\/$/.test(url);
const isName = (p: Page) => /^\/names\/[^/]+\/$/.test(p.url) && !p.redirect;
const isRoute = (url: string) => /^\/routes\/[^/]+\/$/.test(url);
const is404 = (p: Page) => p.url === "/404.html";

describe("every exported page is a landing page", () => {
  it("exported pages to check", () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(
      pages.some((p) => is404(p)),
      "404.html",
    ).toBe(true);
  });

  it("each has a unique title (a page whose canonical is another page may share that page's)", () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of pages.filter((x) => is404(x) || canonicalOf(x) === abs(x.url))) {
      const title = textContent(find(p.head, "title")!);
      if (seen.has(title)) dupes.push(`${p.url} and ${seen.get(title)}: "${title}"`);
      seen.set(title, p.url);
    }
    expect(dupes).toEqual([]);
  });

  for (const p of pages) {
    describe(p.url, () => {
      it("has lang, one title with the site name, and a 50–160 character description", () => {
        expect(attr(find(p.doc, "html")!, "lang")).toBe("en");
        const titles = [...elements(p.head)].filter((el) => el.tagName === "title");
        expect(titles).toHaveLength(1);
        const title = textContent(titles[0]!);
        expect(
          title === site.name || title.endsWith(` · ${site.name}`) || title.startsWith(`${site.name}: `),
          title,
        ).toBe(true);
        const descriptions = metas(p.head, "name", "description");
        expect(descriptions).toHaveLength(1);
        expect(descriptions[0]!.length, descriptions[0]).toBeGreaterThanOrEqual(50);
        expect(descriptions[0]!.length, descriptions[0]).toBeLessThanOrEqual(160);
      });

      it("has a canonical URL on the configured origin and the right robots directive", () => {
        const canonicals = [...elements(p.head)]
          .filter((el) => el.tagName === "link" && attr(el, "rel") === "canonical")
          .map((el) => attr(el, "href")!);
        if (is404(p)) {
          expect(canonicals).toEqual([]);
          expect(p.noindex).toBe(true);
          return;
        }
        expect(canonicals).toHaveLength(1);
        const canonical = canonicals[0]!;
        if (p.redirect) {
          // An alias page points search engines at its name page, and is not indexed itself.
          expect(canonical).toMatch(new RegExp(`^${ORIGIN.replace(/[.]/g, "\\.")}/names/[a-z0-9-]+/$`));
          expect(canonical).not.toBe(abs(p.url));
          expect(p.noindex).toBe(true);
        } else {
          expect(p.noindex).toBe(p.url === "/search/");
          // A page reached by a second path (a picker step) names the first one, which names itself.
          if (canonical !== abs(p.url))
            expect(canonicalOf(pages.find((x) => abs(x.url) === canonical))).toBe(canonical);
        }
        expect(existsSync(outFile(canonical)!), `${canonical} exists in out/`).toBe(true);
      });

      it("has Open Graph and Twitter tags with a 1200×630 card that exists in out/", () => {
        expect(metaContent(p.head, "property", "og:title")?.length).toBeGreaterThan(0);
        expect(metaContent(p.head, "property", "og:description")?.length).toBeGreaterThan(0);
        expect(metaContent(p.head, "name", "twitter:card")).toBe("summary_large_image");
        const og = metas(p.head, "property", "og:image");
        const tw = metas(p.head, "name", "twitter:image");
        expect(og).toHaveLength(1);
        expect(tw).toEqual(og);
        const file = outFile(og[0]!);
        expect(file, `${og[0]} is on ${ORIGIN}`).toBeDefined();
        expect(existsSync(file!), `${og[0]} exists in out/`).toBe(true);
        expect(pngSize(file!)).toEqual({ width: 1200, height: 630 });
        // Guides, names and route profiles have a card of their own; an alias shows its name's card.
        if (isGuide(p.url) || isName(p) || isRoute(p.url))
          expect(new URL(og[0]!).pathname).toBe(`${p.url}opengraph-image`);
      });

      it("has JSON-LD that parses and matches what the page shows", () => {
        const things = jsonLd(p);
        const crumbs = visibleCrumbs(p);
        const lists = ofType(things, "BreadcrumbList");
        if (crumbs) {
          expect(lists).toHaveLength(1);
          const items = (lists[0]!.itemListElement as Array<Record<string, unknown>>).map((i) => ({
            name: i.name,
            item: i.item,
            position: i.position,
          }));
          expect(items).toEqual(crumbs.map((c, i) => ({ ...c, position: i + 1 })));
        } else {
          expect(lists, "BreadcrumbList without visible breadcrumbs").toEqual([]);
        }

        const articles = ofType(things, "Article");
        if (isGuide(p.url)) {
          expect(articles).toHaveLength(1);
          const dates = visibleDates(p);
          expect(articles[0]!.datePublished).toBe(dates.get("Published"));
          expect(articles[0]!.dateModified).toBe(dates.get("Updated"));
          expect(articles[0]!.headline).toBe(h1(p));
          expect(articles[0]!.url).toBe(abs(p.url));
        } else expect(articles).toEqual([]);

        const faqs = ofType(things, "FAQPage");
        const shownFaq = visibleFaq(p);
        if (shownFaq?.length) {
          expect(faqs).toHaveLength(1);
          expect((faqs[0]!.mainEntity as Array<{ name: string }>).map((q) => clean(q.name))).toEqual(shownFaq);
        } else expect(faqs, "FAQPage without a visible FAQ").toEqual([]);

        const terms = ofType(things, "DefinedTerm");
        if (isName(p)) {
          expect(terms).toHaveLength(1);
          expect(terms[0]!.url).toBe(abs(p.url));
          expect(h1(p)).toContain(terms[0]!.name as string);
        } else expect(terms).toEqual([]);

        const sets = ofType(things, "DefinedTermSet");
        if (p.url === "/names/") {
          expect(sets).toHaveLength(1);
          const listed = (sets[0]!.hasDefinedTerm as Array<{ url: string }>).map((t) => t.url).sort();
          expect(listed).toEqual(
            pages
              .filter(isName)
              .map((n) => abs(n.url))
              .sort(),
          );
        } else expect(sets).toEqual([]);

        const sites = ofType(things, "WebSite");
        if (p.url === "/") {
          expect(sites).toHaveLength(1);
          expect(sites[0]!.url).toBe(abs("/"));
          expect(sites[0]!.name).toBe(site.name);
        } else expect(sites).toEqual([]);
      });
    });
  }
});

describe("sitemap.xml", () => {
  const xml = parseXml(readFileSync(path.join(OUT_DIR, "sitemap.xml"), "utf8"));
  const entries = xml.children
    .filter((c) => c.name === "url")
    .map((u) => ({ loc: u.child("loc")!.text, lastmod: u.child("lastmod")?.text }));
  // Indexable: not a redirect, not noindex, not the 404, and its own canonical.
  const indexable = pages.filter((p) => !p.redirect && !p.noindex && !is404(p) && canonicalOf(p) === abs(p.url));
  /** What each index page lists, by URL: its lastmod is the latest of theirs. */
  const LISTS: Record<string, (p: Page) => boolean> = {
    // The home page lists guides, names and routes; the API page is dated by its own changelog.
    "/": (p) => p.url !== "/api/",
    "/guides/": (p) => isGuide(p.url),
    "/names/": isName,
    "/timeline/": isName,
    "/routes/": (p) => isRoute(p.url),
  };

  it("lists every indexable page exactly once, and nothing else", () => {
    const locs = entries.map((e) => e.loc);
    expect(locs.length, "no duplicates").toBe(new Set(locs).size);
    const pageLocs = locs.filter((l) => l.endsWith("/"));
    expect([...pageLocs].sort()).toEqual(indexable.map((p) => abs(p.url)).sort());
  });

  it("lists every published data file (lib/outputs/sitemap-files.ts), each present in out/ and dated", () => {
    const files = entries.filter((e) => !e.loc.endsWith("/"));
    expect([...files.map((f) => new URL(f.loc).pathname)].sort()).toEqual(
      publishedFiles()
        .map((f) => f.path)
        .sort(),
    );
    for (const f of files) {
      expect(existsSync(outFile(f.loc)!), f.loc).toBe(true);
      expect(f.lastmod, f.loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("dates each page by its content: a date the page shows, or for an index the latest date it lists", () => {
    const bad: string[] = [];
    const lastmod = new Map(entries.map((e) => [new URL(e.loc).pathname, e.lastmod]));
    for (const page of indexable) {
      const date = lastmod.get(page.url);
      const shown = shownDates(page);
      const list = LISTS[page.url];
      const listed = list
        ? indexable
            .filter((c) => c !== page && list(c))
            .map((c) => lastmod.get(c.url))
            .filter((d): d is string => d !== undefined)
            .sort()
            .at(-1)
        : undefined;
      if (date === undefined) {
        // Only a page without a date of its own (the route picker's steps) may leave lastmod out.
        if (shown.size || listed)
          bad.push(`${page.url}: no lastmod, but it shows ${[...shown].join(", ") || `a list dated ${listed}`}`);
      } else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || (!shown.has(date) && date !== listed)) {
        bad.push(
          `${page.url}: lastmod ${date}, but it shows ${[...shown].join(", ") || "no dates"}${listed ? ` and lists pages up to ${listed}` : ""}`,
        );
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("robots.txt", () => {
  it("allows crawling and points to the sitemap", () => {
    const robots = readFileSync(path.join(OUT_DIR, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${abs("/sitemap.xml")}`);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });
});

/** An Atom timestamp of a content date is its first second in UTC: the day, or undefined if it is not midnight. */
const day = (ts: string | undefined) =>
  ts && /T00:00:00(\.000)?Z$/.test(ts) ? new Date(ts).toISOString().slice(0, 10) : undefined;

describe("feed.xml", () => {
  const feed = parseXml(readFileSync(path.join(OUT_DIR, "feed.xml"), "utf8"));
  const entries = feed.children.filter((c) => c.name === "entry");

  it("is an Atom feed linked from every page", () => {
    expect(feed.name).toBe("feed");
    expect(feed.attrs.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.child("updated")?.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/);
    const self = feed.children.find((c) => c.name === "link" && c.attrs.rel === "self");
    expect(self?.attrs.href).toBe(abs("/feed.xml"));
    for (const p of pages.filter((x) => !x.redirect)) {
      const alt = [...elements(p.head)].find(
        (el) => el.tagName === "link" && attr(el, "rel") === "alternate" && attr(el, "type") === "application/atom+xml",
      );
      expect(alt && attr(alt, "href"), p.url).toBe(abs("/feed.xml"));
      expect(attr(alt!, "title"), p.url).toBe("GPT Image Field Guide: guides and name changes");
    }
  });

  it("lists every guide with its full title, summary and dates", () => {
    const guides = pages.filter((p) => isGuide(p.url));
    expect(guides.length).toBeGreaterThan(0);
    const byLink = new Map(entries.map((e) => [e.children.find((c) => c.name === "link")?.attrs.href, e]));
    for (const g of guides) {
      const entry = byLink.get(abs(g.url));
      expect(entry, g.url).toBeDefined();
      // Entry texts are type="html" (the feed package's choice): decoded once more, they read as the page does.
      expect(htmlText(entry!.child("title")?.text)).toBe(h1(g));
      expect(htmlText(entry!.child("summary")?.text)).toBe(metaContent(g.head, "name", "description"));
      const dates = visibleDates(g);
      expect(day(entry!.child("published")?.text)).toBe(dates.get("Published"));
      expect(day(entry!.child("updated")?.text)).toBe(dates.get("Updated"));
    }
  });

  it("has unique ids and dates no later than the newest entry", () => {
    const ids = entries.map((e) => e.child("id")?.text);
    expect(new Set(ids).size).toBe(ids.length);
    const newest = entries
      .map((e) => e.child("updated")!.text)
      .sort()
      .at(-1);
    expect(feed.child("updated")?.text).toBe(newest);
  });
});

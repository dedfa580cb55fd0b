/**
 * Byte budgets of every exported page, gzip level 9, measured on the files in out/ (scripts/lib/export/page-weight.ts):
 * - JavaScript: the island scripts a page references plus their static imports (a lazily imported chunk,
 *   such as a dialog loaded when opened, is not counted), at most 10 KiB per page, route picker aside;
 * - the route picker island: at most 15 KiB of its own;
 * - the code scanner island (/tools/scan/): at most 12 KiB with the name data it reads from the page;
 * - CSS: the stylesheets a page links, at most 15 KiB together;
 * - the article's text is in the HTML once (no second copy in inline page data).
 * The measured numbers are in the test names and in the table printed to the console.
 */
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bytesOf, PageWeigher, type PageWeight } from "@/scripts/lib/export/page-weight";
import { OUT_DIR, exportedPages, isRedirectPage, readPage, type ExportedPage } from "../support/exported-pages";
import { attr, elements, find, parseHtml, textContent, type Element, type Node } from "../support/html";

const KiB = 1024;
const BUDGETS = { js: 10 * KiB, routePicker: 15 * KiB, scanner: 12 * KiB, css: 15 * KiB } as const;

/** The island `islands/route-picker.ts` declares (data-island="route-picker"); it has a budget of its own. */
const isRoutePicker = (island: string) => island === "route-picker";
const kib = (n: number) => (n / KiB).toFixed(2);

function template(url: string): string {
  if (url === "/") return "home";
  if (url === "/names/") return "names index";
  if (url === "/guides/") return "guides index";
  if (url === "/route-picker/") return "route picker";
  if (url === "/tools/scan/") return "code scanner";
  if (/^\/guides\/[^/]+\/$/.test(url)) return "guide";
  if (/^\/names\/[^/]+\/$/.test(url)) return "name page";
  return "other";
}

interface Measured {
  page: ExportedPage;
  html: string;
  weight: PageWeight;
  /** JavaScript of the page without the route picker island's own files. */
  js: number;
  picker?: number;
}

const weigher = new PageWeigher(OUT_DIR);
const measured: Measured[] = await Promise.all(
  exportedPages().map(async (page) => {
    const html = readPage(page);
    const weight = await weigher.weigh(html);
    // Files the other islands load (a chunk shared with the picker counts here too).
    const others = new Set(weight.islands.filter((i) => !isRoutePicker(i.name)).flatMap((i) => i.files));
    const js = weight.js.filter((a) => others.has(a.url)).reduce((s, a) => s + a.gzip, 0);
    const picker = weight.islands.find((i) => isRoutePicker(i.name));
    return { page, html, weight, js, picker: picker?.gzip };
  }),
);

/**
 * Raw source of the body with JSON-LD cut out: structured data repeats a page's FAQ and summary on
 * purpose; anything else that repeats the article (inline page data) would show up here.
 */
function bodySource(html: string): string {
  const doc = parseHtml(html, true);
  const body = find(doc, "body");
  const loc = body?.sourceCodeLocation;
  if (!body || !loc) return html;
  const cuts = [...elements(body)]
    .filter((el) => el.tagName === "script" && attr(el, "type") === "application/ld+json")
    .map((el) => [el.sourceCodeLocation!.startOffset, el.sourceCodeLocation!.endOffset] as const)
    .sort((a, b) => b[0] - a[0]);
  let out = html.slice(0, loc.endOffset);
  for (const [s, e] of cuts) out = out.slice(0, s) + out.slice(e);
  return out.slice(loc.startOffset);
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Raw source (entities as written) of the longest single text node inside <main>. */
function longestText(html: string): string | undefined {
  const doc = parseHtml(html, true);
  const main = find(doc, "main");
  if (!main) return undefined;
  let best: string | undefined;
  const visit = (n: Node) => {
    if (n.nodeName === "#text" && n.sourceCodeLocation) {
      const raw = html.slice(n.sourceCodeLocation.startOffset, n.sourceCodeLocation.endOffset).trim();
      if (raw.length >= 60 && (!best || raw.length > best.length)) best = raw;
    }
    if ("tagName" in n && ["script", "style", "template"].includes((n as Element).tagName)) return;
    if ("childNodes" in n) n.childNodes.forEach(visit);
  };
  visit(main);
  return best;
}

/** The guide's short answer paragraph, as written in the source. */
function shortAnswer(html: string): string | undefined {
  const doc = parseHtml(html, true);
  const section = [...elements(doc)].find(
    (el) => el.tagName === "section" && attr(el, "aria-labelledby") === "short-answer",
  );
  const p = section && [...elements(section)].find((el) => el.tagName === "p");
  if (!p?.sourceCodeLocation?.startTag || !p.sourceCodeLocation.endTag) return p ? textContent(p) : undefined;
  return html.slice(p.sourceCodeLocation.startTag.endOffset, p.sourceCodeLocation.endTag.startOffset);
}

describe("byte budgets (gzip -9, per page)", () => {
  it("has pages to measure", () => {
    expect(measured.length).toBeGreaterThan(0);
  });

  for (const m of measured) {
    const url = m.page.url;
    describe(`${url} (${template(url)})`, () => {
      it(`JavaScript ${kib(m.js)} KiB (${m.weight.islands.map((i) => i.name).join(", ") || "no islands"}) ≤ ${kib(BUDGETS.js)} KiB`, () => {
        expect(m.js).toBeLessThanOrEqual(BUDGETS.js);
      });
      if (template(url) === "route picker") {
        it("loads the route picker island (so its budget below is measured)", () => {
          expect(m.picker).toBeDefined();
        });
      }
      if (template(url) === "code scanner") {
        const island = m.weight.islands.find((i) => i.name === "scan");
        const data = [...elements(parseHtml(m.html))].find(
          (el) => el.tagName === "script" && attr(el, "data-island-data") === "scan",
        );
        const dataBytes = data ? bytesOf(textContent(data)).gzip : 0;
        const total = (island?.gzip ?? 0) + dataBytes;
        it(`code scanner island with its name data ${kib(total)} KiB ≤ ${kib(BUDGETS.scanner)} KiB`, () => {
          expect(island, "the page loads the scan island").toBeDefined();
          expect(dataBytes, "the page carries the scanner's name data").toBeGreaterThan(0);
          expect(total).toBeLessThanOrEqual(BUDGETS.scanner);
        });
      }
      if (m.picker !== undefined) {
        it(`route picker island ${kib(m.picker)} KiB ≤ ${kib(BUDGETS.routePicker)} KiB`, () => {
          expect(m.picker!).toBeLessThanOrEqual(BUDGETS.routePicker);
        });
      }
      it(`CSS ${kib(m.weight.totals.css.gzip)} KiB in ${m.weight.css.length} stylesheet(s) ≤ ${kib(BUDGETS.css)} KiB`, () => {
        expect(m.weight.css.length).toBeGreaterThan(0);
        expect(m.weight.totals.css.gzip).toBeLessThanOrEqual(BUDGETS.css);
      });
      // The route picker's own pages ship every outcome as a <template> for the island, so the outcome a
      // result page shows is there twice by design; its pages are weighed above like every other page.
      if (!isRedirectPage(m.html) && !url.startsWith("/route-picker/")) {
        it("carries its text once: the longest text in <main> appears once in the body", () => {
          const text = longestText(m.html);
          if (text === undefined) return;
          expect(occurrences(bodySource(m.html), text), text.slice(0, 80)).toBe(1);
        });
      }
      if (template(url) === "guide") {
        it("carries the short answer once", () => {
          const answer = shortAnswer(m.html);
          expect(answer, "the guide shows a short answer").toBeTruthy();
          expect(occurrences(bodySource(m.html), answer!)).toBe(1);
        });
      }
    });
  }

  describe("the dated island (reader's clock)", () => {
    const withDated = measured.filter((m) => m.weight.islands.some((i) => i.name === "dated"));
    it("is loaded by pages that show something time-bound", () => {
      expect(withDated.map((m) => m.page.url)).toEqual(
        expect.arrayContaining(["/", "/names/chatgpt-image-latest/", "/timeline/"]),
      );
    });
    it("is loaded only by pages that show something time-bound", () => {
      for (const m of withDated) expect(m.html, m.page.url).toMatch(/data-timed|data-days-to|data-today-marker/);
      for (const m of measured.filter((x) => !withDated.includes(x)))
        expect(m.html, m.page.url).not.toMatch(/data-timed=|data-days-to=|data-today-marker=/);
    });
    it.each(withDated.slice(0, 1))("is at most 2 KiB gzip ($page.url)", (m) => {
      const dated = m.weight.islands.find((i) => i.name === "dated")!;
      expect(dated.gzip).toBeLessThanOrEqual(2 * KiB);
    });
  });

  afterAll(() => {
    const rows = measured.map((m) => {
      const w = m.weight;
      return `| ${m.page.url} | ${template(m.page.url)} | ${kib(w.html.raw)} / ${kib(w.html.gzip)} | ${kib(w.totals.css.raw)} / ${kib(w.totals.css.gzip)} | ${kib(w.totals.js.raw)} / ${kib(w.totals.js.gzip)} | ${w.islands.map((i) => i.name).join(", ")} |`;
    });
    console.log(
      [
        `Page weight in ${path.relative(process.cwd(), OUT_DIR)}/ (KiB, raw / gzip -9)`,
        "| page | template | HTML | CSS | JS | islands |",
        "| --- | --- | --- | --- | --- | --- |",
        ...rows,
      ].join("\n"),
    );
  });
});

import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withoutRuntime } from "@/scripts/lib/export/runtime-free";
import { ExportShapeError, stripRuntime } from "@/scripts/lib/export/strip";
import { pageStripper } from "@/scripts/lib/export/strip-pages";
import { page, RUNTIME_NOMODULE } from "../support/raw-page";

const LD_JSON = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article"}</script>';
const ISLAND = '<script type="module" src="/islands/term-ABC.js" data-island="term" fetchPriority="low"></script>';
const ISLAND_DATA = '<script type="application/json" data-island-data="picker">{"a":[1,2],"b":"</p>"}</script>';

describe("stripRuntime", () => {
  it("cuts React's empty text separators, wherever React wrote them, and keeps every other comment", () => {
    // A separator between two texts, one at the end of an element (where one ends up depends on timing),
    // and comments that are not separators: Suspense markers and a comment with words.
    const body = "<p>Shuts down in <!-- -->3 days</p><span>Current<!-- --></span><!--$--><!--/$--><!-- kept -->";
    const result = stripRuntime(page({ body }), "a.html");
    expect(result.html).toBe(
      page({ runtime: false, body: "<p>Shuts down in 3 days</p><span>Current</span><!--$--><!--/$--><!-- kept -->" }),
    );
    expect(result.removed).toBe(7);
  });

  it("removes the runtime scripts and script preloads and leaves every other byte unchanged", () => {
    const result = stripRuntime(page(), "a.html");
    expect(result.html).toBe(page({ runtime: false }));
    // 3 in <head> (preload + 2 chunks), the noModule polyfill, 3 at the end of <body>.
    expect(result.removed).toBe(7);
    expect(result.islands).toEqual([]);
  });

  it("keeps islands, their JSON data blocks and JSON-LD", () => {
    const input = page({ head: LD_JSON, body: ISLAND_DATA + ISLAND + LD_JSON });
    const result = stripRuntime(input, "a.html");
    expect(result.html).toBe(page({ head: LD_JSON, body: ISLAND_DATA + ISLAND + LD_JSON, runtime: false }));
    expect(result.islands).toEqual(["term"]);
    expect(result.islandSrcs).toEqual(["/islands/term-ABC.js"]);
    expect(result.html).toContain(ISLAND_DATA);
  });

  it("removes module preloads and inline scripts that are not declared islands", () => {
    const extra = '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>';
    const inline = "<script>console.log(1)</script>";
    const result = stripRuntime(page({ head: extra, body: inline }), "a.html");
    expect(result.html).toBe(page({ runtime: false }));
  });

  it("keeps preloads of things other than scripts", () => {
    const font = '<link rel="preload" as="font" href="/f.woff2" crossorigin=""/>';
    expect(stripRuntime(page({ head: font }), "a.html").html).toBe(page({ head: font, runtime: false }));
  });

  it("refuses a page that was already stripped (the runtime markers are gone)", () => {
    const once = stripRuntime(page(), "a.html").html;
    expect(() => stripRuntime(once, "a.html")).toThrow(ExportShapeError);
  });

  it("throws ExportShapeError when the runtime chunk scripts are missing", () => {
    const noChunks = page().replace(/<script src="\/_next\/static\/chunks\/[^"]+"[^>]*><\/script>/g, "");
    expect(() => stripRuntime(noChunks, "x/index.html")).toThrow(ExportShapeError);
    expect(() => stripRuntime(noChunks, "x/index.html")).toThrow(/x\/index\.html: expected Next's runtime/);
  });

  it("throws ExportShapeError when the inline page data (self.__next_f) is missing", () => {
    const noFlight = page().replace(/<script>[^<]*__next_f[^<]*<\/script>/g, "");
    expect(noFlight).not.toContain("__next_f");
    expect(() => stripRuntime(noFlight, "a.html")).toThrow(ExportShapeError);
  });

  it('refuses streamed Suspense content (<div hidden id="S:0">)', () => {
    const streamed = page({ body: '<div hidden id="S:0"><p>the real content</p></div>' });
    expect(() => stripRuntime(streamed, "long.html")).toThrow(ExportShapeError);
    expect(() => stripRuntime(streamed, "long.html")).toThrow(/Suspense/);
  });

  it('refuses a Suspense boundary placeholder (<template id="B:0">)', () => {
    const boundary = page({ body: '<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->' });
    expect(() => stripRuntime(boundary, "a.html")).toThrow(ExportShapeError);
  });

  it("refuses React's streaming swap scripts ($RC)", () => {
    const swap = page({ body: '<script>$RC("B:0","S:0")</script>' });
    expect(() => stripRuntime(swap, "a.html")).toThrow(ExportShapeError);
    expect(() => stripRuntime(swap, "a.html")).toThrow(/\$RC/);
  });

  it("does not mistake an ordinary hidden element for streamed content", () => {
    const hidden = '<div hidden="" id="menu"><p>menu</p></div><div hidden="" id="S:x">not a boundary</div>';
    expect(stripRuntime(page({ body: hidden }), "a.html").html).toBe(page({ body: hidden, runtime: false }));
  });
});

describe("the strip cache (pageStripper)", () => {
  const dir = () => mkdtempSync(path.join(os.tmpdir(), "strip-cache-"));
  const islands = page({ head: LD_JSON + ISLAND, body: ISLAND_DATA });

  it("reads the runtime tags the same way as the parse5 strip, on every shape above", () => {
    const separators = page({ body: "<p>Shuts down in <!-- -->3 days</p><span>Current<!-- --></span>" });
    for (const html of [page(), islands, page({ head: '<link rel="modulepreload" href="/x.js"/>' }), separators]) {
      const { html: fast, removed } = withoutRuntime(html);
      const full = stripRuntime(html, "a.html");
      expect(fast).toBe(full.html);
      expect(removed).toBe(full.removed);
    }
  });

  it("answers a page whose runtime tags alone changed from the cache, with the same result as a parse", () => {
    const cacheDir = dir();
    const first = pageStripper(cacheDir);
    first.strip(islands, "a.html");
    // A warm .next/ splits the runtime into other chunks: same page, other script tags.
    const rechunked = islands
      .replace("turbopack-cc.js", "turbopack-ee.js")
      .replace("</head>", `${RUNTIME_NOMODULE}</head>`);
    const second = pageStripper(cacheDir);
    const result = second.strip(rechunked, "a.html");
    expect(second.stats).toEqual({ parsed: 0, cached: 1 });
    expect(result).toEqual(stripRuntime(rechunked, "a.html"));
  });

  it("keeps a page with React's text separators, so a rebuild reads it from the cache", () => {
    const cacheDir = dir();
    const html = page({ body: "<span>Current<!-- --></span>" });
    pageStripper(cacheDir).strip(html, "a.html");
    const again = pageStripper(cacheDir);
    expect(again.strip(html, "a.html").html).toBe(page({ runtime: false, body: "<span>Current</span>" }));
    expect(again.stats).toEqual({ parsed: 0, cached: 1 });
  });

  it("parses again when anything a reader gets changed: text, JSON-LD or island data", () => {
    const cacheDir = dir();
    pageStripper(cacheDir).strip(islands, "a.html");
    const again = pageStripper(cacheDir);
    again.strip(islands.replace("Text with", "Text, now with"), "a.html");
    again.strip(islands.replace('"@type":"Article"', '"@type":"FAQPage"'), "a.html");
    again.strip(islands.replace('"a":[1,2]', '"a":[1,3]'), "a.html");
    again.strip(islands, "b.html");
    expect(again.stats).toEqual({ parsed: 4, cached: 0 });
  });
});

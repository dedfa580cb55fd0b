import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageWeigher } from "@/scripts/lib/export/page-weight";

/** A tiny export in the shape esbuild writes with code splitting: a launcher that lazily imports a dialog. */
const FILES: Record<string, string> = {
  "islands/launcher-A.js":
    'import{a as o}from"./chunk-S.js";addEventListener("click",()=>import("./dialog-D.js").then(m=>m.open(o)));',
  "islands/chunk-S.js": "export const a=1;",
  "islands/dialog-D.js": `import{a}from"./chunk-S.js";export function open(){return a+${JSON.stringify("x".repeat(5000))}}`,
  "islands/other-B.js": 'import"./chunk-S.js";console.log(2);',
  "_next/static/chunks/site.css": "body{color:red}".repeat(50),
};
const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;

const page = (scripts: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/site.css"/></head><body><p>Hi</p>${scripts}</body></html>`;

describe("PageWeigher", () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "page-weight-"));
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
      writeFileSync(path.join(out, rel), text);
    }
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("counts an island and its static imports, not the chunk it imports lazily", async () => {
    const w = await new PageWeigher(out).weigh(
      page('<script type="module" src="/islands/launcher-A.js" data-island="search"></script>'),
    );
    expect(w.js.map((a) => a.url)).toEqual(["/islands/launcher-A.js", "/islands/chunk-S.js"]);
    expect(w.totals.js.gzip).toBe(gz(FILES["islands/launcher-A.js"]!) + gz(FILES["islands/chunk-S.js"]!));
    expect(w.islands).toEqual([
      expect.objectContaining({ name: "search", files: ["/islands/launcher-A.js", "/islands/chunk-S.js"] }),
    ]);
  });

  it("counts a chunk shared by two islands once for the page", async () => {
    const w = await new PageWeigher(out).weigh(
      page(
        '<script type="module" src="/islands/launcher-A.js" data-island="a"></script><script type="module" src="/islands/other-B.js" data-island="b"></script>',
      ),
    );
    expect(w.js.map((a) => a.url).sort()).toEqual([
      "/islands/chunk-S.js",
      "/islands/launcher-A.js",
      "/islands/other-B.js",
    ]);
  });

  it("sums the stylesheets the page links and measures the HTML itself", async () => {
    const html = page("");
    const w = await new PageWeigher(out).weigh(html);
    expect(w.js).toEqual([]);
    expect(w.totals.css).toEqual({
      raw: FILES["_next/static/chunks/site.css"]!.length,
      gzip: gz(FILES["_next/static/chunks/site.css"]!),
    });
    expect(w.html).toEqual({ raw: html.length, gzip: gz(html) });
  });
});

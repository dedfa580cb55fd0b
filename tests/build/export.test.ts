/**
 * The post-export step (scripts/lib/export/strip.ts) against the real export: for every page, what a reader,
 * a crawler and a link checker see is the same before and after, and nothing of the framework runtime
 * is left. Originals are the copies scripts/postexport.ts keeps in .cache/export-original/.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillIslandData } from "@/scripts/lib/export/island-data-after-export";
import { filesUnder } from "@/scripts/lib/files-under";
import { OUT_DIR, exportedPages, readPage } from "../support/exported-pages";
import {
  attr,
  dataScripts,
  elements,
  headTags,
  hrefs,
  isScriptPreload,
  parseHtml,
  scripts,
  visibleText,
} from "../support/html";

const ORIGINALS = path.resolve(process.env.ORIGINALS_DIR ?? path.join(".cache", "export-original"));
const pages = exportedPages();

/**
 * A page's original, with the island data the build writes after this step filled in the same way
 * (the 404 page's; scripts/lib/export/island-data-after-export.ts), so the comparison is of the strip alone.
 */
function originalOf(file: string): string {
  const rel = path.relative(OUT_DIR, file);
  return fillIslandData(readFileSync(path.join(ORIGINALS, rel), "utf8"), rel);
}

describe("post-export step", () => {
  it("ran on an export with pages, and kept an original of every page", () => {
    expect(pages.length).toBeGreaterThan(0);
    const missing = pages.filter((p) => !existsSync(path.join(ORIGINALS, path.relative(OUT_DIR, p.file))));
    expect(missing.map((p) => p.url)).toEqual([]);
  });

  for (const p of pages) {
    describe(p.url, () => {
      const after = readPage(p);
      const before = originalOf(p.file);

      it("shows the same visible text, links, head tags and JSON-LD as before", () => {
        expect(after.length).toBeLessThan(before.length);
        expect(visibleText(after)).toBe(visibleText(before));
        expect(visibleText(after).trim().length).toBeGreaterThan(0);
        expect(hrefs(after)).toEqual(hrefs(before));
        expect(headTags(after)).toEqual(headTags(before));
        expect(dataScripts(after)).toEqual(dataScripts(before));
      });

      it("keeps no script but declared islands, island data and JSON-LD", () => {
        const problems: string[] = [];
        for (const s of scripts(after)) {
          const type = attr(s, "type");
          const island = attr(s, "data-island");
          const src = attr(s, "src");
          const text = s.childNodes.map((c) => ("value" in c ? c.value : "")).join("");
          if (type === "application/ld+json") {
            if (!isJson(text)) problems.push("JSON-LD that is not valid JSON");
          } else if (attr(s, "data-island-data") !== undefined) {
            if (type !== "application/json" || !isJson(text))
              problems.push(`island data block that is not type="application/json" JSON`);
          } else if (island) {
            if (type !== "module" || !src?.startsWith("/islands/") || text.trim())
              problems.push(`island "${island}" is not an external module under /islands/`);
            else if (!existsSync(path.join(OUT_DIR, src)))
              problems.push(`island "${island}" points at ${src}, which is not in out/`);
          } else problems.push(`undeclared script ${src ?? text.slice(0, 60)}`);
        }
        for (const el of elements(parseHtml(after)))
          if (isScriptPreload(el)) problems.push(`script preload ${attr(el, "href")}`);
        expect(problems).toEqual([]);
        expect(after).not.toContain("__next_f");
        expect(after).not.toContain("/_next/static/chunks/turbopack");
      });
    });
  }

  it("left no RSC payload files and no runtime code in out/", () => {
    const payloads: string[] = [];
    const runtime: string[] = [];
    for (const f of filesUnder(OUT_DIR)) {
      const rel = path.relative(OUT_DIR, f);
      if (/^(index|__next\..*)\.txt$/.test(path.basename(f))) payloads.push(rel);
      if (/\.(html|js|txt|json)$/.test(f) && readFileSync(f, "utf8").includes("self.__next_f")) runtime.push(rel);
    }
    expect(payloads).toEqual([]);
    expect(runtime).toEqual([]);
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

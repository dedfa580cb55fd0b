/**
 * Island data filled in after the export (the 404 page's suggestions): the filled element is byte for byte
 * what <IslandData> renders, an unknown island or a malformed element stops the build, and the self-check
 * refuses a page whose element was left empty.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { IslandData, IslandDataAfterExport } from "@/components/site/island-data";
import { AFTER_EXPORT_DATA } from "@/lib/island-data-after-export";
import { fillIslandData, fillIslandDataAfterExport } from "@/scripts/lib/export/island-data-after-export";
import { AFTER_EXPORT_ATTR } from "@/lib/island-data";
import { selfCheck } from "@/scripts/lib/export/self-check";
import { writeFiles } from "../support/files";

const HOME = mkdtempSync(path.join(tmpdir(), "after-export-"));
afterAll(() => rmSync(HOME, { recursive: true, force: true }));

const site = (name: string, pages: Record<string, string>) => writeFiles(path.join(HOME, name), pages);

const empty = (name: "not-found") => renderToStaticMarkup(createElement(IslandDataAfterExport, { name }));

describe("island data filled after the export", () => {
  it("becomes exactly what <IslandData> renders, on the pages that carry it only", () => {
    const page = (inner: string) => `<!DOCTYPE html><html><body><main>${inner}</main></body></html>`;
    const dir = site("fill", { "404.html": page(empty("not-found")), "index.html": page("<p>home</p>") });
    expect(fillIslandDataAfterExport(dir)).toEqual(["404.html"]);
    const rendered = renderToStaticMarkup(
      createElement(IslandData<"not-found">, { name: "not-found", data: AFTER_EXPORT_DATA["not-found"]() }),
    );
    expect(readFileSync(path.join(dir, "404.html"), "utf8")).toBe(page(rendered));
    expect(readFileSync(path.join(dir, "index.html"), "utf8")).toBe(page("<p>home</p>"));
    // The suggestions hold the real names and guides.
    expect(rendered).toContain('"url":"/names/gpt-image-2/"');
    expect(rendered).toContain('"url":"/guides/who-bills-what/"');
  });

  it("stops on an island it has no data for, or an element it cannot read", () => {
    const unknown = site("unknown", {
      "404.html": empty("not-found").replace('data-island-data="not-found"', 'data-island-data="no-such-island"'),
    });
    expect(() => fillIslandDataAfterExport(unknown)).toThrow('no after-export data for island "no-such-island"');
    const malformed = site("malformed", {
      "404.html": empty("not-found").replace("<script ", '<script class="x" '),
    });
    expect(() => fillIslandDataAfterExport(malformed)).toThrow("is not in the expected form");
  });

  it("reads the element, not the attribute's name in the raw export's runtime payload", () => {
    const payload = `<script>self.__next_f.push([1,"[\\"$\\",\\"script\\",null,{\\"${AFTER_EXPORT_ATTR}\\":\\"\\"}]"])</script>`;
    expect(fillIslandData(payload)).toBe(payload);
    expect(selfCheck(site("payload", { "index.html": `<html><body>${payload}</body></html>` }))).toEqual(
      expect.not.arrayContaining([expect.stringContaining("island data left")]),
    );
  });

  it("is refused by the self-check when left empty", () => {
    const dir = site("unfilled", { "404.html": `<html><body>${empty("not-found")}</body></html>` });
    expect(selfCheck(dir)).toContain("404.html: island data left for after the export is not filled in");
  });
});

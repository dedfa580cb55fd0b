/**
 * The content check accepts a link such as /names/gpt-image-2/#lifecycle from a list of ids it computes
 * from content alone (lib/content/check/site-paths.ts). Here that list meets the exported pages: every id it
 * accepts must exist on the page, and every section heading on the page must be in it, so the check neither
 * lets a broken anchor through nor rejects a real one.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSnapshot } from "@/lib/content/check";
import { parseGuide } from "@/lib/content/check/mdx-tree";
import { siteMap } from "@/lib/content/check/site-paths";
import { OUT_DIR } from "../support/exported-pages";
import { attr, elements, parseHtml } from "../support/html";

const { snapshot } = loadSnapshot();
const trees = (await Promise.all(snapshot.guides.map(parseGuide))).map((p) => p.tree);
const anchors = [...siteMap(snapshot, trees).anchors].filter(([page]) =>
  existsSync(path.join(OUT_DIR, page, "index.html")),
);
// Route pages drop "Names on this route" when every name on it has shut down: the check leaves that id out.
const UNCHECKED = new Set(["names"]);

describe("anchors the content check accepts", () => {
  it("cover guide, name and route pages", () => {
    for (const section of ["/guides/", "/names/", "/routes/"])
      expect(
        anchors.some(([page]) => page.startsWith(section)),
        section,
      ).toBe(true);
  });

  for (const [page, accepted] of anchors) {
    it(`match the ids on ${page}`, () => {
      const doc = parseHtml(readFileSync(path.join(OUT_DIR, page, "index.html"), "utf8"));
      const all = [...elements(doc)];
      const ids = new Set(all.map((el) => attr(el, "id")).filter((id): id is string => !!id));
      expect([...accepted].filter((id) => !ids.has(id))).toEqual([]);
      const headings = all
        .filter((el) => el.tagName === "h2")
        .map((el) => attr(el, "id"))
        .filter((id): id is string => !!id && !UNCHECKED.has(id));
      expect(headings.filter((id) => !accepted.has(id))).toEqual([]);
    });
  }
});

/**
 * lib/urls.ts owns every address and section id; lib/seo/site-pages.ts owns the list of pages. These tests
 * pin the shapes readers and links rely on, and check that every consumer that builds the list from other
 * inputs (the content check reads raw content, the sitemap the loaders) still agrees with it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadSnapshot } from "@/lib/content/check";
import { namePageIds, routePageIds, siteMap } from "@/lib/content/check/site-paths";
import { answerUrl, type SearchNameEntry } from "@/lib/search/name-match";
import { sitePages } from "@/lib/seo/site-pages";
import { TEST_AS_OF } from "@/scripts/lib/as-of-builds";
import {
  guideUrl,
  markdownTwinPath,
  nameCalendarPath,
  nameFeedPath,
  nameUrl,
  PAGES,
  requestsUrl,
  ROUTE_SECTIONS,
  routeUrl,
  stepUrl,
  withId,
} from "@/lib/urls";

beforeAll(() => {
  process.env.SITE_AS_OF = TEST_AS_OF;
});

describe("page and file addresses", () => {
  it("end in a slash for pages and sit under their section", () => {
    expect(nameUrl("gpt-image-2")).toBe("/names/gpt-image-2/");
    expect(guideUrl("who-bills-what")).toBe("/guides/who-bills-what/");
    expect(routeUrl("api")).toBe("/routes/api/");
    expect(requestsUrl("gpt-image-2")).toBe("/tools/requests/gpt-image-2/");
    expect(stepUrl([])).toBe(PAGES.picker);
    expect(stepUrl(["api", "batch"])).toBe("/route-picker/api/batch/");
    expect(withId(PAGES.names, "lookup")).toBe("/names/#lookup");
  });

  it("put a name's files beside its page and give guides and names a Markdown twin", () => {
    expect(nameFeedPath("dall-e-3")).toBe("/names/dall-e-3/feed.xml");
    expect(nameCalendarPath("dall-e-3")).toBe("/names/dall-e-3/calendar.ics");
    expect(markdownTwinPath(nameUrl("dall-e-3"))).toBe("/names/dall-e-3.md");
    expect(markdownTwinPath(guideUrl("who-bills-what"))).toBe("/guides/who-bills-what.md");
    expect(markdownTwinPath(routeUrl("api"))).toBeUndefined();
  });

  it("send a price question from the search island to the name page's Prices section id", () => {
    const entry = { slug: "gpt-image-2", name: "gpt-image-2", url: nameUrl("gpt-image-2"), hasPrices: true };
    // answerUrl reads only url and hasPrices; the rest of a search entry does not matter here.
    expect(answerUrl(entry as unknown as SearchNameEntry, "gpt-image-2 price")).toBe("/names/gpt-image-2/#prices");
    expect(answerUrl(entry as unknown as SearchNameEntry, "gpt-image-2")).toBe("/names/gpt-image-2/");
  });
});

describe("section ids", () => {
  const { snapshot } = loadSnapshot();

  it("list a name page's optional sections only when its entry has them", () => {
    const byslug = new Map(snapshot.names.map((n) => [n.data.slug, n.data]));
    const model = byslug.get("gpt-image-2")!;
    const ids = namePageIds(model, snapshot.guides, new Set(["gpt-image-2"]));
    expect(ids).toEqual(expect.arrayContaining(["main", "prices", "snapshots", "for-developers", "lifecycle"]));
    expect(namePageIds(model, snapshot.guides)).not.toContain("prices");
    const reseller = snapshot.names.find((n) => n.data.notOpenAI)!.data;
    expect(namePageIds(reseller, snapshot.guides)).not.toContain("snapshots");
  });

  it("leave the route page's date-dependent names section out of what links may target", () => {
    expect(ROUTE_SECTIONS.map((s) => s.id)).toContain("names");
    for (const r of snapshot.routes) {
      const ids = routePageIds(r.data, snapshot.guides);
      expect(ids).not.toContain("names");
      expect(ids).toEqual(expect.arrayContaining(["scorecard", "route-test", "other-routes"]));
    }
  });
});

describe("the list of site pages", () => {
  it("dates an index page by the latest of what it lists, and leaves undated pages undated", () => {
    const pages = sitePages({
      guides: [
        { slug: "a", lastmod: "2026-01-02" },
        { slug: "b", lastmod: "2026-03-04" },
      ],
      names: [{ slug: "n", lastmod: "2026-02-01" }],
      routes: [{ slug: "api" }],
      pickerSteps: [[], ["api"]],
      requestModels: ["gpt-image-2"],
      apiDates: ["2026-11-01"],
    });
    const at = new Map(pages.map((p) => [p.path, p.lastmod]));
    expect(at.get(PAGES.home)).toBe("2026-03-04");
    expect(at.get(PAGES.guides)).toBe("2026-03-04");
    expect(at.get(PAGES.names)).toBe("2026-02-01");
    expect(at.get(PAGES.timeline)).toBe("2026-02-01");
    expect(at.get(PAGES.api)).toBe("2026-11-01");
    expect(at.has(routeUrl("api"))).toBe(true);
    expect(at.get(routeUrl("api"))).toBeUndefined();
    expect(at.get(PAGES.routes)).toBeUndefined();
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining(["/route-picker/api/", requestsUrl("gpt-image-2")]),
    );
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it("is the same for the content check (from raw content) and the sitemap (from the loaders)", async () => {
    const { indexablePages } = await import("@/lib/seo/indexable-pages");
    const { snapshot } = loadSnapshot();
    const checked = siteMap(snapshot, []).pages;
    const missing = indexablePages()
      .map((p) => p.path)
      .filter((p) => !checked.has(p));
    expect(missing).toEqual([]);
  });
});

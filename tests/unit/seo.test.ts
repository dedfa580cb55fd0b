import { describe, expect, it } from "vitest";
import { createResolver } from "@/lib/names/resolve";
import { cleanExcerpt } from "@/lib/search/excerpt";
import { answerUrl, pinnedName, type SearchNameEntry } from "@/lib/search/name-match";
import { queryFromPath } from "@/lib/search/not-found-index";
import { searchVariants } from "@/lib/search/variants";
import { atomFeed, escapeHtml } from "@/lib/seo/atom";
import { cardText } from "@/lib/seo/card-text";
import { cardImage, pageMetadata, SITE_CARD } from "@/lib/seo/metadata";
import { htmlText, parseXml } from "../support/xml";

describe("searchVariants", () => {
  it("adds the spellings people type: spaces, run together, small numbers in words", () => {
    const v = searchVariants(["gpt-image-2", "GPT Image 2"]);
    expect(v).toEqual(
      expect.arrayContaining(["gpt-image-2", "GPT Image 2", "gpt image 2", "gptimage2", "gpt image two"]),
    );
  });

  it("joins a letter split off by a hyphen or middle dot (DALL·E → dalle)", () => {
    expect(searchVariants(["DALL·E 3"])).toEqual(
      expect.arrayContaining(["dall e 3", "dalle 3", "dalle3", "dalle three"]),
    );
  });

  it("never spells out part of a version or a date", () => {
    const v = searchVariants(["gpt-image-2.5", "gpt-image-2-2026-04-21", "ImageGen 2.0"]).join(" | ");
    expect(v).not.toMatch(/\b(two|five|zero|four)\b/);
    expect(v).toContain("gpt image 2.5");
  });

  it("skips empty forms and keeps each spelling once", () => {
    const v = searchVariants([undefined, "", "batch", "Batch"]);
    expect(new Set(v).size).toBe(v.length);
    expect(v).toContain("batch");
  });
});

describe("pinnedName", () => {
  const entry = (slug: string, name: string, aliases: string[] = []): SearchNameEntry => ({
    slug,
    name,
    aliases,
    url: `/names/${slug}/`,
    layer: "API model",
    status: "Current",
    definition: "",
  });
  const resolve = createResolver([
    entry("gpt-image-2", "gpt-image-2", ["GPT Image 2"]),
    { ...entry("gpt-image-2-5-flare", "gpt-image-2.5-flare"), apiId: "gpt-image-2.5-flare", role: "model" },
    entry("dall-e-3", "DALL·E 3", ["dalle3"]),
    entry("gpt-image", "GPT Image"),
  ]);

  it("leads with the name page when the query is one name in any spelling", () => {
    expect(pinnedName(resolve, "gpt image two")?.entry.slug).toBe("gpt-image-2");
    expect(pinnedName(resolve, "GPT-Image-2")?.entry.slug).toBe("gpt-image-2");
    expect(pinnedName(resolve, "dalle 3")?.entry.slug).toBe("dall-e-3");
    expect(pinnedName(resolve, "gpt-imgae-2")?.entry.slug).toBe("gpt-image-2");
    expect(pinnedName(resolve, "gpt image two")?.note).toBeUndefined();
  });

  it("leads with what the lookup lists first, so both fields give the same first answer", () => {
    for (const q of ["flare", "gpt image", "dalle3", "gpt-image-2-5-flare", "gpt-image-2.5-flare-vip"]) {
      const r = resolve(q);
      expect(pinnedName(resolve, q)?.entry.slug, q).toBe(r.matches[0]?.entry.slug);
    }
  });

  it("explains an offer that is not the name typed", () => {
    expect(pinnedName(resolve, "gpt-image-2-5-flare")).toMatchObject({
      entry: { slug: "gpt-image-2-5-flare" },
      note: expect.stringContaining("OpenAI's id is gpt-image-2.5-flare"),
    });
    expect(pinnedName(resolve, "gpt-image-2.5-flare-vip")?.note).toContain("Not an OpenAI name");
  });

  it("leaves an unknown query to full-text ranking", () => {
    expect(pinnedName(resolve, "billing")).toBeUndefined();
    expect(pinnedName(resolve, "gpt-image-3")).toBeUndefined();
  });

  it("sends a price question to the Prices section of a name that has one", () => {
    const priced = { ...entry("gpt-image-2", "gpt-image-2"), hasPrices: true };
    expect(answerUrl(priced, "gpt-image-2 pricing")).toBe("/names/gpt-image-2/#prices");
    expect(answerUrl(priced, "gpt-image-2")).toBe("/names/gpt-image-2/");
    expect(answerUrl(entry("dall-e-3", "DALL·E 3"), "dalle 3 price")).toBe("/names/dall-e-3/");
  });
});

describe("cleanExcerpt", () => {
  it("drops fragments a table repeats, keeping the first and the marks", () => {
    expect(
      cleanExcerpt(
        "<mark>transparent</mark> (preview), opaque, auto. <mark>transparent</mark>, opaque, auto. <mark>transparent</mark>, opaque, auto. n/a.",
      ),
    ).toBe("<mark>transparent</mark> (preview), opaque, auto. <mark>transparent</mark>, opaque, auto. n/a.");
  });
  it("drops stray citation numbers and heading marks", () => {
    expect(cleanExcerpt("Batch support at a 50% discount[1, secondary]. Batch pricing # The rows")).toBe(
      "Batch support at a 50% discount. Batch pricing The rows",
    );
  });
});

describe("queryFromPath", () => {
  it("takes the last segment as words", () => {
    expect(queryFromPath("/names/gpt-imge-2/")).toBe("gpt imge 2");
    expect(queryFromPath("/guides/who_bills+what")).toBe("who bills what");
    expect(queryFromPath("/dall%C2%B7e-3.html")).toBe("dall·e 3");
  });

  it("survives a malformed escape and an empty path", () => {
    expect(queryFromPath("/names/%E0%A4%A/")).toBe("%E0%A4%A");
    expect(queryFromPath("/")).toBe("");
  });
});

describe("social card metadata", () => {
  it("lets Next add the card of a guide, name or route page (no images key)", () => {
    expect(cardImage("/guides/who-bills-what/", "/guides/who-bills-what/")).toBeUndefined();
    const meta = pageMetadata({ title: "A guide", description: "d".repeat(60), path: "/names/gpt-image-2/" });
    expect(meta.openGraph).not.toHaveProperty("images");
    expect(meta.twitter).not.toHaveProperty("images");
  });

  it("gives an alias page its name's card and every other page the site card", () => {
    expect(cardImage("/names/dalle3/", "/names/dall-e-3/")).toBe("/names/dall-e-3/opengraph-image");
    expect(cardImage("/guides/", "/guides/")).toBe(SITE_CARD);
    expect(cardImage("/route-picker/a/b/", "/route-picker/a/")).toBe(SITE_CARD);
    const meta = pageMetadata({ title: "Search", description: "d".repeat(60), path: "/search/", noindex: true });
    expect(meta.openGraph).toMatchObject({ images: [{ url: SITE_CARD, width: 1200, height: 630 }] });
    expect(meta.robots).toEqual({ index: false, follow: true });
  });

  it("keeps card text inside the bundled fonts' characters", () => {
    expect(cardText("DALL·E 3 → GPT Image 2")).toBe("DALL·E 3 to GPT Image 2");
    expect(cardText("Images 🎨 v2")).toBe("Images  v2");
    expect(cardText("“quoted” – dash")).toBe("“quoted” – dash");
  });
});

describe("atomFeed", () => {
  const feed = atomFeed({
    id: "https://x.example/",
    title: "T & <T>",
    subtitle: "S",
    self: "https://x.example/feed.xml",
    home: "https://x.example/",
    author: "A",
    entries: [
      {
        id: "tag:x.example,2026:a",
        title: "Old ]]> <b>",
        link: "https://x.example/a/",
        updated: "2026-01-02",
        summary: "a < b & c",
      },
      {
        id: "tag:x.example,2026:b",
        title: 'New "one"',
        link: "https://x.example/b/?x=1&y=2",
        updated: "2026-03-04",
        published: "2026-03-01",
        summary: "s",
      },
    ],
  });
  const doc = parseXml(feed);
  const entries = doc.children.filter((c) => c.name === "entry");

  it("escapes every text and attribute, so a reader sees the characters, never markup", () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(doc.child("title")?.text).toBe("T & <T>");
    const old = entries.find((e) => e.child("id")?.text === "tag:x.example,2026:a")!;
    expect(old.child("title")?.attrs.type).toBe("html");
    expect(htmlText(old.child("title")?.text)).toBe("Old ]]> <b>");
    expect(htmlText(old.child("summary")?.text)).toBe("a < b & c");
    const neu = entries.find((e) => e.child("id")?.text === "tag:x.example,2026:b")!;
    expect(neu.child("link")?.attrs.href).toBe("https://x.example/b/?x=1&y=2");
  });

  it("lists entries newest first and dates the feed by its newest entry", () => {
    expect(entries.map((e) => e.child("id")?.text)).toEqual(["tag:x.example,2026:b", "tag:x.example,2026:a"]);
    expect(new Date(doc.child("updated")!.text).toISOString().slice(0, 10)).toBe("2026-03-04");
    expect(new Date(entries[0]!.child("published")!.text).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
});

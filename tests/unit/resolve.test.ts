import { describe, expect, it } from "vitest";
import { nameRecordsAsOf } from "@/lib/content/names";
import { lookupEntries } from "@/lib/names/lookup-index";
import { createResolver, type Verdict } from "@/lib/names/resolve";

/** Runs against the real glossary in content/names, with statuses as of the pinned test date. */
const names = nameRecordsAsOf("2026-11-21");
const resolve = createResolver(lookupEntries(names));

/** Spellings seen in the wild → the name page a reader should land on first. */
const SPELLINGS: Array<[string, string]> = [
  // gpt-image-2: case, spaces, hyphens, underscores, dots, number words, stray quotes and typos
  ["GPT-Image-2", "gpt-image-2"],
  ["gpt image 2", "gpt-image-2"],
  ["gpt-image-2", "gpt-image-2"],
  ["GPT Image 2", "gpt-image-2"],
  ["gpt image two", "gpt-image-2"],
  ["gptimage2", "gpt-image-2"],
  ["GPT Image 2.0", "gpt-image-2"],
  ["gpt_image_2", "gpt-image-2"],
  ["  `gpt-image-2`  ", "gpt-image-2"],
  ["gpt-img-2", "gpt-image-2"],
  ["gtp-image-2", "gpt-image-2"],
  ["gpt-image-v2", "gpt-image-2"],
  ["OpenAI gpt-image-2 model", "gpt-image-2"],
  ["GPT\u2011Image\u20112", "gpt-image-2"],
  ["\uff27\uff30\uff34\uff0d\uff29\uff4d\uff41\uff47\uff45\uff0d\uff12", "gpt-image-2"],
  ["gpt-image-2 pricing", "gpt-image-2"],
  // the snapshot
  ["gpt-image-2-2026-04-21", "gpt-image-2-2026-04-21"],
  ["gpt image 2 2026-04-21", "gpt-image-2-2026-04-21"],
  ["GPT-Image-2-2026-04-21", "gpt-image-2-2026-04-21"],
  // ChatGPT Images 2.0 and the unconfirmed ImageGen 2.0 label
  ["ChatGPT Images 2", "chatgpt-images-2-0"],
  ["ChatGPT Images 2.0", "chatgpt-images-2-0"],
  ["chatgpt images two", "chatgpt-images-2-0"],
  ["ChatGPT Image 2.0", "chatgpt-images-2-0"],
  ["chatgpt-images-2-0", "chatgpt-images-2-0"],
  ["chatgptimages2", "chatgpt-images-2-0"],
  ["Images 2.0", "chatgpt-images-2-0"],
  ["Image Gen 2.0", "imagegen-2-0"],
  ["ImageGen 2.0", "imagegen-2-0"],
  ["imagegen 2", "imagegen-2-0"],
  ["GPT ImageGen 2.0", "imagegen-2-0"],
  // DALL·E: the middle dot, hyphens, no separator at all
  ["DALL-E 3", "dall-e-3"],
  ["dalle3", "dall-e-3"],
  ["DALL·E 3", "dall-e-3"],
  ["DALL•E 3", "dall-e-3"],
  ["Dall E3", "dall-e-3"],
  ["dall-e-3", "dall-e-3"],
  ["dalle three", "dall-e-3"],
  ["DALL·E 2", "dall-e-2"],
  ["dalle2", "dall-e-2"],
  ["DALL·E", "dall-e"],
  ["dalle", "dall-e"],
  ["DALL-E GPT", "dall-e-gpt"],
  // the gpt-image-1 generation
  ["gpt image 1 mini", "gpt-image-1-mini"],
  ["gpt-image-1-mini", "gpt-image-1-mini"],
  ["GPT Image 1 Mini", "gpt-image-1-mini"],
  ["gpt image mini", "gpt-image-1-mini"],
  ["gpt-image-1", "gpt-image-1"],
  ["GPT Image 1.0", "gpt-image-1"],
  ["gpt image one", "gpt-image-1"],
  ["gpt-image-1.5", "gpt-image-1-5"],
  ["gpt image 1.5", "gpt-image-1-5"],
  ["GPT-Image-1.5", "gpt-image-1-5"],
  ["gpt image one point five", "gpt-image-1-5"],
  ["gpt-image-1.5-2025-12-16", "gpt-image-1-5-2025-12-16"],
  ["GPT Image", "gpt-image"],
  ["gpt-image", "gpt-image"],
  ["GPT Image models", "gpt-image"],
  // the alias
  ["chatgpt-image-latest", "chatgpt-image-latest"],
  ["ChatGPT Image Latest", "chatgpt-image-latest"],
  ["chatgpt image latest", "chatgpt-image-latest"],
  ["chatgpt-image-lastest", "chatgpt-image-latest"],
  ["chatgpt latest", "chatgpt-image-latest"],
  // 2.5 and 2.6
  ["gpt-image-2.5-flare", "gpt-image-2-5-flare"],
  ["GPT Image 2.5 Flare", "gpt-image-2-5-flare"],
  ["gpt image 2.5 sunburst", "gpt-image-2-5-sunburst"],
  ["gpt-image-2.6-sunburst", "gpt-image-2-6-sunburst"],
  ["GPT-Image-2.6 Flare", "gpt-image-2-6-flare"],
  ["gpt image 2.6 sunbrust", "gpt-image-2-6-sunburst"],
  ["sunburst", "gpt-image-2-6-sunburst"],
  ["GPT Image 2.5", "gpt-image-2-5"],
  ["gpt-image-2.6", "gpt-image-2-6"],
  ["ChatGPT Images 2.5", "chatgpt-images-2-5"],
  ["Images 2.6", "chatgpt-images-2-6"],
  // ChatGPT names
  ["ChatGPT Images", "chatgpt-images"],
  ["new ChatGPT Images", "chatgpt-images"],
  ["4o image generation", "4o-image-generation"],
  ["GPT-4o image generation", "4o-image-generation"],
  ["4o image gen", "4o-image-generation"],
  ["images with thinking", "images-with-thinking"],
  ["Create image", "create-image"],
  // API surfaces, tools and routes
  ["Image API", "image-api"],
  ["Images API", "image-api"],
  ["/v1/images/generations", "image-api"],
  ["Responses API", "responses-api"],
  ["image_generation", "image-generation-tool"],
  ["image generation tool", "image-generation-tool"],
  ["Batch API", "batch-api"],
  ["Codex image generation", "codex-image-generation"],
  // reseller ids, which resolve to pages that say they are not OpenAI's
  ["gpt-image-2-all", "gpt-image-2-all"],
  ["gpt-image-2-vip", "gpt-image-2-vip"],
  ["gpt-image-2.5-ext", "gpt-image-2-5-ext"],
  ["sora_image", "sora-image"],
  ["gpt-4o-image", "gpt-4o-image"],
  // reseller ids recorded on 2026-11-29
  ["gpt-image-2.6-all", "gpt-image-2-6-all"],
  ["gpt-image-2.6-flare-vip", "gpt-image-2-6-flare-vip"],
  ["gpt-image-2.6-sunburst-vip", "gpt-image-2-6-sunburst-vip"],
  ["gpt-image-2.6-web", "gpt-image-2-6-web"],
  ["gpt-image-2-web", "gpt-image-2-web"],
  ["gpt-image-2.5-flare-vip", "gpt-image-2-5-flare-vip"],
  ["gpt-image-2.5-sunburst-vip", "gpt-image-2-5-sunburst-vip"],
  ["gpt-image-2.5-all", "gpt-image-2-5-all"],
];

describe("name resolver", () => {
  it("covers at least 60 spellings", () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(SPELLINGS)("%j resolves to %s first", (query, slug) => {
    const r = resolve(query);
    expect(r.found).toBe(true);
    expect(r.matches[0]?.entry.slug).toBe(slug);
  });

  it.each([
    ["gpt-image-3", "gpt-image-2"],
    ["gpt image 2.7", "gpt-image-2"],
    ["dalle 4", "dall-e-3"],
    ["midjourney v7", undefined],
    ["banana", undefined],
  ])("%j is not placed, and the closest names are offered", (query, near) => {
    const r = resolve(query);
    expect(r.found).toBe(false);
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.matches.every((m) => m.kind === "closest")).toBe(true);
    if (near) expect(r.matches.map((m) => m.entry.slug)).toContain(near);
  });

  /**
   * Queries that are not a recorded name but whose shape says what the reader is after: never placed
   * (found is false, every match is a suggestion), with the verdict that explains the offer and the page
   * offered first.
   */
  it.each<[string, Verdict, string, string[]?]>([
    // hyphens for dots: another platform's spelling of an OpenAI id (Venice writes gpt-image-2-6-sunburst)
    [
      "gpt-image-2-6-sunburst",
      { kind: "platform-spelling", official: "gpt-image-2.6-sunburst" },
      "gpt-image-2-6-sunburst",
    ],
    ["gpt-image-2-5-flare", { kind: "platform-spelling", official: "gpt-image-2.5-flare" }, "gpt-image-2-5-flare"],
    ["gpt-image-1-5", { kind: "platform-spelling", official: "gpt-image-1.5" }, "gpt-image-1-5"],
    // reseller endings on an OpenAI id: the OpenAI model first, then the recorded reseller ids like it
    [
      "gpt-image-2.5-flare:official",
      { kind: "reseller-pattern", ending: ":official", official: "gpt-image-2.5-flare" },
      "gpt-image-2-5-flare",
    ],
    [
      "gpt-image-2.6-flare-all",
      { kind: "reseller-pattern", ending: "-all", official: "gpt-image-2.6-flare" },
      "gpt-image-2-6-flare",
      ["gpt-image-2-6-all"],
    ],
    [
      "gpt-image-2-ext",
      { kind: "reseller-pattern", ending: "-ext", official: "gpt-image-2" },
      "gpt-image-2",
      ["gpt-image-2-5-ext"],
    ],
    [
      "gpt-image-1-mini-vip",
      { kind: "reseller-pattern", ending: "-vip", official: "gpt-image-1-mini" },
      "gpt-image-1-mini",
    ],
    ["gpt-image-3-vip", { kind: "reseller-pattern", ending: "-vip" }, "gpt-image-2-vip"],
    // dated ids that no source lists: the model, then the snapshots that are recorded
    [
      "gpt-image-2.6-sunburst-2026-11-04",
      { kind: "unknown-snapshot", model: "gpt-image-2.6-sunburst", date: "2026-11-04" },
      "gpt-image-2-6-sunburst",
    ],
    [
      "gpt-image-2-2026-05-01",
      { kind: "unknown-snapshot", model: "gpt-image-2", date: "2026-05-01" },
      "gpt-image-2",
      ["gpt-image-2-2026-04-21"],
    ],
    // a mainline model with "image" makes images through the Responses tool
    ["gpt-5 image", { kind: "mainline-model", model: "GPT-5" }, "image-generation-tool", ["responses-api"]],
    ["GPT 5 image generation", { kind: "mainline-model", model: "GPT-5" }, "image-generation-tool"],
    // "latest" and "newest" mean the newest recorded generation, not the chatgpt-image-latest alias
    ["latest", { kind: "newest" }, "gpt-image-2-6", ["gpt-image-2-6-sunburst", "gpt-image-2-6-flare"]],
    ["newest image model", { kind: "newest" }, "gpt-image-2-6"],
    ["what is the latest gpt image model", { kind: "newest" }, "gpt-image-2-6"],
  ])("%j is not placed; it gets a %o verdict and %s first", (query, verdict, first, also = []) => {
    const r = resolve(query);
    expect(r.found).toBe(false);
    expect(r.verdict).toEqual(verdict);
    expect(r.matches.every((m) => m.kind === "suggested")).toBe(true);
    expect(r.matches[0]?.entry.slug).toBe(first);
    for (const slug of also) expect(r.matches.map((m) => m.entry.slug)).toContain(slug);
  });

  it.each([
    // a near match is never placed as the name typed: "1.5 mini" is no name, and gpt-image-1.5 is not it
    ["gpt image 1.5 mini", "gpt-image-1-mini"],
    ["GPT Image 1.5 Mini", "gpt-image-1-mini"],
  ])("%j is not placed as another name, and %s is offered first", (query, first) => {
    const r = resolve(query);
    expect(r.found).toBe(false);
    expect(r.matches[0]?.entry.slug).toBe(first);
  });

  it("still places the alias when the query names it (not a 'newest' question)", () => {
    expect(resolve("chatgpt latest").matches[0]?.entry.slug).toBe("chatgpt-image-latest");
    expect(resolve("chatgpt latest").found).toBe(true);
  });

  it("returns nothing for an empty query", () => {
    expect(resolve("   ")).toMatchObject({ found: false, matches: [] });
  });

  it("ranks the exact name above longer names that start the same way", () => {
    const slugs = resolve("gpt image 2").matches.map((m) => m.entry.slug);
    expect(slugs[0]).toBe("gpt-image-2");
    expect(slugs).toContain("gpt-image-2-2026-04-21");
  });
});

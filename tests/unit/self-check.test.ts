/**
 * The self-check refuses to publish a page whose social card is not in the export: guide cards are drawn by
 * the build's own cards step (scripts/guide-cards.ts), so a step that drew too few must stop the build.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cardRefs, selfCheck } from "@/scripts/lib/export/self-check";
import { writeFiles } from "../support/files";

const HOME = mkdtempSync(path.join(os.tmpdir(), "self-check-"));
afterAll(() => rmSync(HOME, { recursive: true, force: true }));

const page = (card: string) =>
  `<html><head><meta property="og:image" content="${card}"/><meta property="og:image:type" content="image/png"/></head><body></body></html>`;

const site = (name: string, files: Record<string, string>) => writeFiles(path.join(HOME, name), files);

describe("social cards in the self-check", () => {
  const card = "https://example.test/guides/a/opengraph-image?0123abcd";

  it("reads the og:image a page names, not its type or size", () => {
    expect(cardRefs(page(card))).toEqual([card]);
  });

  it("names the page and the card when the card is missing", () => {
    const dir = site("missing", { "guides/a/index.html": page(card) });
    expect(selfCheck(dir)).toContain(`guides/a/index.html: social card ${card} is not in the export`);
  });

  it("reads a card named by path alone as a path in the export", () => {
    const dir = site("relative", { "guides/b/index.html": page("/guides/b/opengraph-image") });
    expect(selfCheck(dir)).toContain("guides/b/index.html: social card /guides/b/opengraph-image is not in the export");
  });

  it("is satisfied when the card is beside the page, whatever its cache-busting query", () => {
    const dir = site("present", { "guides/a/index.html": page(card), "guides/a/opengraph-image": "png" });
    expect(selfCheck(dir).filter((p) => p.includes("social card"))).toEqual([]);
  });
});

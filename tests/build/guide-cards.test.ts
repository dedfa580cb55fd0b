/**
 * Guide cards are drawn by the build's cards step, not by Next (lib/content/render-set.ts says why): the step
 * must draw exactly the card Next's opengraph-image route draws, and leave alone a card the export already
 * has (a guide taken from the page store). Runs the step for real on the guide pages of the raw export the
 * production build keeps, with an empty card cache, so every card is drawn afresh outside Next.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getGuides } from "@/lib/content/guides";
import { guideCardsToRender } from "@/lib/content/render-set";
import { CARD_FILE, cardPath, guideUrl, outFileOf } from "@/lib/urls";
import { tsScript } from "@/scripts/lib/ts-script";
import { duringEnv } from "../support/env";

const RAW = path.resolve(process.env.RAW_EXPORT_DIR ?? path.join(".cache", "build", "raw-export"));
const ROOT = path.resolve(".cache", "test-guide-cards");
const OUT = path.join(ROOT, "out");

function runCardsStep(): { status: number | null; output: string } {
  const { command, args } = tsScript("scripts/guide-cards.ts");
  const r = spawnSync(command, args, {
    encoding: "utf8",
    env: { ...process.env, OUT_DIR: OUT, OG_CACHE_DIR: path.join(ROOT, "og"), OG_STATS_DIR: "" },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const card = (root: string, slug: string) => path.join(root, outFileOf(cardPath(guideUrl(slug))));

beforeAll(() => {
  if (!existsSync(path.join(RAW, "index.html")))
    throw new Error(`No raw Next export in ${RAW}: run \`npm run build\` first (every build keeps one there).`);
  rmSync(ROOT, { recursive: true, force: true });
  // The guide pages without their cards, as Next leaves them for the step (less the one card Next draws).
  for (const slug of readdirSync(path.join(RAW, "guides"))) {
    if (!existsSync(path.join(RAW, "guides", slug, "index.html"))) continue;
    mkdirSync(path.join(OUT, "guides", slug), { recursive: true });
    cpSync(path.join(RAW, "guides", slug, "index.html"), path.join(OUT, "guides", slug, "index.html"));
  }
});

describe("the build's cards step", () => {
  const guides = getGuides();

  it("draws every guide's card, byte for byte the card the build published", () => {
    const run = runCardsStep();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`cards: ${guides.length} guide cards written, ${guides.length} drawn`);
    for (const g of guides) expect(readFileSync(card(OUT, g.slug)), g.slug).toEqual(readFileSync(card(RAW, g.slug)));
  });

  it("draws the same card Next's route drew for the guide Next still renders", () => {
    const [byNext] = duringEnv({ GUIDE_CARDS_OUTSIDE_NEXT: "1" }, () => guideCardsToRender(guides));
    expect(byNext).toBeDefined();
    // In the raw export this card came from Next; the step drew its own copy above, outside Next.
    expect(readFileSync(card(OUT, byNext!.slug))).toEqual(readFileSync(card(RAW, byNext!.slug)));
  });

  it("copies a card drawn before from the card cache, as on a new day, and draws none", () => {
    for (const g of guides) rmSync(card(OUT, g.slug));
    const run = runCardsStep();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`cards: ${guides.length} guide cards written, 0 drawn`);
    for (const g of guides) expect(readFileSync(card(OUT, g.slug)), g.slug).toEqual(readFileSync(card(RAW, g.slug)));
  });

  it("leaves alone a card the export already has, as for a guide from the page store", () => {
    const run = runCardsStep();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain("cards: 0 guide cards written, 0 drawn");
    expect(readdirSync(path.join(OUT, "guides", guides[0]!.slug)).sort()).toEqual([CARD_FILE, "index.html"].sort());
  });
});

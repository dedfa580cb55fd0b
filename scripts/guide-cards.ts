/**
 * The build's cards step: writes the card of every guide page in the export that has none yet, beside the
 * page, as Next's opengraph-image route would (same code, same bytes, same file; lib/content/render-set.ts
 * says why Next renders only one). Guides taken from the page store come with their card, so after one
 * edited guide there is nothing to write. A card drawn before is copied from the card cache
 * (lib/seo/og-cache.ts), as on a new day; the others are drawn in worker threads, one per core.
 * OUT_DIR is the export to fill.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { getGuides } from "../lib/content/guides";
import { guideCardData } from "../lib/seo/guide-card";
import { cardFromCache } from "../lib/seo/og-cache";
import { cardPath, guideUrl, outFileOf } from "../lib/urls";
import { writeCard, writeCards, type CardJob } from "./lib/cards/write";
import { inThreads, threadsFor } from "./lib/threads";

const out = path.resolve(process.env.OUT_DIR ?? "out");
const jobs: CardJob[] = getGuides().flatMap((guide) => {
  const file = path.join(out, outFileOf(cardPath(guideUrl(guide.slug))));
  return existsSync(file) ? [] : [{ file, data: guideCardData(guide) }];
});
const toDraw = jobs.filter((job) => {
  const png = cardFromCache(job.data);
  if (png) writeCard(job.file, png);
  return !png;
});
const threads = threadsFor(toDraw.length);
if (threads >= 2) await inThreads("cards", new URL("./lib/cards/worker.ts", import.meta.url), {}, toDraw, threads);
else await writeCards(toDraw);
console.log(`cards: ${jobs.length} guide cards written, ${toDraw.length} drawn`);

/**
 * Open Graph cards rendered once per content and reused. A card is a pure function of its data, the
 * card code, the site's name and origin, and the fonts and renderer (pinned by the lockfile); rendering
 * one (satori, then sharp or resvg) costs far more than reading a PNG back. So each card's PNG is kept in
 * .cache/og/<hash>.png (OG_CACHE_DIR overrides) and served from there when the hash matches; the bytes
 * and the content type are the ones the renderer produced, so the export is the same either way.
 * With OG_STATS_DIR set (scripts/build.ts), each Next worker and each thread of the cards step records its
 * hits, misses and render time there, for the build log and the benchmark.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { site } from "../site";
import { writeWhole } from "../write-whole";
import type { CardData } from "./og-card";

/** The files whose change changes a card's pixels. */
const CODE = ["lib/seo/og-card.tsx", "lib/seo/card-text.ts", "lib/as-of.ts", "lib/site.ts", "package-lock.json"];

let version: string | undefined;
function codeVersion(): string {
  if (version) return version;
  const h = createHash("sha256");
  for (const f of CODE) h.update(`${f}\0`).update(readFileSync(path.join(process.cwd(), f)));
  return (version = h.digest("hex"));
}

const own = { hits: 0, misses: 0, renderMs: 0 };
/**
 * The cards step keeps two cards in flight per thread (scripts/lib/cards/write.ts), so one card's own span
 * includes the other's work: summed per card, the time would count twice. It is counted per thread instead,
 * from the moment one card starts while none is in flight to the moment the last one ends.
 */
let inFlight = 0;
let busySince = 0;
function started(): void {
  if (inFlight++ === 0) busySince = Date.now();
}
function ended(hit: boolean) {
  if (--inFlight === 0) own.renderMs += Date.now() - busySince;
  const dir = process.env.OG_STATS_DIR;
  if (!dir) return;
  if (hit) own.hits++;
  else own.misses++;
  mkdirSync(dir, { recursive: true });
  // Threads of one process share its pid: one file per process and thread.
  writeFileSync(path.join(dir, `${process.pid}-${threadId}.json`), JSON.stringify(own));
}

/** Sums the per-process files of one build: cards served from the cache, cards rendered, ms spent on cards. */
export function sumOgStats(dir: string): { hits: number; misses: number; renderMs: number } {
  const total = { hits: 0, misses: 0, renderMs: 0 };
  if (!existsSync(dir)) return total;
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    // Written by ended() above in this shape; JSON.parse cannot know it.
    const s = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as typeof total;
    total.hits += s.hits;
    total.misses += s.misses;
    total.renderMs += s.renderMs;
  }
  return total;
}

const headers = () =>
  new Headers({
    // What next/og's ImageResponse sends for a card (CARD_CONTENT_TYPE), kept here to avoid an import cycle.
    "content-type": "image/png",
    "cache-control": "public, max-age=0, must-revalidate",
  });

/** Where the card for `data` is kept once drawn. */
function cacheFile(data: CardData): string {
  const key = createHash("sha256")
    .update(`${codeVersion()}\0${site.name}\0${site.origin}\0${JSON.stringify(data)}`)
    .digest("hex");
  return path.join(path.resolve(process.env.OG_CACHE_DIR ?? path.join(".cache", "og")), `${key}.png`);
}

/** The kept PNG at `file` (counted as a hit), or undefined when that card was never drawn. */
function readKept(file: string): Buffer<ArrayBuffer> | undefined {
  if (!existsSync(file)) return undefined;
  started();
  try {
    return readFileSync(file);
  } finally {
    ended(true);
  }
}

/** The card's PNG when this exact card was drawn before, else undefined (nothing is drawn). */
export function cardFromCache(data: CardData): Buffer<ArrayBuffer> | undefined {
  return readKept(cacheFile(data));
}

/** The card for `data`, from the cache when this exact card was rendered before. */
export async function cachedCard(data: CardData, draw: (data: CardData) => Response): Promise<Response> {
  const file = cacheFile(data);
  const hit = readKept(file);
  if (hit) return new Response(hit, { headers: headers() });
  started();
  try {
    const png = Buffer.from(await draw(data).arrayBuffer());
    // Workers render in parallel: no worker may read a half-written card.
    writeWhole(file, png);
    return new Response(png, { headers: headers() });
  } finally {
    ended(false);
  }
}

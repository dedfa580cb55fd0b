/**
 * Which guide pages this build renders. A rebuild renders only the guides whose page can have changed
 * and takes the others from the page store (scripts/lib/export/page-store.ts): scripts/build.ts writes
 * their slugs to a JSON file and names it in RENDER_GUIDES_FILE. Without it, every guide is rendered.
 * The guide page and its card both list their pages from here.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

export function guidesToRender<T extends { slug: string }>(guides: readonly T[]): T[] {
  const file = process.env.RENDER_GUIDES_FILE;
  if (!file) return [...guides];
  const slugs = new Set(z.array(z.string()).parse(JSON.parse(readFileSync(file, "utf8"))));
  return guides.filter((g) => slugs.has(g.slug));
}

/**
 * The guides whose card Next renders. Next hands each static-generation worker one contiguous stretch of its
 * paths, sorted by route, and the guide cards sort just before the guide pages: on two cores one worker got
 * every card and the other every guide page, so the card worker sat idle for half the generation (all of it
 * on a new day, when every card comes from the cache). So the build (GUIDE_CARDS_OUTSIDE_NEXT=1) has Next
 * render only the first guide's card (a dynamic route must list a page) and renders the others in its own
 * cards step, in worker threads, with the same card code (scripts/guide-cards.ts). `next dev` renders them all.
 */
export function guideCardsToRender<T extends { slug: string }>(guides: readonly T[]): T[] {
  const listed = guidesToRender(guides);
  return process.env.GUIDE_CARDS_OUTSIDE_NEXT === "1" ? listed.slice(0, 1) : listed;
}

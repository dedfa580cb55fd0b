/**
 * Which guide pages this build renders. A rebuild renders only the guides whose page can have changed
 * and takes the others from the page store (scripts/lib/export/page-store.ts): scripts/build.ts writes
 * their slugs to a JSON file and names it in RENDER_GUIDES_FILE. Without it, every guide is rendered.
 * The guide page and its card both list their pages from here, so the two always agree.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

export function guidesToRender<T extends { slug: string }>(guides: readonly T[]): T[] {
  const file = process.env.RENDER_GUIDES_FILE;
  if (!file) return [...guides];
  const slugs = new Set(z.array(z.string()).parse(JSON.parse(readFileSync(file, "utf8"))));
  return guides.filter((g) => slugs.has(g.slug));
}

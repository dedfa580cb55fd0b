/**
 * The page store: guide pages as Next exported them, kept by a key of everything the page is made from,
 * so a rebuild renders only the guides whose page can have changed (issue 18). Next's static export has
 * no incremental mode: it renders every page it is given, about 80 ms of CPU for a guide page.
 *
 * A guide page shows its own file and, of everything else, what every guide page shares: the code, the
 * lockfile, the names, sources, routes and other data, the other guides' front matter (related links), the
 * as-of day and the origin. Its key is the hash of that shared part (the build stamp with each guide counted
 * by its front matter) and of the guide's own file. So a body edit re-renders one guide; a change to a
 * name, a front matter, the code or the day re-renders them all; the other pages (home, lists, names) are
 * always rendered.
 *
 * The exported page names the site's stylesheet by its hash, and the stylesheet comes from every source
 * file, guides included (Tailwind reads them): when a kept page names a stylesheet the new build does not
 * have, the build renders every guide again (scripts/build.ts). Only what the post-export step keeps is
 * stored (index.html and the card); the runtime payload files are deleted from every page anyway.
 * The store is .cache/pages/ (PAGE_STORE_DIR; PAGE_STORE=0 renders every guide).
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentDir } from "../../../lib/content/paths";
import { CARD_FILE } from "../../../lib/urls";
import { buildStamps } from "./build-stamp";
import { assetRefs } from "./self-check";

/** The files of a guide's export folder that outlive the post-export step. */
const KEPT = ["index.html", CARD_FILE];

/** One folder per content folder, so builds of other content (tests, the bench) never prune each other's pages. */
export function pageStoreDir(): string | undefined {
  if (process.env.PAGE_STORE === "0") return undefined;
  const root = path.resolve(process.env.PAGE_STORE_DIR ?? path.join(".cache", "pages"));
  return path.join(root, createHash("sha256").update(contentDir()).digest("hex").slice(0, 16));
}

export interface GuidePlan {
  store: string;
  /** Every guide file's page key, by slug. */
  keys: Map<string, string>;
  /** Slugs whose page is in the store under its current key. */
  reuse: string[];
  /** Slugs Next renders. */
  render: string[];
}

/** Every guide file's page key, by slug, from the inputs as they are now (`shared`: buildStamps().shared). */
function guidePageKeys(shared = buildStamps().shared): Map<string, string> {
  const dir = path.join(contentDir(), "guides");
  const keys = new Map<string, string>();
  for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!f.endsWith(".mdx")) continue;
    const key = createHash("sha256")
      .update(`${shared}\0${f}\0`)
      .update(readFileSync(path.join(dir, f)))
      .digest("hex");
    keys.set(f.replace(/\.mdx$/, ""), key);
  }
  return keys;
}

/** `shared`: the build's own buildStamps().shared, read once with its stamp. */
export function planGuidePages(store: string, shared?: string): GuidePlan {
  const keys = guidePageKeys(shared);
  const stored = (slug: string) => KEPT.every((f) => existsSync(path.join(store, keys.get(slug)!, f)));
  const slugs = [...keys.keys()];
  return { store, keys, reuse: slugs.filter(stored), render: slugs.filter((s) => !stored(s)) };
}

/**
 * The slugs Next is to render, for RENDER_GUIDES_FILE. Never none: Next refuses a dynamic route that lists
 * no page, so with every guide in the store one is rendered anyway (and not taken from the store).
 */
export function writeRenderSet(plan: GuidePlan, file: string): void {
  if (plan.render.length === 0 && plan.reuse.length) plan.render.push(plan.reuse.shift()!);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(plan.render));
}

/** The site's own stylesheets a page names, as paths in the export. */
const stylesheets = (html: string) =>
  assetRefs(html)
    .styles.filter((href) => href.startsWith("/"))
    .map((href) => href.split("?")[0]!);

/**
 * Copies the stored pages into the stage. Returns false, leaving the stage to be rebuilt, when a stored page
 * names a stylesheet this build does not have.
 */
export function restoreGuidePages(stage: string, plan: GuidePlan): boolean {
  const have = new Map<string, boolean>();
  const exists = (href: string) => have.get(href) ?? have.set(href, existsSync(path.join(stage, href))).get(href)!;
  for (const slug of plan.reuse) {
    const from = path.join(plan.store, plan.keys.get(slug)!);
    if (!stylesheets(readFileSync(path.join(from, "index.html"), "utf8")).every(exists)) return false;
    const to = path.join(stage, "guides", slug);
    mkdirSync(to, { recursive: true });
    for (const f of KEPT) cpSync(path.join(from, f), path.join(to, f));
  }
  return true;
}

/**
 * Keeps the pages this build rendered, and drops stored pages no guide has any more. A page whose inputs
 * were edited while the build ran is not kept: Next may have rendered either version, and stored under the
 * key it was planned with, the page could later be served for inputs it was not made from.
 */
export function keepGuidePages(stage: string, plan: GuidePlan): number {
  mkdirSync(plan.store, { recursive: true });
  const now = guidePageKeys();
  let kept = 0;
  for (const slug of plan.render) {
    if (now.get(slug) !== plan.keys.get(slug)) continue;
    const from = path.join(stage, "guides", slug);
    // A draft has a key but no page.
    if (!KEPT.every((f) => existsSync(path.join(from, f)))) continue;
    const to = path.join(plan.store, plan.keys.get(slug)!);
    const tmp = `${to}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    for (const f of KEPT) cpSync(path.join(from, f), path.join(tmp, f));
    rmSync(to, { recursive: true, force: true });
    renameSync(tmp, to);
    kept++;
  }
  const current = new Set(plan.keys.values());
  for (const entry of readdirSync(plan.store))
    if (!current.has(entry)) rmSync(path.join(plan.store, entry), { recursive: true, force: true });
  return kept;
}

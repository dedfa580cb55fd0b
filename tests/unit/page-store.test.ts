/**
 * The page store (scripts/lib/export/page-store.ts): which guide pages a rebuild renders and which it takes
 * from the store. A body edit re-renders that guide only; a front matter edit (other guide pages show it in
 * their related links) or a change to anything else re-renders every guide; a stored page that names a
 * stylesheet the new build lacks is refused. tests/build/incremental.test.ts checks the same with real builds.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guideCardsToRender, guidesToRender } from "@/lib/content/render-set";
import { duringEnv } from "../support/env";
import {
  keepGuidePages,
  pageStoreDir,
  planGuidePages,
  restoreGuidePages,
  writeRenderSet,
} from "@/scripts/lib/export/page-store";

const HOME = mkdtempSync(path.join(tmpdir(), "page-store-"));
const CONTENT = path.join(HOME, "content");
const CSS = "/_next/static/chunks/site.css";
const saved = { CONTENT_DIR: process.env.CONTENT_DIR, PAGE_STORE_DIR: process.env.PAGE_STORE_DIR };

const guide = (title: string, body: string) => `---\ntitle: "${title}"\nrelated: []\n---\n\n${body}\n`;
const writeGuide = (slug: string, text: string) => writeFileSync(path.join(CONTENT, "guides", `${slug}.mdx`), text);

/** A stage as Next leaves it: each rendered guide's page (naming the stylesheet) and card, and the stylesheet. */
function stage(name: string, slugs: string[], css = CSS): string {
  const dir = path.join(HOME, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, path.dirname(css)), { recursive: true });
  writeFileSync(path.join(dir, css), "body{}");
  for (const slug of slugs) {
    mkdirSync(path.join(dir, "guides", slug), { recursive: true });
    writeFileSync(
      path.join(dir, "guides", slug, "index.html"),
      `<link rel="stylesheet" href="${css}"/><h1>${slug}</h1>`,
    );
    writeFileSync(path.join(dir, "guides", slug, "opengraph-image"), `png of ${slug}`);
  }
  return dir;
}

beforeAll(() => {
  mkdirSync(path.join(CONTENT, "guides"), { recursive: true });
  process.env.CONTENT_DIR = CONTENT;
  process.env.PAGE_STORE_DIR = path.join(HOME, "store");
  writeGuide("alpha", guide("Alpha", "First body."));
  writeGuide("beta", guide("Beta", "Second body."));
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(HOME, { recursive: true, force: true });
});

describe("the page store", () => {
  it("renders every guide on a first build and keeps what was rendered", () => {
    const plan = planGuidePages(pageStoreDir()!);
    expect(plan.render).toEqual(["alpha", "beta"]);
    expect(plan.reuse).toEqual([]);
    expect(keepGuidePages(stage("first", ["alpha", "beta"]), plan)).toBe(2);
  });

  it("after a body edit renders that guide only and copies the other from the store", () => {
    writeGuide("alpha", guide("Alpha", "First body, edited."));
    const plan = planGuidePages(pageStoreDir()!);
    expect(plan.render).toEqual(["alpha"]);
    expect(plan.reuse).toEqual(["beta"]);
    const next = stage("second", ["alpha"]);
    expect(restoreGuidePages(next, plan)).toBe(true);
    expect(readFileSync(path.join(next, "guides", "beta", "index.html"), "utf8")).toContain("<h1>beta</h1>");
    expect(readFileSync(path.join(next, "guides", "beta", "opengraph-image"), "utf8")).toBe("png of beta");
    keepGuidePages(next, plan);
    // Nothing changed since: every page is stored, yet Next is always given one page to render.
    const again = planGuidePages(pageStoreDir()!);
    expect(again.render).toEqual([]);
    const file = path.join(HOME, "render.json");
    writeRenderSet(again, file);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(["alpha"]);
    expect(again.reuse).toEqual(["beta"]);
  });

  it("after a front matter edit renders every guide (other pages show it)", () => {
    writeGuide("beta", guide("Beta, retitled", "Second body."));
    const plan = planGuidePages(pageStoreDir()!);
    expect(plan.render).toEqual(["alpha", "beta"]);
    keepGuidePages(stage("third", ["alpha", "beta"]), plan);
  });

  it("refuses stored pages that name a stylesheet the new build does not have", () => {
    writeGuide("alpha", guide("Alpha", "First body, edited twice."));
    const plan = planGuidePages(pageStoreDir()!);
    expect(plan.reuse).toEqual(["beta"]);
    expect(restoreGuidePages(stage("fourth", ["alpha"], "/_next/static/chunks/other.css"), plan)).toBe(false);
  });

  it("does not keep a page whose guide was edited while the build ran", () => {
    writeGuide("alpha", guide("Alpha", "Edited before the build."));
    const plan = planGuidePages(pageStoreDir()!);
    expect(plan.render).toEqual(["alpha"]);
    const rendered = stage("during", ["alpha"]);
    writeGuide("alpha", guide("Alpha", "Edited again while the build ran."));
    expect(keepGuidePages(rendered, plan)).toBe(0);
    expect(planGuidePages(pageStoreDir()!).render).toEqual(["alpha"]);
  });

  it("drops the stored page of a guide that is gone", () => {
    rmSync(path.join(CONTENT, "guides", "beta.mdx"));
    const plan = planGuidePages(pageStoreDir()!);
    keepGuidePages(stage("fifth", ["alpha"]), plan);
    expect(readdirSync(pageStoreDir()!)).toEqual([plan.keys.get("alpha")]);
  });

  it("keeps builds of other content folders apart", () => {
    const own = pageStoreDir();
    process.env.CONTENT_DIR = path.join(HOME, "other-content");
    expect(pageStoreDir()).not.toBe(own);
    process.env.CONTENT_DIR = CONTENT;
  });
});

describe("the guides Next renders", () => {
  const guides = [{ slug: "alpha" }, { slug: "beta" }];
  it("are all of them without a render set, and the listed ones with one", () => {
    duringEnv({ RENDER_GUIDES_FILE: undefined }, () => expect(guidesToRender(guides)).toEqual(guides));
    const file = path.join(HOME, "render-set.json");
    writeFileSync(file, JSON.stringify(["beta"]));
    duringEnv({ RENDER_GUIDES_FILE: file }, () => expect(guidesToRender(guides)).toEqual([{ slug: "beta" }]));
  });
});

describe("the guide cards Next renders", () => {
  const guides = [{ slug: "alpha" }, { slug: "beta" }, { slug: "gamma" }];
  it("are every guide's in next dev, and one in the build, whose cards step draws the rest", () => {
    duringEnv({ RENDER_GUIDES_FILE: undefined, GUIDE_CARDS_OUTSIDE_NEXT: undefined }, () =>
      expect(guideCardsToRender(guides)).toEqual(guides),
    );
    duringEnv({ RENDER_GUIDES_FILE: undefined, GUIDE_CARDS_OUTSIDE_NEXT: "1" }, () =>
      expect(guideCardsToRender(guides)).toEqual([{ slug: "alpha" }]),
    );
  });

  it("come from the guides this build renders, so a stored guide's card is never drawn by Next", () => {
    const file = path.join(HOME, "render-set-cards.json");
    writeFileSync(file, JSON.stringify(["gamma", "beta"]));
    duringEnv({ RENDER_GUIDES_FILE: file, GUIDE_CARDS_OUTSIDE_NEXT: "1" }, () =>
      expect(guideCardsToRender(guides)).toEqual([{ slug: "beta" }]),
    );
  });
});

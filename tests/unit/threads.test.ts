/**
 * The build's worker threads (scripts/lib/threads.ts) start only when a step has 128 pieces of work or more,
 * which the site's own builds never reach: only the bench's large builds took them. Here each thread module
 * runs in two real threads (tsx booted in each by worker-boot.mjs) over a few items, and what it writes must
 * be what the same code writes in this process: guide cards, Markdown twins and stripped pages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { markdownTwin, type TwinInput } from "@/lib/markdown/twin";
import type { CardData } from "@/lib/seo/og-card";
import { writeCards, type CardJob } from "@/scripts/lib/cards/write";
import { pageStripper, stripPage, type PageOutcome } from "@/scripts/lib/export/strip-pages";
import type { StripJob, StripReply } from "@/scripts/lib/export/strip-worker";
import { inThreads } from "@/scripts/lib/threads";
import type { TwinJob } from "@/scripts/lib/twins/worker";
import { page } from "../support/raw-page";

const worker = (rel: string) => new URL(`../../scripts/lib/${rel}`, import.meta.url);

let tmp = "";
const savedCacheDir = process.env.OG_CACHE_DIR;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "threads-"));
});
afterEach(() => {
  if (savedCacheDir === undefined) delete process.env.OG_CACHE_DIR;
  else process.env.OG_CACHE_DIR = savedCacheDir;
});

describe("work in threads equals the same work in this process", () => {
  it("draws guide cards", async () => {
    const cards: CardData[] = [1, 2, 3].map((n) => ({
      kind: "Guide",
      title: `Thread test guide ${n}`,
      summary: `Card ${n}, drawn once in a worker thread and once in the test's own process.`,
      lastVerified: "2026-11-21",
    }));
    const jobs = (dir: string): CardJob[] =>
      cards.map((data, i) => ({ file: path.join(tmp, dir, `card-${i}.png`), data }));
    // Separate card caches, so neither run is answered by the other's drawing. A thread copies the
    // environment when it starts, so the variable is set before.
    process.env.OG_CACHE_DIR = path.join(tmp, "og-threads");
    const replies = await inThreads<object, CardJob, number>(
      "cards",
      worker("cards/worker.ts"),
      {},
      jobs("threads"),
      2,
    );
    expect(replies).toEqual([2, 1]);
    process.env.OG_CACHE_DIR = path.join(tmp, "og-here");
    await writeCards(jobs("here"));
    for (let i = 0; i < cards.length; i++) {
      const drawn = readFileSync(path.join(tmp, "threads", `card-${i}.png`));
      expect(drawn.subarray(1, 4).toString()).toBe("PNG");
      expect(drawn.equals(readFileSync(path.join(tmp, "here", `card-${i}.png`)))).toBe(true);
    }
  }, 60_000);

  it("converts Markdown twins", async () => {
    const inputs: TwinInput[] = [1, 2, 3].map((n) => ({
      html: `<!DOCTYPE html><html><body><nav>Menu</nav><article><h1>Page ${n}</h1><p>Text with <a href="/names/">a link</a>.</p><table><thead><tr><th>Name</th><th>Status</th></tr></thead><tbody><tr><td>gpt-image-${n}</td><td>current</td></tr></tbody></table></article></body></html>`,
      url: `https://example.test/page-${n}/`,
      origin: "https://example.test",
      asOf: "2026-11-21",
    }));
    const jobs: TwinJob[] = inputs.map((input, i) => ({ file: path.join(tmp, `twin-${i}.md`), input }));
    await inThreads<object, TwinJob, number>("gen-outputs", worker("twins/worker.ts"), {}, jobs, 2);
    for (const [i, input] of inputs.entries()) {
      const twin = readFileSync(path.join(tmp, `twin-${i}.md`), "utf8");
      expect(twin).toBe(await markdownTwin(input));
      expect(twin).toContain(`| gpt-image-${i + 1} | current |`);
    }
  }, 60_000);

  it("strips exported pages and keeps their originals", async () => {
    const pages = ["index.html", "a/index.html", "b/index.html"];
    const raw = path.join(tmp, "raw");
    for (const [i, rel] of pages.entries()) {
      mkdirSync(path.dirname(path.join(raw, rel)), { recursive: true });
      writeFileSync(path.join(raw, rel), page({ body: `<p>Page ${i}</p>` }));
    }
    const threads = path.join(tmp, "threads");
    const here = path.join(tmp, "here");
    cpSync(raw, threads, { recursive: true });
    cpSync(raw, here, { recursive: true });
    const job: StripJob = { outDir: threads, originalsDir: `${threads}-originals` };
    const replies = await inThreads<StripJob, string, StripReply>(
      "post-export",
      worker("export/strip-worker.ts"),
      job,
      pages,
      2,
    );
    const { strip } = pageStripper(undefined);
    const outcomes: PageOutcome[] = pages.map((rel) => stripPage(here, `${here}-originals`, rel, strip));
    expect(replies.flatMap((r) => r.outcomes).sort((x, y) => x.rel.localeCompare(y.rel))).toEqual(
      [...outcomes].sort((x, y) => x.rel.localeCompare(y.rel)),
    );
    for (const [i, rel] of pages.entries()) {
      const stripped = readFileSync(path.join(threads, rel), "utf8");
      expect(stripped).toBe(page({ body: `<p>Page ${i}</p>`, runtime: false }));
      expect(stripped).toBe(readFileSync(path.join(here, rel), "utf8"));
      expect(readFileSync(path.join(`${threads}-originals`, rel), "utf8")).toBe(
        readFileSync(path.join(raw, rel), "utf8"),
      );
    }
  }, 60_000);
});

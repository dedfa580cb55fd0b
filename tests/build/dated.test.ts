/**
 * Right on the day it is read. Every exported page of the site built by `npm test` (as of TEST_AS_OF),
 * and of the builds made as of later days (.cache/as-of/<day>/, by scripts/build-as-of.ts), is read on
 * the days around the 1 December 2026 shutdowns: no sentence about a shutdown may be in the wrong tense,
 * and no dated marker may leak into any published file.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadNamesWithIssues } from "@/lib/content/names";
import { AS_OF_BUILDS, asOfBuildDir } from "@/scripts/lib/as-of-builds";
import { OUT_DIR } from "../support/exported-pages";
import { claimedShutdowns, textOnDay, wrongTense } from "../support/tense";
import { filesUnder, pagesUnder } from "@/scripts/lib/files-under";

const READ_DAYS = ["2026-11-29", "2026-12-01", "2026-12-02", "2027-06-01"];
const scheduled = [
  ...new Set(
    loadNamesWithIssues()
      .records.flatMap((r) => (r.data.lifecycle.shutDown ? [] : [r.data.lifecycle.shutdownScheduled?.date]))
      .filter((d): d is string => d !== undefined),
  ),
];

/** The files under `dir` whose name matches `ext`, outside the search index and the stylesheets. */
const files = (dir: string, ext: RegExp) =>
  [...filesUnder(dir, (entry) => entry === "pagefind" || entry === "_next")].filter((f) => ext.test(path.basename(f)));

/** Every page under `dir` as read on `day`, searched with `find` for each scheduled shutdown date. */
function hits(dir: string, day: string | undefined, find: (text: string, date: string) => string[]): string[] {
  const out: string[] = [];
  for (const file of pagesUnder(dir)) {
    const text = textOnDay(readFileSync(file, "utf8"), day);
    for (const date of scheduled) for (const hit of find(text, date)) out.push(`${path.relative(dir, file)}: …${hit}…`);
  }
  return out;
}

/** Sentences in the wrong tense on `readOn`. */
const problems = (dir: string, day: string | undefined, readOn: string) =>
  hits(dir, day, (text, date) => wrongTense(text, date, readOn));

describe("a page built earlier and read later", () => {
  it("has scheduled shutdowns to check", () => expect(scheduled).toContain("2026-12-01"));
  it.each(READ_DAYS)("read on %s, no shutdown sentence is in the wrong tense", (day) => {
    expect(problems(OUT_DIR, day, day)).toEqual([]);
  });
});

describe("builds made on later days", () => {
  it.each(AS_OF_BUILDS)("built as of %s, no shutdown sentence is in the wrong tense", (day) => {
    const dir = asOfBuildDir(day);
    expect(existsSync(dir), `${dir} is missing: run npx tsx scripts/build-as-of.ts`).toBe(true);
    expect(problems(dir, undefined, day)).toEqual([]);
  });
});

/** What pages say about a scheduled shutdown as if someone had seen it happen. */
const claimed = (dir: string, day: string | undefined) => hits(dir, day, claimedShutdowns);

describe("a scheduled shutdown nobody recorded is never said to have happened", () => {
  it("catches the wording it forbids", () => {
    expect(claimedShutdowns("Status: Shut down as scheduled, December 1, 2026.", "2026-12-01")).toHaveLength(1);
    expect(claimedShutdowns("It was shut down on 1 December 2026.", "2026-12-01")).toHaveLength(1);
    expect(claimedShutdowns("Scheduled shutdown date passed: December 1, 2026", "2026-12-01")).toEqual([]);
    expect(claimedShutdowns("It is due to shut down on 1 December 2026.", "2026-12-01")).toEqual([]);
  });
  it.each(READ_DAYS)("read on %s", (day) => expect(claimed(OUT_DIR, day)).toEqual([]));
  it.each(AS_OF_BUILDS)("built as of %s", (day) => {
    const dir = asOfBuildDir(day);
    expect(existsSync(dir), `${dir} is missing: run npx tsx scripts/build-as-of.ts`).toBe(true);
    expect(claimed(dir, undefined)).toEqual([]);
  });
});

/** An unrendered marker or placeholder (JSON's own "}}" is fine). */
const MARKER_LEFT = /\{\{\s*[a-z0-9-]+\.[A-Za-z]+|\{(?:date|days)\}/;

describe("no dated marker leaks", () => {
  it.each([OUT_DIR, ...AS_OF_BUILDS.map(asOfBuildDir)].filter(existsSync))("in %s", (dir) => {
    const leaks = [...files(dir, /\.(html|xml|json|txt|md|ics|svg)$/)].filter((f) =>
      MARKER_LEFT.test(readFileSync(f, "utf8")),
    );
    expect(leaks.map((f) => path.relative(dir, f))).toEqual([]);
  });
});

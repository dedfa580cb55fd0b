import path from "node:path";

/** The as-of date `npm test` pins for its main build and the checks of the real content. */
export const TEST_AS_OF = "2026-11-29";

/**
 * The days `npm test` also builds the site as of, besides its pinned TEST_AS_OF: the day after the
 * 1 December 2026 shutdowns and half a year later. tests/build/dated.test.ts reads every page of each.
 */
export const AS_OF_BUILDS = ["2026-12-02", "2027-06-01"] as const;

export const asOfBuildDir = (day: string) => path.resolve(".cache", "as-of", day);

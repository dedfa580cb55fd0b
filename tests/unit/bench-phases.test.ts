/** The bench reads each build's phases from its log (scripts/bench/phases.ts), including the side-by-side checks and the page store. */
import { describe, expect, it } from "vitest";
import { buildPhases } from "@/scripts/bench/phases";

const LOG = `build: checks started
build: type check finished in 17.7 s
content:check: 0 errors, 0 warnings (24204 ms; 1001 guides parsed, 0 from the cache)
build: content check finished in 26.7 s
build: checks done in 26.7 s
build: 1 of 1001 guide pages to render, the others from the page store
build: next build started
✓ Compiled successfully in 3.6s
✓ Generating static pages using 2 workers (38/38) in 3.0s
build: next build done in 15.6 s
`;

describe("bench phases", () => {
  it("reads the checks' members, the guide pages rendered and the steps", () => {
    const p = buildPhases(LOG);
    expect(p.steps).toEqual({ checks: 26.7, "next build": 15.6 });
    expect(p.members).toEqual({ "type check": 17.7, "content check": 26.7 });
    expect(p.guidePages).toEqual({ rendered: 1, total: 1001 });
    expect(p.contentCheck).toEqual({ parsed: 1001, cached: 0 });
    expect(p.staticGenerationS).toBe(3);
  });

  it("leaves the guide pages out when Next rendered them all", () => {
    expect(buildPhases(LOG.replace(/^build: 1 of 1001.*\n/m, "")).guidePages).toBeUndefined();
  });
});

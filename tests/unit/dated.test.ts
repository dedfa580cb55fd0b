/**
 * Dated wording: one statement, worded for the day it is read. The markers resolve against the glossary's
 * lifecycle dates, and a statement written on 29 November must read true on 1 and 2 December and later.
 */
import { describe, expect, it } from "vitest";
import { lifecycleLookup } from "@/lib/dated/lookup";
import {
  fillTemplate,
  formatProseDate,
  longestReading,
  parseDated,
  resolveDated,
  variantOn,
  windows,
} from "@/lib/dated/markers";
import { loadNamesWithIssues } from "@/lib/content/names";

const lookup = lifecycleLookup([
  { slug: "old-model", lifecycle: { shutdownScheduled: { date: "2026-12-01", source: "s" } } },
  {
    slug: "gone",
    lifecycle: {
      shutdownScheduled: { date: "2026-05-12", source: "s" },
      shutDown: { date: "2026-05-13", source: "s" },
    },
  },
]);
const TEXT =
  "old-model {{old-model.shutdownScheduled | is due to shut down on {date}, {days} from now | shuts down today | reached its scheduled shutdown date, {date}}}.";

describe("dated markers", () => {
  it("splits text into plain runs and markers, with offsets", () => {
    const s = parseDated("a {{old-model.shutdownScheduled}} b");
    expect(s.map((x) => x.kind)).toEqual(["text", "dated", "text"]);
    expect(s[1]).toMatchObject({ kind: "dated", marker: { slug: "old-model", event: "shutdownScheduled", start: 2 } });
  });

  it("reports a marker with the wrong number of wordings", () => {
    const [m] = parseDated("{{old-model.shutdownScheduled | only one}}");
    expect(m).toMatchObject({ kind: "dated", marker: { problem: expect.stringContaining("1 wording") } });
  });

  it.each([
    ["2026-11-29", "old-model is due to shut down on 1 December 2026, 2 days from now."],
    ["2026-11-30", "old-model is due to shut down on 1 December 2026, 1 day from now."],
    ["2026-12-01", "old-model shuts down today."],
    ["2026-12-02", "old-model reached its scheduled shutdown date, 1 December 2026."],
    ["2027-06-01", "old-model reached its scheduled shutdown date, 1 December 2026."],
  ])("as of %s reads %j", (asOf, expected) => {
    expect(resolveDated(TEXT, asOf, lookup)).toBe(expected);
  });

  it("without an 'on' wording, the day itself already reads 'after'", () => {
    const v = { before: "before", after: "after" };
    expect(variantOn(v, "2026-12-01", "2026-11-30")).toBe("before");
    expect(variantOn(v, "2026-12-01", "2026-12-01")).toBe("after");
    expect(windows(v, "2026-12-01").map((w) => w.from)).toEqual([undefined, "2026-12-01"]);
    expect(windows({ ...v, on: "on" }, "2026-12-01").map((w) => w.from)).toEqual([
      undefined,
      "2026-12-01",
      "2026-12-02",
    ]);
  });

  it("prints a date-only marker as the date, and 'shutdown' as the recorded shutdown when there is one", () => {
    expect(resolveDated("{{old-model.shutdown}}", "2026-01-01", lookup)).toBe("1 December 2026");
    expect(resolveDated("{{gone.shutdown}}", "2026-01-01", lookup)).toBe("13 May 2026");
    expect(formatProseDate("2026-04-21")).toBe("21 April 2026");
    expect(fillTemplate("{days} ago", "2026-12-01", "2026-12-04")).toBe("3 days ago");
  });

  it("refuses an unknown reference instead of printing the marker", () => {
    expect(() => resolveDated("{{nope.released}}", "2026-01-01", lookup)).toThrow(/unknown dated reference/);
  });

  it("measures a field at its longest reading", () => {
    expect(longestReading("x {{old-model.shutdownScheduled | a | much longer wording}}")).toBe("x much longer wording");
  });
});

describe("the real content", () => {
  const { records } = loadNamesWithIssues();
  const names = lifecycleLookup(records.map((r) => r.data));
  const texts = records.flatMap((r) => [
    r.data.definition,
    r.data.meaning,
    r.data.useItWhen,
    ...r.data.faq.map((f) => f.a),
  ]);
  // Future wording about a date, and past wording about one, for the phrases the content uses.
  const FUTURE = /\b(?:is|are) (?:also )?due to shut down on (\d{1,2} \w+ \d{4})|(\d+ days?) (?:from now|away|remain)/;
  const PAST = /(?:reached (?:its|their) scheduled shutdown date|scheduled shutdown date), (\d{1,2} \w+ \d{4})/;

  it.each(["2026-11-29", "2026-12-01", "2026-12-02", "2027-06-01"])(
    "as of %s no name text speaks of a passed date in the future tense, or of a coming one as passed",
    (asOf) => {
      for (const t of texts) {
        const text = resolveDated(t, asOf, names);
        const future = text.match(FUTURE);
        if (future?.[1]) expect(Date.parse(future[1]) > Date.parse(asOf), `${asOf}: ${text}`).toBe(true);
        if (asOf >= "2026-12-01") expect(text, `${asOf}: ${text}`).not.toMatch(/\d+ days? (?:from now|away|remain)/);
        const past = text.match(PAST);
        if (past?.[1]) expect(Date.parse(`${past[1]} UTC`) <= Date.parse(asOf), `${asOf}: ${text}`).toBe(true);
      }
    },
  );
});

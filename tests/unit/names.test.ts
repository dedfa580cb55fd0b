import { describe, expect, it } from "vitest";
import { loadNamesWithIssues, nameRecordsAsOf } from "@/lib/content/names";
import { loadSourcesWithIssues } from "@/lib/content/sources";
import type { NameEntry } from "@/lib/content/schemas/name";
import {
  deriveStatus,
  statusBadgeText,
  statusChanges,
  statusLabel,
  statusOn,
  statusText,
  type NameStatus,
} from "@/lib/names/status";

type Input = Parameters<typeof deriveStatus>[0];
const event = (date: string) => ({ date, source: "openai-changelog" });
const entry = (over: Partial<Input> & { lifecycle?: Input["lifecycle"] } = {}): Input => ({
  notOpenAI: false,
  verification: "yes",
  lifecycle: {},
  relations: { replacedBy: [], supersededBy: [], related: [] },
  lastVerified: "2026-11-21",
  ...over,
});
const none = () => undefined;

describe("status derivation", () => {
  const cases: Array<[string, Input, string, NameStatus]> = [
    [
      "a released name with nothing newer is current",
      entry({ lifecycle: { released: event("2026-04-21") } }),
      "2026-11-21",
      { kind: "current" },
    ],
    [
      "a name whose successor is out is previous",
      entry({
        lifecycle: { released: event("2026-04-21") },
        relations: { supersededBy: ["next"], replacedBy: [], related: [] },
      }),
      "2026-11-21",
      { kind: "previous", since: "2026-09-08" },
    ],
    [
      "a successor not released yet leaves the name current",
      entry({
        lifecycle: { released: event("2026-04-21") },
        relations: { supersededBy: ["next"], replacedBy: [], related: [] },
      }),
      "2026-09-07",
      { kind: "current" },
    ],
    [
      "a shutdown more than 90 days ahead is scheduled, with no countdown",
      entry({ lifecycle: { shutdownScheduled: event("2026-12-01") } }),
      "2026-08-01",
      { kind: "shutdown-scheduled", date: "2026-12-01" },
    ],
    [
      "a shutdown within 90 days counts down the days",
      entry({ lifecycle: { shutdownScheduled: event("2026-12-01") } }),
      "2026-11-21",
      { kind: "shutdown-scheduled", date: "2026-12-01", days: 10 },
    ],
    [
      "a scheduled shutdown is shut down once its date is reached, but only as a passed date, not re-checked",
      entry({ lifecycle: { shutdownScheduled: event("2026-12-01") } }),
      "2026-12-01",
      { kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-21" },
    ],
    [
      "a shutdown an editor recorded as observed drops the qualifier",
      entry({ lifecycle: { shutdownScheduled: event("2026-12-01"), shutDown: event("2026-12-01") } }),
      "2026-12-02",
      { kind: "shut-down", date: "2026-12-01" },
    ],
    [
      "a recorded shutdown is shut down",
      entry({ lifecycle: { shutDown: event("2026-05-12") } }),
      "2026-11-21",
      { kind: "shut-down", date: "2026-05-12" },
    ],
    [
      "a label no OpenAI source confirms is unverified",
      entry({ verification: "no" }),
      "2026-11-21",
      { kind: "unverified" },
    ],
    [
      "a reseller id is not an OpenAI name, whatever its dates",
      entry({ notOpenAI: true, lifecycle: { shutDown: event("2026-01-01") } }),
      "2026-11-21",
      { kind: "not-openai" },
    ],
    [
      "a release after the as-of date is upcoming",
      entry({ lifecycle: { released: event("2027-01-01") } }),
      "2026-11-21",
      { kind: "upcoming", date: "2027-01-01" },
    ],
  ];
  it.each(cases)("%s", (_label, input, asOf, expected) => {
    expect(deriveStatus(input, asOf, (slug) => (slug === "next" ? { date: "2026-09-08" } : undefined))).toEqual(
      expected,
    );
  });

  it("prints the date with the status", () => {
    expect(statusText({ kind: "shutdown-scheduled", date: "2026-12-01" })).toBe(
      "Shutdown scheduled for December 1, 2026",
    );
    expect(statusText({ kind: "shut-down", date: "2026-05-12" })).toBe("Shut down on May 12, 2026");
    expect(statusText({ kind: "shutdown-scheduled", date: "2026-12-01", days: 1 })).toBe(
      "Shuts down in 1 day, on December 1, 2026",
    );
    expect(statusText({ kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-21" })).toBe(
      "Scheduled shutdown date passed: December 1, 2026 (not re-checked since November 21, 2026)",
    );
    expect(statusText({ kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-21", reported: true })).toBe(
      "Scheduled shutdown date passed: December 1, 2026 (secondary sources; not re-checked since November 21, 2026)",
    );
    expect(statusBadgeText({ kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-21" })).toBe(
      "Shutdown date passed: December 1, 2026",
    );
    // The short label says the same: only a shutdown someone recorded reads "Shut down".
    expect(statusLabel({ kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-21" })).toBe(
      "Shutdown date passed",
    );
    expect(statusLabel({ kind: "shut-down", date: "2026-05-12" })).toBe("Shut down");
    expect(statusText({ kind: "previous", since: "2026-11-04", caveat: "secondary sources only" })).toBe(
      "Previous generation since November 4, 2026 (secondary sources only)",
    );
    expect(statusBadgeText({ kind: "shutdown-scheduled", date: "2026-12-01", days: 2 })).toBe("Shuts down in 2 days");
  });

  it("lists the later statuses a name's dates already imply, for the reader's clock", () => {
    const e = entry({ lifecycle: { shutdownScheduled: event("2026-12-01") } });
    expect(statusChanges(e, "2026-08-01", none)).toEqual([
      { status: { kind: "shutdown-scheduled", date: "2026-12-01" } },
      { from: "2026-09-02", status: { kind: "shutdown-scheduled", date: "2026-12-01", days: 90 } },
      { from: "2026-12-01", status: { kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-21" } },
    ]);
    expect(statusChanges(e, "2026-12-05", none)).toEqual([
      { status: { kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-21" } },
    ]);
  });

  it("picks the status for a reader's day from those changes, counting a countdown from that day", () => {
    const changes = statusChanges(entry({ lifecycle: { shutdownScheduled: event("2026-12-01") } }), "2026-08-01", none);
    expect(statusOn(changes, "2026-08-01")).toEqual({ kind: "shutdown-scheduled", date: "2026-12-01" });
    // Built with 90 days to go; read with 2 left.
    expect(statusOn(changes, "2026-11-29")).toEqual({ kind: "shutdown-scheduled", date: "2026-12-01", days: 2 });
    expect(statusOn(changes, "2026-12-01")).toMatchObject({ kind: "shut-down", unobservedSince: "2026-11-21" });
    expect(statusOn(changes, "2027-06-01")).toMatchObject({ kind: "shut-down", date: "2026-12-01" });
  });

  it("dates a previous generation only as firmly as its successor's release", () => {
    const e = entry({ relations: { supersededBy: ["next"], replacedBy: [], related: [] } });
    const reported = (slug: string) =>
      slug === "next" ? { date: "2026-11-04", caveat: "secondary sources only" } : undefined;
    expect(deriveStatus(e, "2026-11-21", reported)).toEqual({
      kind: "previous",
      since: "2026-11-04",
      caveat: "secondary sources only",
    });
  });

  it("derives status only from dates, never from a typed field", () => {
    expect(deriveStatus(entry(), "2026-11-21", none)).toEqual({ kind: "current" });
  });
});

describe("the real glossary", () => {
  const { records, issues } = loadNamesWithIssues();
  const bySlug = new Map(records.map((r) => [r.data.slug, r.data]));
  const sourceIds = new Set(loadSourcesWithIssues().sources.map((s) => s.id));
  const status = (slug: string, asOf: string) => nameRecordsAsOf(asOf).find((n) => n.slug === slug)?.status;

  it("validates", () => {
    expect(issues).toEqual([]);
    expect(records.length).toBeGreaterThanOrEqual(20);
  });

  it("chatgpt-image-latest reads shutdown scheduled before 2026-12-01 and shut down after it, with no edit", () => {
    expect(status("chatgpt-image-latest", "2026-11-21")).toEqual({
      kind: "shutdown-scheduled",
      date: "2026-12-01",
      days: 10,
    });
    expect(status("chatgpt-image-latest", "2026-12-02")).toMatchObject({ kind: "shut-down", date: "2026-12-01" });
    expect(status("chatgpt-image-latest", "2026-12-02")).toHaveProperty("unobservedSince");
  });

  it.each([
    ["dall-e-3", "shut-down"],
    ["gpt-image-1", "shut-down"],
    ["gpt-image-1-mini", "shutdown-scheduled"],
    ["gpt-image-1-5", "shutdown-scheduled"],
    ["imagegen-2-0", "unverified"],
    ["gpt-image-2-all", "not-openai"],
    ["gpt-image-2-6-sunburst", "current"],
    ["gpt-image-2", "previous"],
  ])("as of 2026-11-21, %s is %s", (slug, kind) => {
    expect(status(slug, "2026-11-21")?.kind).toBe(kind);
  });

  it("carries the caveat of the successor's release date into a previous-generation status", () => {
    // GPT Image 2.5 became the previous generation when 2.6 came out, a date only secondary sources give;
    // gpt-image-2 did so on the 2.5 release, which OpenAI's changelog dates.
    expect(status("gpt-image-2-5", "2026-12-07")).toEqual({
      kind: "previous",
      since: "2026-11-04",
      caveat: "secondary sources only",
    });
    expect(status("gpt-image-2", "2026-11-21")).toEqual({ kind: "previous", since: "2026-09-08" });
  });

  const references = (n: NameEntry): Array<[string, string]> => [
    ...(n.relations.parent ? [["parent", n.relations.parent] as [string, string]] : []),
    ...(n.relations.pointsTo ? [["pointsTo", n.relations.pointsTo] as [string, string]] : []),
    ...(n.relations.apiCounterpart ? [["apiCounterpart", n.relations.apiCounterpart] as [string, string]] : []),
    ...n.relations.replacedBy.map((s) => ["replacedBy", s] as [string, string]),
    ...n.relations.supersededBy.map((s) => ["supersededBy", s] as [string, string]),
    ...n.relations.related.map((s) => ["related", s] as [string, string]),
    ...n.notToBeConfusedWith.map((c) => ["notToBeConfusedWith", c.slug] as [string, string]),
  ];

  it("every relation points to a name that exists, and never to itself", () => {
    const broken = records.flatMap(({ data }) =>
      references(data)
        .filter(([, slug]) => !bySlug.has(slug) || slug === data.slug)
        .map(([field, slug]) => `${data.slug}.${field} → ${slug}`),
    );
    expect(broken).toEqual([]);
  });

  it("every source and lifecycle source is listed in sources.yaml", () => {
    const broken = records.flatMap(({ data }) => {
      const ids = [...data.sources, ...Object.values(data.lifecycle).map((e) => e.source)];
      return ids.filter((id) => !sourceIds.has(id)).map((id) => `${data.slug} → ${id}`);
    });
    expect(broken).toEqual([]);
  });

  it("parent chains end at a root without looping", () => {
    const loops = records.flatMap(({ data }) => {
      const seen = new Set([data.slug]);
      for (let cur = data.relations.parent; cur; cur = bySlug.get(cur)?.relations.parent) {
        if (seen.has(cur)) return [`${data.slug} loops at ${cur}`];
        seen.add(cur);
      }
      return [];
    });
    expect(loops).toEqual([]);
  });

  it("an API counterpart points back, so the app name and the API name link each other", () => {
    const oneWay = records.flatMap(({ data }) => {
      const other = data.relations.apiCounterpart ? bySlug.get(data.relations.apiCounterpart) : undefined;
      return other && other.relations.apiCounterpart !== data.slug ? [`${data.slug} ↔ ${other.slug}`] : [];
    });
    expect(oneWay).toEqual([]);
  });

  it("every lifecycle date is in order: released ≤ deprecation announced ≤ shutdown", () => {
    const bad = records.flatMap(({ data }) => {
      const { released, deprecationAnnounced, shutdownScheduled, shutDown } = data.lifecycle;
      const seq = [released, deprecationAnnounced, shutDown ?? shutdownScheduled].flatMap((e) => (e ? [e.date] : []));
      return seq.every((d, i) => i === 0 || seq[i - 1]! <= d) ? [] : [data.slug];
    });
    expect(bad).toEqual([]);
  });
});

/**
 * The published formats built from the real content: API documents against their published JSON
 * Schemas (read back with z.fromJSONSchema), the per-name feed's reminders appearing on their day, the
 * shutdown calendar read by ical.js with its alarms, and badge colours by status.
 */
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { apiFiles, apiSchemaFiles } from "@/lib/api/files";
import { nameDocument } from "@/lib/api/documents";
import { getName, getNames } from "@/lib/content/names";
import { getSources } from "@/lib/content/sources";
import { apiPaths } from "@/lib/urls";
import { BADGE_COLORS, statusBadge } from "@/lib/subscribe/badge";
import { shutdownsCalendar } from "@/lib/subscribe/calendar";
import { nameFeed } from "@/lib/subscribe/name-feed";
import { parseXml } from "../support/xml";

const savedAsOf = process.env.SITE_AS_OF;
afterEach(() => {
  if (savedAsOf === undefined) delete process.env.SITE_AS_OF;
  else process.env.SITE_AS_OF = savedAsOf;
});
/** Names with statuses derived for `asOf` (the loader reads SITE_AS_OF). */
function namesAsOf(asOf: string) {
  process.env.SITE_AS_OF = asOf;
  return getNames();
}

describe("JSON API", () => {
  const schemas = apiSchemaFiles();
  const validator = (kind: string) => z.fromJSONSchema(JSON.parse(schemas.get(apiPaths.schema(kind))!));

  it("every document matches the JSON Schema published beside it", () => {
    const files = apiFiles(namesAsOf("2026-11-21"), "2026-11-21");
    const kindOf = (p: string) =>
      p === apiPaths.notFound
        ? "error"
        : p.startsWith("/api/v1/names/")
          ? "name"
          : /\/api\/v1\/(\w+)\.json$/.exec(p)?.[1];
    let checked = 0;
    for (const [p, text] of files) {
      if (p.includes("/schema/")) continue;
      const result = validator(kindOf(p)!).safeParse(JSON.parse(text));
      expect(result.success, `${p}: ${result.error?.message}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(getNames().length + 5);
  });

  it("the schema rejects a document that lost a field or changed a type", () => {
    const doc = JSON.parse(JSON.stringify(nameDocument("2026-11-21", getName("gpt-image-2")!)));
    const v = validator("name");
    expect(v.safeParse(doc).success).toBe(true);
    delete doc.name.status;
    expect(v.safeParse(doc).success).toBe(false);
    expect(v.safeParse({ ...doc, asOf: 20261121 }).success).toBe(false);
  });

  it("chatgpt-image-latest carries its raw shutdown date and a status for the as-of date", () => {
    namesAsOf("2026-11-21");
    const before = nameDocument("2026-11-21", getName("chatgpt-image-latest")!).name;
    expect(before.lifecycle.find((e) => e.kind === "shutdownScheduled")?.date).toBe("2026-12-01");
    expect(before.status).toMatchObject({ kind: "shutdown-scheduled", date: "2026-12-01" });
    expect(before.lifecycle.find((e) => e.kind === "shutdownScheduled")?.source?.url).toMatch(/^https:\/\//);
    namesAsOf("2026-12-01");
    const after = nameDocument("2026-12-01", getName("chatgpt-image-latest")!).name;
    expect(after.status).toMatchObject({ kind: "shut-down", date: "2026-12-01" });
  });
});

describe("per-name Atom feed", () => {
  const entriesOf = (asOf: string) => {
    const name = namesAsOf(asOf).find((n) => n.slug === "chatgpt-image-latest")!;
    const feed = parseXml(nameFeed(name, asOf));
    return {
      feed,
      entries: feed.children
        .filter((c) => c.name === "entry")
        .map((e) => ({ id: e.child("id")!.text, updated: e.child("updated")!.text.slice(0, 10) })),
    };
  };

  it("publishes each reminder on its day, never ahead of the as-of date", () => {
    const early = entriesOf("2026-11-21").entries;
    expect(early.some((e) => e.id.endsWith("shutdown-30d") && e.updated === "2026-11-01")).toBe(true);
    expect(early.some((e) => e.id.endsWith("shutdown-7d"))).toBe(false);
    expect(early.some((e) => e.id.endsWith("/shutdownScheduled"))).toBe(false);
    const late = entriesOf("2026-11-24").entries;
    expect(late.some((e) => e.id.endsWith("shutdown-7d") && e.updated === "2026-11-24")).toBe(true);
    for (const { entries } of [entriesOf("2026-11-21"), entriesOf("2026-12-02")])
      for (const e of entries) expect(e.updated <= "2026-12-02").toBe(true);
  });

  it("keeps entry ids stable across builds and dates the feed by its newest entry", () => {
    const a = entriesOf("2026-11-21");
    const b = entriesOf("2026-11-24");
    for (const e of a.entries) expect(b.entries.map((x) => x.id)).toContain(e.id);
    const newest = b.entries
      .map((e) => e.updated)
      .sort()
      .at(-1);
    expect(b.feed.child("updated")!.text.slice(0, 10)).toBe(newest);
  });
});

describe("shutdowns calendar", () => {
  it("imports into ical.js: one all-day event per shutdown, alarms 30, 7 and 1 days before, page and source linked", () => {
    const names = namesAsOf("2026-11-21");
    const cal = new ICAL.Component(ICAL.parse(shutdownsCalendar(names, getSources(), "2026-11-21")));
    const events = cal.getAllSubcomponents("vevent");
    const expected = names.filter((n) => n.lifecycle.shutDown ?? n.lifecycle.shutdownScheduled).length;
    expect(events.length).toBe(expected);
    for (const v of events) {
      const e = new ICAL.Event(v);
      expect(e.startDate.isDate, e.summary).toBe(true);
      expect(v.getAllSubcomponents("valarm").map((a) => a.getFirstPropertyValue("trigger")?.toString())).toEqual([
        "-P30D",
        "-P7D",
        "-P1D",
      ]);
      expect(String(v.getFirstPropertyValue("url"))).toMatch(/\/names\/[a-z0-9-]+\/$/);
      // The source's page as an attachment; a source whose address was never recorded says so instead.
      const attach = v.getFirstPropertyValue("attach");
      if (attach === null)
        expect(String(v.getFirstPropertyValue("description"))).toContain("page address not recorded");
      else expect(String(attach)).toMatch(/^https:\/\//);
    }
    const latest = events.map((v) => new ICAL.Event(v)).find((e) => e.summary.startsWith("chatgpt-image-latest"));
    expect(latest?.startDate.toString()).toBe("2026-12-01");
  });
});

describe("status badges", () => {
  it("colour by status and say the status", () => {
    const names = namesAsOf("2026-11-21");
    for (const slug of ["chatgpt-image-latest", "gpt-image-2"]) {
      const n = names.find((x) => x.slug === slug)!;
      const svg = statusBadge(n, "2026-11-21");
      expect(svg).toContain(`fill="${BADGE_COLORS[n.status.kind]}"`);
      expect(parseXml(svg).child("title")!.text).toMatch(new RegExp(`^${n.name.replace(/\./g, "\\.")}: `));
    }
    expect(BADGE_COLORS["shut-down"]).not.toBe(BADGE_COLORS.current);
  });
});

/**
 * How a date says how it is known (lib/content/evidence.ts), and that the outputs programs and calendars
 * read carry the same words as the pages.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { nameDocument } from "@/lib/api/documents";
import { dateCaveat, sourceByline } from "@/lib/content/evidence";
import { nameRecordsAsOf } from "@/lib/content/names";
import type { Source } from "@/lib/content/sources";
import { getSources } from "@/lib/content/sources";
import { nameCalendar } from "@/lib/subscribe/calendar";

const source = (over: Partial<Source>): Source => ({
  id: "s",
  title: "A page",
  url: "https://example.com/",
  publisher: "OpenAI",
  primary: true,
  read: "archived",
  seen: "2026-11-29",
  ...over,
});
const lookup = (s: Source) => (id: string) => (id === s.id ? s : undefined);

describe("dateCaveat", () => {
  const read = source({});
  const quoted = source({ read: "quoted", quotedBy: "q" });
  const secondary = source({ primary: false, publisher: "A blog" });

  it("says nothing for a date read in an OpenAI page", () => {
    expect(dateCaveat({ source: "s" }, lookup(read))).toBeUndefined();
  });

  it("names the weakest link: secondary dates, secondary sources, partial dates, quotes", () => {
    expect(dateCaveat({ source: "s", dateVerified: "no" }, lookup(read))).toBe("secondary sources only");
    expect(dateCaveat({ source: "s" }, lookup(secondary))).toBe("secondary source");
    expect(dateCaveat({ source: "s", dateVerified: "partial" }, lookup(read))).toBe("partly verified");
    expect(dateCaveat({ source: "s" }, lookup(quoted))).toBe("known from a quote");
  });

  it("adds what a stand-in date really is, after how strong it is", () => {
    expect(dateCaveat({ source: "s", dateVerified: "partial", dateBasis: "an SDK date" }, lookup(read))).toBe(
      "partly verified, an SDK date",
    );
    // Even on a read OpenAI page a stand-in date is labelled.
    expect(dateCaveat({ source: "s", dateBasis: "an SDK date" }, lookup(read))).toBe("an SDK date");
  });
});

describe("sourceByline", () => {
  it("marks a quoted or secondary source, and leaves a read OpenAI page plain", () => {
    expect(sourceByline(source({}))).toBe("A page (OpenAI)");
    expect(sourceByline(source({ read: "quoted", quotedBy: "q" }))).toBe("A page (OpenAI, quoted)");
    expect(sourceByline(source({ primary: false, publisher: "A blog" }))).toBe("A page (A blog, secondary)");
  });
});

describe("the image_generation tool's SDK date in the data formats", () => {
  const asOf = "2026-11-29";
  const tool = nameRecordsAsOf(asOf).find((n) => n.slug === "image-generation-tool")!;

  it("the JSON API gives the date's basis beside how well it is verified", () => {
    const doc = nameDocument(asOf, tool);
    const released = doc.name.lifecycle.find((e) => e.kind === "released");
    expect(released).toMatchObject({ date: "2025-05-21", dateVerified: "partial", dateBasis: "an SDK date" });
  });

  it("its calendar event says how the date is known, in the pages' words", () => {
    const cal = new ICAL.Component(ICAL.parse(nameCalendar(tool, getSources(), asOf)));
    const released = cal
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary === "image_generation tool: released");
    expect(released?.startDate.toString()).toBe("2025-05-21");
    expect(released?.description).toContain("Date: partly verified, an SDK date.");
  });

  it("a calendar never shows a date known only from a quote as if it were read", () => {
    const name = nameRecordsAsOf(asOf).find((n) => n.slug === "chatgpt-images-2-0")!;
    const cal = new ICAL.Component(ICAL.parse(nameCalendar(name, getSources(), asOf)));
    const released = cal
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary.endsWith(": released"));
    expect(released?.description).toMatch(/Date: partly verified\./);
    expect(released?.description).toMatch(/Source: ChatGPT release notes \(OpenAI, quoted\)/);
  });
});

/**
 * A build as of an earlier date (SITE_AS_OF) shows only what was known then: a name not yet released is
 * "not yet released", whatever its later lifecycle says, and a shutdown reads "scheduled" only from the
 * day its deprecation was announced.
 */
import { describe, expect, it } from "vitest";
import { deriveStatus, statusText } from "@/lib/names/status";

type Input = Parameters<typeof deriveStatus>[0];
const event = (date: string) => ({ date, source: "openai-changelog" });
const entry = (lifecycle: Input["lifecycle"]): Input => ({
  notOpenAI: false,
  verification: "yes",
  lifecycle,
  relations: { replacedBy: [], supersededBy: [], related: [] },
});
const none = () => undefined;
// The shape of gpt-image-1.5 in the glossary: released, deprecation announced, shutdown scheduled.
const deprecated = entry({
  released: event("2025-12-16"),
  deprecationAnnounced: event("2026-06-02"),
  shutdownScheduled: event("2026-12-01"),
});

describe("status as of a date before the lifecycle events", () => {
  it("is not yet released before the release, even with a shutdown scheduled", () => {
    const status = deriveStatus(deprecated, "1999-01-01", none);
    expect(status).toEqual({ kind: "upcoming", date: "2025-12-16" });
    expect(statusText(status)).toBe("Releases on December 16, 2025");
  });

  it("is not yet released before the release, even with a recorded shutdown", () => {
    expect(
      deriveStatus(entry({ released: event("2024-01-01"), shutDown: event("2025-06-01") }), "2023-01-01", none),
    ).toEqual({
      kind: "upcoming",
      date: "2024-01-01",
    });
  });

  it("is current between the release and the announcement, not 'shutdown scheduled'", () => {
    expect(deriveStatus(deprecated, "2026-03-01", none)).toEqual({ kind: "current" });
  });

  it("reads 'shutdown scheduled' from the day the deprecation was announced", () => {
    expect(deriveStatus(deprecated, "2026-06-02", none)).toEqual({ kind: "shutdown-scheduled", date: "2026-12-01" });
  });

  it("reads 'shut down' from the shutdown date", () => {
    expect(deriveStatus(deprecated, "2026-12-01", none)).toEqual({ kind: "shut-down", date: "2026-12-01" });
  });

  it("keeps 'scheduled' for a shutdown with no recorded announcement date", () => {
    expect(deriveStatus(entry({ shutdownScheduled: event("2026-12-01") }), "2026-06-01", none)).toEqual({
      kind: "shutdown-scheduled",
      date: "2026-12-01",
    });
  });
});

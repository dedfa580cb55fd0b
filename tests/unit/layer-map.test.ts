import { describe, expect, it } from "vitest";
import { nameRecordsAsOf } from "@/lib/content/names";
import { layoutLayerMap, MAP, mapStatusLabel } from "@/lib/names/layer-map";
import type { NameStatus, StatusKind } from "@/lib/names/status";

const names = nameRecordsAsOf("2026-11-21");
const map = layoutLayerMap(names);

describe("layer map layout (real glossary)", () => {
  it("draws every name exactly once", () => {
    expect(map.nodes.map((n) => n.slug).sort()).toEqual(names.map((n) => n.slug).sort());
  });

  it("never overlaps two boxes and keeps every box inside the drawing", () => {
    const boxes = map.nodes.map((n) => ({ slug: n.slug, x1: n.x, y1: n.y, x2: n.x + n.w, y2: n.y + MAP.nodeH }));
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        .map((b) => `${a.slug} × ${b.slug}`),
    );
    expect(overlaps).toEqual([]);
    for (const b of boxes) {
      expect(b.x1).toBeGreaterThanOrEqual(0);
      expect(b.x2).toBeLessThanOrEqual(map.width);
      expect(b.y2).toBeLessThanOrEqual(map.height);
    }
  });

  it("draws every parent link, app ↔ API counterpart and replacement from the data", () => {
    const has = (kind: string, from: string, to: string) =>
      map.edges.some((e) => e.kind === kind && e.from.split(" ").includes(from) && e.to === to);
    for (const n of names) {
      if (n.relations.parent) expect(has("parent", n.slug, n.relations.parent), `${n.slug} → parent`).toBe(true);
      if (n.layer === "app-feature" && n.relations.apiCounterpart)
        expect(has("counterpart", n.slug, n.relations.apiCounterpart), `${n.slug} ↔`).toBe(true);
      for (const r of n.relations.replacedBy) expect(has("replacedBy", n.slug, r), `${n.slug} → ${r}`).toBe(true);
      if (n.relations.pointsTo) expect(has("pointsTo", n.slug, n.relations.pointsTo)).toBe(true);
    }
  });

  it("puts each ChatGPT name on the row of its API counterpart when it has one", () => {
    const at = new Map(map.nodes.map((n) => [n.slug, n]));
    for (const n of names.filter((x) => x.layer === "app-feature" && x.relations.apiCounterpart)) {
      expect(at.get(n.slug)!.y).toBe(at.get(n.relations.apiCounterpart!)!.y);
    }
  });

  it("says each status in words, not by colour alone", () => {
    const label = (status: NameStatus) => mapStatusLabel({ status });
    // Every kind, with the words a reader sees in the box (dates stay ISO: the box is narrow).
    const expected: Record<StatusKind, [NameStatus, string]> = {
      current: [{ kind: "current" }, "Current"],
      previous: [{ kind: "previous", since: "2026-04-01" }, "Previous generation"],
      upcoming: [{ kind: "upcoming", date: "2027-01-15" }, "Releases 2027-01-15"],
      "shutdown-scheduled": [{ kind: "shutdown-scheduled", date: "2026-12-01", days: 2 }, "Shutdown 2026-12-01"],
      "shut-down": [{ kind: "shut-down", date: "2025-10-01" }, "Shut down 2025-10-01"],
      unverified: [{ kind: "unverified" }, "Unverified label"],
      "not-openai": [{ kind: "not-openai" }, "Not an OpenAI name"],
    };
    for (const [kind, [status, words]] of Object.entries(expected)) expect(label(status), kind).toBe(words);
    // A scheduled date that passed with nobody checking is not "Shut down".
    expect(label({ kind: "shut-down", date: "2026-12-01", unobservedSince: "2026-11-29" })).toBe(
      "Shutdown passed 2026-12-01",
    );
    // And each box of the real map carries its own name's label.
    const bySlug = new Map(names.map((n) => [n.slug, n]));
    for (const n of map.nodes) expect(n.statusLabel, n.slug).toBe(mapStatusLabel(bySlug.get(n.slug)!));
  });
});

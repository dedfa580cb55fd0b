import { describe, expect, it } from "vitest";
import { asOfDate } from "@/lib/as-of";
import { loadGuidesWithIssues } from "@/lib/content/guides";
import { loadNamesWithIssues, nameRecordsAsOf } from "@/lib/content/names";
import { loadPickerWithIssues } from "@/lib/content/picker";
import { loadRoutesWithIssues } from "@/lib/content/routes";
import { ROUTE_IDS } from "@/lib/content/schemas/route";
import { toGraph } from "@/lib/picker/graph";
import { enumeratePaths } from "@/lib/picker/paths";
import { staleRecommendations } from "@/lib/picker/recommendable";
import { resolveAnswers } from "@/lib/picker/resolve";
import { checkOutcomeRefs, checkTree } from "@/lib/picker/soundness";

/** The real decision data in content/ (CONTENT_DIR when set), as of the build date. */
const picker = loadPickerWithIssues();
const routes = loadRoutesWithIssues();
const names = loadNamesWithIssues();
const guides = loadGuidesWithIssues();
const data = picker.records[0]?.data;

describe("route picker content", () => {
  it("validates against its schema", () => {
    expect(picker.issues).toEqual([]);
    expect(data).toBeDefined();
  });

  it("has a profile for every route", () => {
    expect(routes.issues).toEqual([]);
    expect(routes.records.map((r) => r.data.id).sort()).toEqual([...ROUTE_IDS].sort());
  });

  it("is a sound tree: one target per answer, no cycles, every question and outcome reachable, every route resolves", () => {
    expect(checkTree(data!, new Set(routes.records.map((r) => r.data.id)))).toEqual([]);
  });

  it("links only to names and guides that exist", () => {
    const refs = {
      names: new Set(names.records.map((n) => n.data.slug)),
      guides: new Set(guides.guides.map((g) => g.slug)),
    };
    expect(checkOutcomeRefs(data!, refs)).toEqual([]);
  });

  it(`recommends no name that is shut down or scheduled to shut down as of ${asOfDate()}`, () => {
    const records = new Map(nameRecordsAsOf(asOfDate()).map((n) => [n.slug, n]));
    const stale = staleRecommendations(
      data!.outcomes,
      routes.records.map((r) => r.data),
      (slug) => records.get(slug)?.status,
    );
    expect(stale).toEqual([]);
  });

  it("reaches every outcome, and every path resolves to the outcome it enumerates", () => {
    const graph = toGraph(data!);
    const paths = enumeratePaths(graph);
    expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(data!.outcomes.map((o) => o.id)));
    for (const p of paths)
      expect(resolveAnswers(graph, p.answers)).toEqual({ kind: "outcome", id: p.outcome, answers: p.answers });
  });

  it("covers the four jobs of the route-choice rule with a route each", () => {
    const routesReached = new Set(
      enumeratePaths(toGraph(data!)).map((p) => data!.outcomes.find((o) => o.id === p.outcome)!.route),
    );
    expect([...routesReached].sort()).toEqual([...ROUTE_IDS].sort());
  });
});

import { ROUTE_IDS, FACTORS, routeSchema, type RouteId, type RouteProfile } from "./schemas/route";
import { throwIfErrors } from "./issues";
import { memoInProduction, readYamlFolder } from "./read";
import { routeUrl } from "../urls";

export type { RouteId, RouteProfile };
export { FACTORS };

export interface Route extends RouteProfile {
  url: string;
  /** Overall editorial score out of 10, computed from the five factor ratings (each 1–5). */
  overall: number;
}

export const FACTOR_LABELS: Record<(typeof FACTORS)[number], string> = {
  control: "Control",
  repeatability: "Repeatability",
  fileOwnership: "File ownership",
  billingClarity: "Billing clarity",
  recoveryPath: "Recovery path",
};

export function overallScore(profile: RouteProfile): number {
  const sum = FACTORS.reduce((acc, f) => acc + profile.scorecard[f].score, 0);
  return Math.round((sum / (FACTORS.length * 5)) * 100) / 10;
}

export function loadRoutesWithIssues() {
  return readYamlFolder("routes", routeSchema);
}

export const getRoutes = memoInProduction((): Route[] => {
  const { records, issues } = loadRoutesWithIssues();
  throwIfErrors(issues);
  const order = (id: RouteId) => ROUTE_IDS.indexOf(id);
  return records
    .map((r) => ({ ...r.data, url: routeUrl(r.data.id), overall: overallScore(r.data) }))
    .sort((a, b) => order(a.id) - order(b.id));
});

export function getRoute(id: string): Route | undefined {
  return getRoutes().find((r) => r.id === id);
}

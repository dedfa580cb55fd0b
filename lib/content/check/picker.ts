import { asOfDate, formatDate } from "../../as-of";
import { STATUS_LABELS, type StatusKind } from "../../names/status";
import { staleRecommendations } from "../../picker/recommendable";
import { checkTree } from "../../picker/soundness";
import type { ContentIssue } from "../issues";
import { toNameRecords } from "../names";
import type { ContentSnapshot } from "./snapshot";

/**
 * The route picker's tree is sound (errors), and no outcome or route recommends a name that is shut
 * down or scheduled to shut down as of the build date (warnings: the pages already leave such names
 * out, and a unit test fails until the data is updated).
 */
export function checkPicker(s: ContentSnapshot): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // Declared ids: a route file that fails its schema already has its own message.
  const routeIds = s.declared.routes;
  for (const p of s.picker) {
    for (const problem of checkTree(p.data, routeIds)) {
      issues.push({
        file: p.file,
        ...p.doc.locate(problem.path),
        message: problem.message,
        fix: problem.fix,
        severity: "error",
      });
    }
  }
  const asOf = asOfDate();
  const sources = new Map(s.sources.flatMap((f) => f.data.sources).map((x) => [x.id, x]));
  const names = new Map(toNameRecords(s.names, asOf, (id) => sources.get(id)).map((n) => [n.slug, n]));
  const statusOf = (slug: string) => names.get(slug)?.status;
  const warn = (file: string, pos: { line: number; column: number }, slug: string, kind: StatusKind) =>
    issues.push({
      file,
      ...pos,
      message: `recommends "${slug}", which is ${STATUS_LABELS[kind].toLowerCase()} as of ${formatDate(asOf)}`,
      fix: "remove it from this list or name its replacement; pages already leave it out",
      severity: "warning",
    });
  for (const p of s.picker) {
    p.data.outcomes.forEach((o, oi) => {
      for (const stale of staleRecommendations([o], [], statusOf))
        warn(p.file, p.doc.locate(["outcomes", oi, "names", o.names.indexOf(stale.slug)]), stale.slug, stale.status);
    });
  }
  for (const r of s.routes) {
    for (const stale of staleRecommendations([], [r.data], statusOf))
      warn(r.file, r.doc.locate(["names", r.data.names.indexOf(stale.slug)]), stale.slug, stale.status);
  }
  return issues;
}

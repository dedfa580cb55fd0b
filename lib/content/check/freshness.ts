import { asOfDate, daysBetween, STALE_AFTER_DAYS } from "../../as-of";
import type { ContentIssue } from "../issues";
import type { LocatedYaml } from "../located-yaml";
import type { ContentSnapshot } from "./snapshot";

/**
 * A page whose facts were last checked more than 90 days before the as-of date: a warning here, and
 * the page shows a "may be out of date" note (components/article/page-dates.tsx). Not an error: the
 * page is still right as of its date. Also catches an `updated` date before `published`.
 */
export function checkFreshness(s: ContentSnapshot): ContentIssue[] {
  const asOf = asOfDate();
  const issues: ContentIssue[] = [];
  const check = (file: string, doc: LocatedYaml, lastVerified: string) => {
    const days = daysBetween(lastVerified, asOf);
    if (days <= STALE_AFTER_DAYS) return;
    issues.push({
      file,
      ...doc.locate(["lastVerified"]),
      message: `lastVerified ${lastVerified} is ${days} days before the as-of date ${asOf} (more than ${STALE_AFTER_DAYS}); the page shows a "may be out of date" note`,
      fix: "check the facts against the sources again, then set lastVerified to the day you did",
      severity: "warning",
    });
  };
  for (const g of s.guides) {
    check(g.file, g.doc, g.frontmatter.lastVerified);
    if (g.frontmatter.updated < g.frontmatter.published) {
      issues.push({
        file: g.file,
        ...g.doc.locate(["updated"]),
        message: `updated ${g.frontmatter.updated} is before published ${g.frontmatter.published}`,
        fix: "set updated to the day of the last change, on or after published",
        severity: "error",
      });
    }
  }
  for (const n of s.names) check(n.file, n.doc, n.data.lastVerified);
  for (const r of s.routes) check(r.file, r.doc, r.data.lastVerified);
  return issues;
}

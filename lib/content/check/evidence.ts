import type { ContentIssue } from "../issues";
import type { Source } from "../schemas/source";
import type { ContentSnapshot } from "./snapshot";

/** A publisher's home page ("https://fal.ai/") is not where a fact came from. */
export function isRootUrl(url: string): boolean {
  const u = new URL(url);
  return (u.pathname === "/" || u.pathname === "") && !u.search && !u.hash;
}

/**
 * The rules that keep every claim as strong as its evidence and no stronger:
 * a quoted page names the source that quotes it; a source points at a page, not a home page;
 * a source without an address says why; and a date only secondary sources give cites one.
 */
export function checkEvidence(s: ContentSnapshot): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map<string, Source>();
  for (const rec of s.sources) for (const src of rec.data.sources) byId.set(src.id, src);

  for (const rec of s.sources) {
    rec.data.sources.forEach((src, i) => {
      const at = (key: string) => ({
        file: rec.file,
        ...rec.doc.locate(["sources", i, key]),
        severity: "error" as const,
      });
      if (src.read === "quoted") {
        if (!src.quotedBy)
          issues.push({
            ...at("read"),
            message: `source "${src.id}" is marked \`read: quoted\` but does not say who quotes it`,
            fix: "add `quotedBy: <source id>`, the source whose quote you read; add that source first if it is missing",
          });
        else if (src.quotedBy === src.id || !byId.has(src.quotedBy))
          issues.push({
            ...at("quotedBy"),
            message: `\`quotedBy\` "${src.quotedBy}" is not another source in sources.yaml`,
            fix: "name the id of the source whose quote you read, and add that source if it is missing",
          });
      } else if (src.quotedBy) {
        issues.push({
          ...at("quotedBy"),
          message: `source "${src.id}" names \`quotedBy\` but is marked \`read: ${src.read}\``,
          fix: "set `read: quoted` if you only read a quote of this page, or remove `quotedBy`",
        });
      }
      if (src.url && isRootUrl(src.url))
        issues.push({
          ...at("url"),
          message: `source "${src.id}" points at a home page (${src.url}), not the page the fact came from`,
          fix: "give the address of the page itself; if it was not recorded, remove `url` and say so in `note`",
        });
      if (!src.url && !src.note)
        issues.push({
          ...at("id"),
          message: `source "${src.id}" has no \`url\` and no \`note\` saying why`,
          fix: "add the page's https:// address, or a `note` saying the address was not recorded",
        });
    });
  }

  for (const n of s.names) {
    for (const [kind, e] of Object.entries(n.data.lifecycle)) {
      if (!e || e.dateVerified !== "no") continue;
      const src = byId.get(e.source);
      if (!src || !src.primary) continue;
      issues.push({
        file: n.file,
        ...n.doc.locate(["lifecycle", kind, "source"]),
        message: `\`lifecycle.${kind}\` has \`dateVerified: no\` but cites "${e.source}", an OpenAI source`,
        fix: "a date only secondary sources give must cite one of them; put the OpenAI page in `sources` instead",
        severity: "error",
      });
    }
  }
  return issues;
}

import type { ContentIssue } from "../issues";
import { closest } from "./closest";
import { field } from "./field";
import type { Loaded } from "../read";
import type { ContentSnapshot } from "./snapshot";

type Ref = { kind: "name" | "source" | "guide"; value: string; path: PropertyKey[] };

function collect(
  value: unknown,
  path: PropertyKey[],
  visit: (key: string, v: unknown, p: PropertyKey[]) => Ref[] | undefined,
  out: Ref[],
): void {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i], visit, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const refs = visit(k, v, [...path, k]);
      if (refs) out.push(...refs);
      else collect(v, [...path, k], visit, out);
    }
  }
}

const list = (kind: Ref["kind"], v: unknown, p: PropertyKey[]): Ref[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === "string").map((x, i) => ({ kind, value: x, path: [...p, i] }))
    : typeof v === "string"
      ? [{ kind, value: v, path: p }]
      : [];

/** Keys whose values are references, by the collection they point into. */
function refsOf(key: string, v: unknown, p: PropertyKey[]): Ref[] | undefined {
  if (key === "sources" || key === "source") return list("source", v, p);
  if (
    [
      "parent",
      "pointsTo",
      "apiCounterpart",
      "replacedBy",
      "supersededBy",
      "related",
      "names",
      "model",
      "models",
    ].includes(key)
  )
    return list("name", v, p);
  if (key === "guides") return list("guide", v, p);
  if (key === "notToBeConfusedWith" && Array.isArray(v))
    return v.flatMap((c, i) => list("name", field(c, "slug"), [...p, i, "slug"]));
  return undefined;
}

const FIX = {
  name: "use a slug from content/names/ (the file name without .yaml), or add that name first",
  source: "use an id from content/sources.yaml, or add the source there first",
  guide: "use a slug from content/guides/ (the file name without .mdx)",
} as const;

/** Every slug and source id in data resolves; relations form no parent cycles. */
export function checkReferences(s: ContentSnapshot): ContentIssue[] {
  // Declared ids include files that failed their schema: those already have their own message.
  const known = { name: s.declared.names, source: s.declared.sources, guide: s.declared.guides };
  const fixFor = (r: Ref) => {
    const guess = closest(r.value, [...known[r.kind]]);
    return guess ? `did you mean "${guess}"? Otherwise ${FIX[r.kind]}` : FIX[r.kind];
  };
  const issues: ContentIssue[] = [];
  const check = (rec: Loaded<unknown>, data: unknown, rename?: (key: string) => string | undefined) => {
    const refs: Ref[] = [];
    collect(data, [], (k, v, p) => refsOf(rename?.(k) ?? k, v, p), refs);
    for (const r of refs) {
      if (known[r.kind].has(r.value)) continue;
      const pos = rec.doc.locate(r.path);
      issues.push({
        file: rec.file,
        ...pos,
        message: `unknown ${r.kind === "name" ? "name slug" : r.kind === "source" ? "source id" : "guide slug"} "${r.value}"`,
        fix: fixFor(r),
        severity: "error",
      });
    }
  };
  for (const n of s.names) {
    check(n, { ...n.data, slug: undefined });
    if (`${n.data.slug}.yaml` !== n.file.split("/").pop()) {
      issues.push({
        file: n.file,
        ...n.doc.locate(["slug"]),
        message: `slug "${n.data.slug}" does not match the file name`,
        fix: `rename the file to ${n.data.slug}.yaml or change the slug`,
        severity: "error",
      });
    }
  }
  for (const r of s.routes) check(r, r.data);
  // Table cells are free text (a column may be called "model"): only the sources are references.
  for (const t of s.tables) check(t, { sources: t.data.sources });
  for (const p of s.pricing) check(p, p.data);
  for (const p of s.parameters) check(p, { models: p.data.models, sources: p.data.sources });
  for (const c of s.capabilities) check(c, c.data);
  for (const p of s.picker) check(p, { outcomes: p.data.outcomes });
  for (const h of s.home) check(h, h.data, (k) => (k === "featuredNames" ? "names" : undefined));
  for (const g of s.guides) {
    const fm = { names: g.frontmatter.names, sources: g.frontmatter.sources, guides: g.frontmatter.related };
    const refs: Ref[] = [];
    collect(fm, [], refsOf, refs);
    for (const r of refs) {
      if (known[r.kind].has(r.value)) continue;
      const path = r.path[0] === "guides" ? ["related", ...r.path.slice(1)] : r.path;
      issues.push({
        file: g.file,
        ...g.doc.locate(path),
        message: `unknown ${r.kind === "name" ? "name slug" : r.kind === "source" ? "source id" : "guide slug"} "${r.value}"`,
        fix: fixFor(r),
        severity: "error",
      });
    }
  }
  issues.push(...checkParentCycles(s));
  return issues;
}

function checkParentCycles(s: ContentSnapshot): ContentIssue[] {
  const parent = new Map(s.names.map((n) => [n.data.slug, n.data.relations.parent]));
  const issues: ContentIssue[] = [];
  for (const n of s.names) {
    const seen = new Set<string>([n.data.slug]);
    let cur = parent.get(n.data.slug);
    while (cur) {
      if (seen.has(cur)) {
        issues.push({
          file: n.file,
          ...n.doc.locate(["relations", "parent"]),
          message: `parent chain loops back to "${cur}"`,
          fix: "a snapshot's parent is its model and a model's parent is its family; remove the loop",
          severity: "error",
        });
        break;
      }
      seen.add(cur);
      cur = parent.get(cur);
    }
  }
  return issues;
}

import { slugify } from "../../names/slug";
import type { ContentIssue } from "../issues";
import type { Loaded } from "../read";
import type { ContentSnapshot } from "./snapshot";

type Pos = { line: number; column: number };
type Entry = { key: string; file: string; pos: Pos; label: string };

/** Reports every entry whose key was already taken, pointing back at the first one. */
function firstWins(entries: readonly Entry[], what: string, fix: string): ContentIssue[] {
  const first = new Map<string, Entry>();
  const issues: ContentIssue[] = [];
  for (const e of entries) {
    const prior = first.get(e.key);
    if (!prior) first.set(e.key, e);
    else {
      const where = prior.file === e.file ? `line ${prior.pos.line}` : prior.file;
      issues.push({
        file: e.file,
        ...e.pos,
        message: `duplicate ${what} ${e.label}: already used at ${where}`,
        fix,
        severity: "error",
      });
    }
  }
  return issues;
}

/**
 * An id must equal its file name, because components and pages find the file by it. That also makes
 * ids unique: a second file with the same id is the one whose name does not match.
 */
function idMatchesFile(records: ReadonlyArray<Loaded<{ id: string }>>, folder: string, what: string): ContentIssue[] {
  const fileOf = (r: Loaded<{ id: string }>) => r.file.split("/").pop() ?? "";
  const owner = new Map(records.filter((r) => fileOf(r) === `${r.data.id}.yaml`).map((r) => [r.data.id, r.file]));
  return records.flatMap((r) => {
    if (fileOf(r) === `${r.data.id}.yaml`) return [];
    const taken = owner.get(r.data.id);
    return [
      {
        file: r.file,
        ...r.doc.locate(["id"]),
        message: taken
          ? `duplicate ${what} id "${r.data.id}": ${taken} already has it`
          : `id "${r.data.id}" does not match the file name`,
        fix: taken
          ? `give this ${what} its own id and name the file after it`
          : `rename the file to content/${folder}/${r.data.id}.yaml or change the id`,
        severity: "error" as const,
      },
    ];
  });
}

/** Slugs, aliases and ids are unique across files (an alias is compared by its slug form: "GPT Image 2" = gpt-image-2). */
export function checkDuplicates(s: ContentSnapshot): ContentIssue[] {
  const issues: ContentIssue[] = [];
  issues.push(
    ...firstWins(
      s.names.map((n) => ({
        key: n.data.slug,
        file: n.file,
        pos: n.doc.locate(["slug"]),
        label: `slug "${n.data.slug}"`,
      })),
      "name",
      "give each name its own slug (and file)",
    ),
  );

  // An alias gets a redirect page at /names/<slugified alias>/, so it may belong to one name only.
  const owner = new Map(s.names.map((n) => [n.data.slug, n]));
  const aliasEntries: Entry[] = [];
  for (const n of s.names) {
    const seen = new Set<string>();
    n.data.aliases.forEach((alias, i) => {
      const key = slugify(alias);
      const pos = n.doc.locate(["aliases", i]);
      const other = owner.get(key);
      if (other && other !== n) {
        issues.push({
          file: n.file,
          ...pos,
          message: `alias "${alias}" is the name "${other.data.slug}" (${other.file})`,
          fix: "remove the alias; use notToBeConfusedWith or relations to connect the two names",
          severity: "error",
        });
      } else if (key !== n.data.slug && !seen.has(key)) {
        aliasEntries.push({ key, file: n.file, pos, label: `"${alias}" (as ${key})` });
      }
      seen.add(key);
    });
  }
  issues.push(
    ...firstWins(
      aliasEntries,
      "alias",
      "an alias can lead to one name only; keep it on the name readers most likely mean",
    ),
  );

  const sourceEntries = s.sources.flatMap((r) =>
    r.data.sources.map((x, i) => ({
      key: x.id,
      file: r.file,
      pos: r.doc.locate(["sources", i, "id"]),
      label: `"${x.id}"`,
    })),
  );
  issues.push(...firstWins(sourceEntries, "source id", "give each source its own id"));
  issues.push(...idMatchesFile(s.tables, "tables", "table"), ...idMatchesFile(s.routes, "routes", "route"));

  // Guides are separate search results: the same title or description would compete with itself.
  for (const field of ["title", "description"] as const) {
    const entries = s.guides.map((g) => ({
      key: g.frontmatter[field].trim().toLowerCase(),
      file: g.file,
      pos: g.doc.locate([field]),
      label: field,
    }));
    issues.push(...firstWins(entries, "guide", `write a ${field} of its own for each guide`));
  }
  return issues;
}

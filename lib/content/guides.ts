import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { guideFrontmatterSchema, type GuideFrontmatter } from "./schemas/guide";
import { splitFrontmatter } from "./frontmatter";
import type { LocatedYaml } from "./located-yaml";
import { throwIfErrors, type ContentIssue } from "./issues";
import { contentDir, displayPath } from "./paths";
import { memoInProduction, readContentText } from "./read";
import { validateLocated } from "./validate";
import { guideUrl } from "../urls";

export interface RawGuide {
  slug: string;
  file: string;
  frontmatter: GuideFrontmatter;
  body: string;
  bodyStartLine: number;
  /** Frontmatter with source positions, for located messages. */
  doc: LocatedYaml;
}

export interface Guide extends GuideFrontmatter {
  slug: string;
  url: string;
  file: string;
  body: string;
  readingMinutes: number;
}

const WORDS_PER_MINUTE = 230;

function countWords(mdx: string): number {
  const prose = mdx
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/[#*_`>|[\]()-]/g, " ");
  return prose.split(/\s+/).filter(Boolean).length;
}

export function loadGuidesWithIssues(): { guides: RawGuide[]; issues: ContentIssue[] } {
  const dir = path.join(contentDir(), "guides");
  const out: { guides: RawGuide[]; issues: ContentIssue[] } = { guides: [], issues: [] };
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()) {
    const file = displayPath(path.join(dir, name));
    const source = readContentText(path.join(dir, name));
    const split = splitFrontmatter(source);
    if (!split) {
      out.issues.push({
        file,
        line: 1,
        column: 1,
        message: "the file has no frontmatter block",
        fix: "start the file with a `---` line, the fields (see content/README.md), and another `---` line",
        severity: "error",
      });
      continue;
    }
    const { data, issues } = validateLocated(guideFrontmatterSchema, split.doc, file);
    out.issues.push(...issues);
    if (data)
      out.guides.push({
        slug: name.replace(/\.mdx$/, ""),
        file,
        frontmatter: data,
        body: split.body,
        bodyStartLine: split.bodyStartLine,
        doc: split.doc,
      });
  }
  return out;
}

export function toGuide(raw: RawGuide): Guide {
  return {
    ...raw.frontmatter,
    slug: raw.slug,
    url: guideUrl(raw.slug),
    file: raw.file,
    body: raw.body,
    readingMinutes: Math.max(1, Math.round(countWords(raw.body) / WORDS_PER_MINUTE)),
  };
}

/** Published guides, newest update first. Drafts appear only in `next dev`, never in the export. */
export const getGuides = memoInProduction((): Guide[] => {
  const { guides, issues } = loadGuidesWithIssues();
  throwIfErrors(issues);
  const showDrafts = process.env.NODE_ENV === "development";
  return guides
    .map(toGuide)
    .filter((g) => showDrafts || !g.draft)
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
});

export function getGuide(slug: string): Guide | undefined {
  return getGuides().find((g) => g.slug === slug);
}

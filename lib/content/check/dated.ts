import { DATED_EVENTS, formatProseDate, parseDated } from "../../dated/markers";
import { lifecycleLookup } from "../../dated/lookup";
import type { ContentIssue } from "../issues";
import type { Loaded } from "../read";
import type { NameEntry } from "../schemas/name";
import { closest } from "./closest";
import type { ComponentUse } from "./components";
import { filePos, walk, type GuideTree, type MdNode } from "./mdx-tree";
import { yamlRecords, type ContentSnapshot } from "./snapshot";

const FIX_YAML =
  "use the dated form {{name.event | wording before the date | wording from the date on}}, with {date} and {days} inside (see “Dated wording” in content/README.md)";
const FIX_MDX =
  'use <Dated name="…" event="…" before="wording before the date" after="wording from the date on" />, with {date} and {days} inside (see “Dated wording” in content/README.md)';

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Every way prose spells a date: "1 December 2026", "December 1, 2026", "Dec 1", "2026-12-01", … */
function dateSpellings(iso: string): string[] {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  const month = MONTHS[m - 1]!;
  const short = month.slice(0, 3);
  return [
    iso,
    `${d} ${month} ${y}`,
    `${month} ${d}, ${y}`,
    `${d} ${short} ${y}`,
    `${short} ${d}, ${y}`,
    `${d} ${month}`,
    `${month} ${d}`,
    `${d} ${short}`,
    `${short} ${d}`,
  ];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const ANY_DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:${MONTHS.join("|")})(?:\s+\d{4})?|(?:${MONTHS.join("|")})\s+\d{1,2}(?:,\s+\d{4})?)`;

/** Wording that is true only on one side of a date. Each is reported with what to write instead. */
const PHRASES: Array<{ re: RegExp; what: string }> = [
  { re: /\bwill\s+(?:be\s+)?(?:shut\s+down|retired|removed)\b/gi, what: "future-tense shutdown wording" },
  {
    re: /\bscheduled\s+to\s+(?:be\s+)?(?:shut\s+down|retire|be\s+retired|be\s+removed)\b/gi,
    what: "“scheduled to shut down” written by hand",
  },
  // "gpt-image-1-mini is scheduled to follow" says the same thing without naming the shutdown.
  { re: /\b(?:is|are)\s+(?:scheduled|due|set)\s+to\s+follow\b/gi, what: "“scheduled to follow” written by hand" },
  {
    re: new RegExp(String.raw`\b(?:before|until|till|by)\s+${ANY_DATE}`, "gi"),
    what: "a deadline (“before/until <date>”) written by hand",
  },
  {
    re: /\b(?:still\s+ahead|late\s+November|early\s+December|(?:is|are)\s+closing|days\s+left|coming\s+weeks)\b/gi,
    what: "a relative time phrase",
  },
];

export interface DatedRules {
  names: Loaded<NameEntry>[];
}

/** The glossary's end-of-life dates, each with the markers that name it (for the fix). */
function endDates(names: readonly Loaded<NameEntry>[]): Array<{ re: RegExp; iso: string; refs: string[] }> {
  const refs = new Map<string, string[]>();
  for (const { data } of names)
    for (const event of ["shutdownScheduled", "shutDown"] as const) {
      const e = data.lifecycle[event];
      if (e) refs.set(e.date, [...(refs.get(e.date) ?? []), `${data.slug}.${event}`]);
    }
  return [...refs].map(([iso, r]) => ({
    iso,
    refs: r,
    re: new RegExp(String.raw`(?<![\w-])(?:${dateSpellings(iso).map(escape).join("|")})(?![\w-])`, "g"),
  }));
}

/** Blanks out {{…}} markers (keeping offsets) so the phrase rules only see text written by hand. */
const maskMarkers = (text: string) =>
  parseDated(text)
    .map((s) => (s.kind === "text" ? s.text : " ".repeat(s.marker.end - s.marker.start)))
    .join("");

type Report = (offset: number, message: string, fix: string) => void;

/**
 * Words that are false in one slot of a dated statement. Wordings go "before | on | after"; a swapped
 * pair ("that date is today" as the after-wording) reads wrong on every day after the date, and only
 * then, so the check catches it on the day it is written.
 */
const WRONG_IN_SLOT: Record<"before" | "on" | "after", { re: RegExp; why: string }> = {
  before: { re: /\b(?:has|have|had)\s+passed\b|\bis\s+today\b|\bago\b/i, why: "is not true before the date" },
  on: { re: /\b(?:has|have|had)\s+passed\b|\baway\b|\bfrom\s+now\b|\bago\b/i, why: "is not true on the day itself" },
  after: { re: /\btoday\b|\baway\b|\bfrom\s+now\b/i, why: "is not true after the date" },
};

/** Each wording that says something false for its slot, with the slot's name and the words. */
function misplacedWordings(variants: {
  before?: string | undefined;
  on?: string | undefined;
  after?: string | undefined;
}): Array<{ slot: "before" | "on" | "after"; words: string; why: string }> {
  const out: Array<{ slot: "before" | "on" | "after"; words: string; why: string }> = [];
  for (const slot of ["before", "on", "after"] as const) {
    const m = variants[slot]?.match(WRONG_IN_SLOT[slot].re);
    if (m) out.push({ slot, words: m[0], why: WRONG_IN_SLOT[slot].why });
  }
  return out;
}

const SLOT_FIX =
  "the wordings go in the order before | on | after (in MDX: before=, on=, after=); move it to the slot it is true in";

/**
 * A deadline in front of a date-only marker of a scheduled date reads wrong once the date passes: it
 * needs wordings. ("until {{dall-e-3.shutDown}}" is fine: a recorded shutdown is already in the past.)
 */
const DEADLINE_BEFORE_MARKER =
  /\b(?:[Bb]efore|[Uu]ntil|[Tt]ill|[Bb]y)\s+\{\{\s*[a-z0-9-]+\.(?:shutdownScheduled|shutdown)\s*\}\}/g;
const DEADLINE_AT_END = /\b(?:before|until|till|by)\s*$/i;

function scanText(text: string, ends: ReturnType<typeof endDates>, fix: string, report: Report) {
  for (const m of text.matchAll(DEADLINE_BEFORE_MARKER))
    report(
      m.index,
      `a deadline in front of a date-only marker: “${m[0].replace(/\s+/g, " ")}”`,
      `${fix}; a deadline needs a wording for after the date`,
    );
  const masked = maskMarkers(text);
  for (const p of PHRASES)
    for (const m of masked.matchAll(p.re)) {
      // "from 21 April 2026 until 8 September 2026" is a closed range in the past, not a deadline.
      if (/^until/i.test(m[0]) && /\bfrom\s[^.;]*$/i.test(masked.slice(Math.max(0, m.index - 80), m.index))) continue;
      report(m.index, `${p.what}: “${m[0].replace(/\s+/g, " ")}”`, fix);
    }
  for (const e of ends)
    for (const m of masked.matchAll(e.re))
      report(
        m.index,
        `the lifecycle date ${formatProseDate(e.iso)} is written by hand (“${m[0].replace(/\s+/g, " ")}”)`,
        `${fix}; this date is ${e.refs.map((r) => `{{${r}}}`).join(" or ")}`,
      );
}

/** Markers must name a glossary name and one of its lifecycle events, and have one, two or three wordings. */
function checkMarkers(text: string, names: readonly Loaded<NameEntry>[], report: Report) {
  const lookup = lifecycleLookup(names.map((n) => n.data));
  const slugs = names.map((n) => n.data.slug);
  let at = 0;
  for (const s of parseDated(text)) {
    if (s.kind === "text") {
      // Braces a marker did not consume: a typo in the marker, or a placeholder other than {date}/{days}.
      const stray = s.text.search(/\{\{|\}\}/);
      if (stray >= 0)
        report(
          at + stray,
          "`{{` or `}}` that is not a complete dated marker",
          "write {{name.event}} or {{name.event | before | after}}; inside a wording only {date} and {days} are allowed",
        );
      at += s.text.length;
      continue;
    }
    at = s.marker.end;
    const { slug, event, start, problem } = s.marker;
    const entry = names.find((n) => n.data.slug === slug)?.data;
    if (!entry) {
      const guess = closest(slug, slugs);
      report(
        start,
        `dated reference {{${slug}.${event}}} names an unknown name`,
        guess ? `did you mean "${guess}"?` : "use a slug from content/names/",
      );
    } else if (!DATED_EVENTS.some((e) => e === event)) {
      const guess = closest(event, DATED_EVENTS);
      report(
        start,
        `dated reference {{${slug}.${event}}} names an unknown event`,
        `${guess ? `did you mean "${guess}"? ` : ""}events: ${DATED_EVENTS.join(", ")}`,
      );
    } else if (!lookup(slug, event)) {
      const has = Object.keys(entry.lifecycle);
      report(
        start,
        `${slug} has no ${event} date in its lifecycle`,
        has.length ? `its lifecycle has: ${has.join(", ")}` : "add the date to its lifecycle first",
      );
    } else if (problem)
      report(start, `dated reference {{${slug}.${event}: …}} ${problem}`, "separate the wordings with |");
    else if (s.marker.variants)
      for (const w of misplacedWordings(s.marker.variants))
        report(start, `the “${w.slot}” wording of {{${slug}.${event}}} says “${w.words}”, which ${w.why}`, SLOT_FIX);
  }
}

function strings(value: unknown, path: PropertyKey[], visit: (s: string, path: PropertyKey[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...path, i], visit));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) strings(v, [...path, k], visit);
}

/**
 * Date-bound wording lives in the dated form only: hand-written future tense, deadlines, relative time
 * and the glossary's end-of-life dates in prose are errors (they turn false on their date), and every
 * dated marker must resolve.
 */
export function checkDatedWording(
  s: ContentSnapshot,
  trees: readonly GuideTree[],
  uses: readonly ComponentUse[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ends = endDates(s.names);
  const scanYaml = (rec: Pick<Loaded<unknown>, "file" | "doc">, data: unknown) =>
    strings(data, [], (value, path) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
      const src = rec.doc.scalarSource(path);
      const text = src?.text ?? value;
      const report: Report = (offset, message, fix) =>
        issues.push({
          file: rec.file,
          ...(src ? src.at(offset) : rec.doc.locate(path)),
          message,
          fix,
          severity: "error",
        });
      checkMarkers(text, s.names, report);
      scanText(text, ends, FIX_YAML, report);
    });
  for (const r of yamlRecords(s)) scanYaml(r, r.data);
  for (const tree of trees) {
    if (tree.guide.frontmatter.draft) continue;
    scanYaml(tree.guide, tree.guide.frontmatter);
    if (!tree.root) continue;
    walk(tree.root, (node: MdNode, parent) => {
      // "before <Dated … />" with no wordings: the sentence turns false once the date passes.
      const event = node.attributes?.find((a) => a.name === "event")?.value;
      if (
        node.type === "mdxJsxTextElement" &&
        node.name === "Dated" &&
        (event === "shutdownScheduled" || event === "shutdown") &&
        !node.attributes?.some((a) => a.name === "before")
      ) {
        const siblings = parent?.children ?? [];
        const prev = siblings[siblings.indexOf(node) - 1];
        if (prev?.type === "text" && DEADLINE_AT_END.test(prev.value ?? ""))
          issues.push({
            file: tree.guide.file,
            ...filePos(tree, node),
            message: "a deadline in front of a date-only <Dated />",
            fix: `${FIX_MDX}: give it wordings for before and after the date`,
            severity: "error",
          });
      }
      if (node.type !== "text" || !node.value) return;
      const start = node.position?.start;
      scanText(node.value, ends, FIX_MDX, (offset, message, fix) => {
        const before = node.value!.slice(0, offset);
        const lines = before.split("\n");
        const line = (start?.line ?? 1) + lines.length - 1 + tree.guide.bodyStartLine - 1;
        const column = lines.length > 1 ? lines[lines.length - 1]!.length + 1 : (start?.column ?? 1) + offset;
        issues.push({ file: tree.guide.file, line, column, message, fix, severity: "error" });
      });
    });
  }
  for (const use of uses) {
    if (use.name !== "Dated") continue;
    const { name, event } = use.props;
    for (const w of misplacedWordings(use.props))
      issues.push({
        file: use.tree.guide.file,
        ...use.at(w.slot),
        message: `the ${w.slot}= wording of <Dated name="${name}" event="${event}"> says “${w.words}”, which ${w.why}`,
        fix: SLOT_FIX,
        severity: "error",
      });
    checkMarkers(`{{${name}.${event}}}`, s.names, (_o, message, fix) =>
      issues.push({
        file: use.tree.guide.file,
        ...use.at("name"),
        message: message.replace(/^dated reference \{\{[^}]*\}\}/, `\`<Dated name="${name}" event="${event}">\``),
        fix,
        severity: "error",
      }),
    );
  }
  return issues;
}

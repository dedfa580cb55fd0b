/**
 * "Right on the day": a page's text as a reader sees it on a given day, and the sentences in it that
 * are in the wrong tense for that day. Used on the exported site (tests/build/dated.test.ts) both for
 * builds made on other days and for a page built earlier and read later (the `dated` island's choice
 * of [data-timed] variant and [data-days-to] count, reproduced here on the server HTML).
 */
import { formatDate } from "@/lib/as-of";
import { formatProseDate } from "@/lib/dated/markers";
import { attr, find, parseHtml, type Element, type Node } from "./html";

// Code examples (<pre>) are left out: they show a data document as of the build day (its `asOf` says so).
const INVISIBLE = new Set(["script", "style", "template", "head", "pre"]);

/** Visible text of the body on `day`: the island's variant for that day, hidden elements left out. */
export function textOnDay(html: string, day?: string): string {
  const body = find(parseHtml(html), "body");
  const out: string[] = [];
  const walk = (node: Node, chosen = false) => {
    if (node.nodeName === "#text") return void out.push((node as { value: string }).value);
    if (!("tagName" in node)) return;
    const el = node as Element;
    if (INVISIBLE.has(el.tagName)) return;
    if (day && attr(el, "data-days-to") !== undefined) {
      const n = Math.abs(
        Math.round((Date.parse(`${attr(el, "data-days-to")}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000),
      );
      return void out.push(`${n} day${n === 1 ? "" : "s"}`);
    }
    if (day && attr(el, "data-timed") !== undefined) {
      const variants = el.childNodes.filter((c): c is Element => "tagName" in c && (c as Element).tagName === "span");
      let pick = variants[0];
      for (const v of variants) {
        const from = attr(v, "data-from");
        if (!from || from <= day) pick = v;
      }
      if (pick) walk(pick, true);
      return;
    }
    if (attr(el, "hidden") !== undefined && !chosen) return;
    for (const c of el.childNodes) walk(c);
  };
  if (body) walk(body);
  return out.join("").replace(/\s+/g, " ");
}

/** Both spellings the site uses for a date: "1 December 2026" (prose) and "December 1, 2026" (badges). */
const spellings = (iso: string) => `(?:${formatProseDate(iso)}|${formatDate(iso).replace(",", ",?")})`;

/**
 * Phrases in the wrong tense on `day` for a scheduled shutdown on `date`: future wording once the day
 * has come, "today" wording after it, "passed" or "shut down" wording before it.
 */
export function wrongTense(text: string, date: string, day: string): string[] {
  const d = spellings(date);
  const future = [
    new RegExp(
      `(?:due to shut down on|Shutdown scheduled for|scheduled to shut down on|will (?:be )?shut down on) ${d}`,
      "g",
    ),
    new RegExp(`Shuts down in \\d+ days?, on ${d}`, "g"),
    new RegExp(`(?:finish well before|plan to be off the alias well before the date|only for \\d+ days? more)`, "g"),
  ];
  const past = [
    new RegExp(
      `(?:Shut down on ${d}|[Ss]hutdown date passed: ${d}|shutdown date, ${d}, has passed|reached (?:its|their) scheduled shutdown date,? (?:on )?${d})`,
      "g",
    ),
  ];
  // Wording for the day itself; a swapped on/after pair in a guide showed it on every later day.
  const today = [
    new RegExp(
      `(?:that date is today|is today|Today, ${d}, is its scheduled shutdown date|this is its scheduled shutdown date|reaches (?:its|their) (?:own )?scheduled shutdown date today|${d} is the scheduled shutdown date|scheduled for today)`,
      "gi",
    ),
  ];
  const rules = day > date ? [...future, ...today] : day === date ? future : past;
  return rules.flatMap((re) =>
    [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20)),
  );
}

/**
 * Phrases that say a shutdown on `date` happened. For a date only scheduled (no recorded shutdown) they are
 * wrong on every day: the fact sheet allows "the date has passed", never a shutdown nobody saw.
 */
export function claimedShutdowns(text: string, date: string): string[] {
  const d = spellings(date);
  const re = new RegExp(`(?:\\bShut down (?:on|as scheduled,?) ${d}|\\b(?:was|were|been) shut down on ${d})`, "g");
  return [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20));
}

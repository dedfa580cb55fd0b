/**
 * Dated wording: a statement tied to a lifecycle date, written once, whose wording follows the day it is
 * read. Browser-safe (no files, no environment): the content check, the server renderers and the
 * `dated` island all use it.
 *
 * In YAML text fields (and guide frontmatter) an editor writes
 *   {{chatgpt-image-latest.shutdownScheduled}}                       → "1 December 2026"
 *   {{chatgpt-image-latest.shutdownScheduled | before | after}}       → the variant for the as-of date
 *   {{chatgpt-image-latest.shutdownScheduled | before | on | after}}  → with a wording for the day itself
 * Inside a variant `{date}` is the event's date and `{days}` the whole days to or since it ("3 days").
 * In MDX the same statement is `<Dated name="…" event="…" before="…" on="…" after="…" />`.
 */

/** The lifecycle events a marker may name; `shutdown` is the recorded shutdown, else the scheduled one. */
export const DATED_EVENTS = ["released", "deprecationAnnounced", "shutdownScheduled", "shutDown", "shutdown"] as const;
export type DatedEvent = (typeof DATED_EVENTS)[number];

export interface DatedMarker {
  slug: string;
  event: string;
  /** Undefined for a date-only marker. */
  variants?: { before: string; on?: string; after: string };
  /** Offsets of the whole `{{…}}` in the text, for located messages. */
  start: number;
  end: number;
  /** Set when the marker is malformed (wrong number of variants); the content check reports it. */
  problem?: string;
}

export type DatedSegment = { kind: "text"; text: string } | { kind: "dated"; marker: DatedMarker };

// Wordings may hold {date} and {days} but no other braces, so "…{date}}}" ends where it should.
const MARKER = /\{\{\s*([a-z0-9-]+)\.([A-Za-z]+)\s*(?:\|((?:[^{}]|\{(?:date|days)\})*))?\}\}/g;

/** Splits content text into plain runs and dated markers. Text without markers is one text segment. */
export function parseDated(text: string): DatedSegment[] {
  const out: DatedSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const start = m.index;
    if (start > last) out.push({ kind: "text", text: text.slice(last, start) });
    const [raw, slug = "", event = "", body] = m;
    const marker: DatedMarker = { slug, event, start, end: start + raw.length };
    if (body !== undefined) {
      const parts = body.split("|").map((p) => p.replace(/\s+/g, " ").trim());
      if (parts.length === 2) marker.variants = { before: parts[0]!, after: parts[1]! };
      else if (parts.length === 3) marker.variants = { before: parts[0]!, on: parts[1]!, after: parts[2]! };
      else
        marker.problem = `has ${parts.length} wording${parts.length === 1 ? "" : "s"}; write "before | after" or "before | on | after"`;
    }
    out.push({ kind: "dated", marker });
    last = start + raw.length;
  }
  if (last < text.length || out.length === 0) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

export function hasDatedMarkers(text: string): boolean {
  return /\{\{/.test(text);
}

export type Phase = "before" | "on" | "after";

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day after an ISO date. */
export function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The ISO date `days` before `iso`. */
export function daysBefore(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

const proseDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
/** "2026-12-01" → "1 December 2026", the form the site's prose uses. */
export function formatProseDate(iso: string): string {
  return proseDate.format(new Date(`${iso}T00:00:00Z`));
}

/** "1 day", "3 days". */
export function daysText(n: number): string {
  const abs = Math.abs(n);
  return `${abs} day${abs === 1 ? "" : "s"}`;
}

/**
 * The wording windows of a marker, in date order, each with the first day it applies (undefined: from
 * the beginning). Without an "on" wording the day itself already reads "after".
 */
export function windows(
  variants: NonNullable<DatedMarker["variants"]>,
  date: string,
): Array<{ from?: string; text: string; phase: Phase }> {
  const w: Array<{ from?: string; text: string; phase: Phase }> = [{ text: variants.before, phase: "before" }];
  if (variants.on !== undefined) {
    w.push({ from: date, text: variants.on, phase: "on" });
    w.push({ from: nextDay(date), text: variants.after, phase: "after" });
  } else w.push({ from: date, text: variants.after, phase: "after" });
  return w;
}

/** The wording that applies on `asOf`. */
export function variantOn(variants: NonNullable<DatedMarker["variants"]>, date: string, asOf: string): string {
  let text = variants.before;
  for (const w of windows(variants, date)) if (!w.from || w.from <= asOf) text = w.text;
  return text;
}

export type TemplatePart = { kind: "text"; text: string } | { kind: "date" } | { kind: "days" };

/** Splits a variant into text, `{date}` and `{days}`. */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{date\}|\{days\})/)
    .filter((p) => p !== "")
    .map((p) => (p === "{date}" ? { kind: "date" } : p === "{days}" ? { kind: "days" } : { kind: "text", text: p }));
}

/** A variant as plain text for one day. */
export function fillTemplate(template: string, date: string, asOf: string): string {
  return templateParts(template)
    .map((p) =>
      p.kind === "date" ? formatProseDate(date) : p.kind === "days" ? daysText(dayDiff(asOf, date)) : p.text,
    )
    .join("");
}

/** Looks up a lifecycle date of a glossary name; undefined when the name or event does not exist. */
export type DateLookup = (slug: string, event: string) => string | undefined;

/** Content text with its markers resolved for `asOf`: for meta descriptions, JSON-LD, feeds, search, cards. */
export function resolveDated(text: string, asOf: string, lookup: DateLookup): string {
  return parseDated(text)
    .map((s) => {
      if (s.kind === "text") return s.text;
      const date = lookup(s.marker.slug, s.marker.event);
      if (!date) throw new Error(`unknown dated reference {{${s.marker.slug}.${s.marker.event}}}`);
      if (!s.marker.variants) return formatProseDate(date);
      return fillTemplate(variantOn(s.marker.variants, date, asOf), date, asOf);
    })
    .join("");
}

/**
 * The text at its longest reading (each marker as its longest wording, dates and day counts at their
 * longest), so a length limit on a field holds on every day, not just the day it was checked.
 */
export function longestReading(text: string): string {
  const longest = (t: string) => t.replace(/\{date\}/g, "30 September 2026").replace(/\{days\}/g, "999 days");
  return parseDated(text)
    .map((s) => {
      if (s.kind === "text") return s.text;
      const v = s.marker.variants;
      if (!v) return longest("{date}");
      return [v.before, v.on ?? "", v.after].map(longest).reduce((a, b) => (b.length > a.length ? b : a));
    })
    .join("");
}

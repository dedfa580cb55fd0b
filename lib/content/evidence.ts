import type { Verification } from "./schemas/common";
import type { Source } from "./schemas/source";

/**
 * How strong a source is as evidence, in the three steps a reader needs:
 * an OpenAI page we read (in a copy or live), an OpenAI page we only know from someone else's quote,
 * and everything else. Every badge, citation marker and date label on the site goes through here,
 * so an unread page can never be shown as read.
 */
export type Standing = "openai-read" | "openai-quoted" | "secondary";

export function standingOf(s: Pick<Source, "primary" | "read">): Standing {
  if (!s.primary) return "secondary";
  return s.read === "quoted" ? "openai-quoted" : "openai-read";
}

/** True when a claim cited to this source rests on third-party material (a secondary page or a quote). */
export function restsOnSecondary(s: Pick<Source, "primary" | "read">): boolean {
  return standingOf(s) !== "openai-read";
}

export const STANDING_BADGE: Record<Standing, { label: string; tone: "green" | "amber" | "violet" }> = {
  "openai-read": { label: "OpenAI page, read", tone: "green" },
  "openai-quoted": { label: "OpenAI page, known only from a quote", tone: "violet" },
  secondary: { label: "Secondary source", tone: "amber" },
};

/** The short marker beside an inline citation: nothing for a read OpenAI page. */
export const STANDING_MARK: Record<Standing, string> = {
  "openai-read": "",
  "openai-quoted": "quoted",
  secondary: "secondary",
};

/** Who published a source and how strong it is: "OpenAI", "OpenAI, quoted", "MindStudio, secondary". */
export function sourceCredit(s: Pick<Source, "publisher" | "primary" | "read">): string {
  const mark = STANDING_MARK[standingOf(s)];
  return `${s.publisher}${mark ? `, ${mark}` : ""}`;
}

/** A source as plain text, with how strong it is: "Deprecations (OpenAI, quoted)", "… (MindStudio, secondary)". */
export function sourceByline(s: Pick<Source, "title" | "publisher" | "primary" | "read">): string {
  return `${s.title} (${sourceCredit(s)})`;
}

/**
 * One sentence on how the page was read, for the sources list and tooltips:
 * "Read in an archived copy; seen 21 November 2026." or "Not read by us: known only from a quote in …".
 */
export function readingSentence(
  s: Source,
  lookup: (id: string) => Source | undefined,
  formatDate: (iso: string) => string,
): string {
  const seen = formatDate(s.seen);
  switch (s.read) {
    case "direct":
      return `Read on ${seen}.`;
    case "archived":
      return `Read in an archived copy; seen ${seen}.`;
    case "quoted": {
      const q = s.quotedBy ? lookup(s.quotedBy) : undefined;
      const by = q ? `“${q.title}”` : "a third-party page";
      return `Not read by us: known only from a quote in ${by}; the quote was seen ${seen}.`;
    }
  }
}

/**
 * The label a date carries wherever it is shown, when it is less certain than a read OpenAI page or stands in
 * for the event's own day (`dateBasis`: "partly verified, an SDK date").
 */
export function dateCaveat(
  event: { source: string; dateVerified?: Verification; dateBasis?: string },
  lookup: (id: string) => Source | undefined,
): string | undefined {
  const strength = dateStrength(event, lookup);
  if (!event.dateBasis) return strength;
  return strength ? `${strength}, ${event.dateBasis}` : event.dateBasis;
}

function dateStrength(
  event: { source: string; dateVerified?: Verification },
  lookup: (id: string) => Source | undefined,
): string | undefined {
  if (event.dateVerified === "no") return "secondary sources only";
  const s = lookup(event.source);
  if (s && standingOf(s) === "secondary") return "secondary source";
  if (event.dateVerified === "partial") return "partly verified";
  if (s && standingOf(s) === "openai-quoted") return "known from a quote";
  return undefined;
}

/**
 * How well a fact or data row is confirmed (`verification: yes | partial | no`), in every wording the site
 * uses it: a badge (with its tone), the same words inside a sentence, the name page's "Confirmed by OpenAI"
 * answer and the capability matrix's cell note.
 */
export const VERIFICATION_WORDS = {
  yes: {
    badge: "OpenAI source",
    inline: "OpenAI source",
    tone: "green",
    answer: "Yes: read in an OpenAI source",
    cell: "verified in an OpenAI source",
  },
  partial: {
    badge: "Partly verified",
    inline: "partly verified",
    tone: "amber",
    answer: "Partly: OpenAI confirms part, secondary sources the rest",
    cell: "partly verified (OpenAI source plus secondary)",
  },
  no: {
    badge: "Secondary only",
    inline: "secondary only",
    tone: "violet",
    answer: "No: only third-party material",
    cell: "secondary sources only, or nothing confirms it",
  },
} as const satisfies Record<
  Verification,
  { badge: string; inline: string; tone: "green" | "amber" | "violet"; answer: string; cell: string }
>;

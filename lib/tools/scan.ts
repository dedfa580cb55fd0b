/**
 * The code scanner behind /tools/scan/: finds OpenAI image model ids (and the names the resolver knows:
 * snapshots, aliases, reseller ids, misspellings) in pasted text, with their lines, and ranks them by how
 * urgently the code needs a change. Pure and free of environment access, so the same code runs in the
 * unit tests and in the browser island, against the reader's own clock.
 */
import { daysBetween } from "../dates";
import { deriveStatus, statusText, type NameStatus, type ReleaseDate } from "../names/status";
import { createResolver, type MatchKind, type ResolverEntry } from "../names/resolve";
import type { Verification } from "../content/schemas/common";

interface Event {
  date: string;
  dateVerified?: Verification;
}

/** One scannable name: what the resolver matches and what status derivation needs. */
export interface ScanEntry extends ResolverEntry {
  url: string;
  notOpenAI?: true;
  verification: Verification;
  /** The release also says how its date is known (a newer name's "previous generation" status shows it). */
  lifecycle: { released?: Event & ReleaseDate; shutdownScheduled?: Event; shutDown?: Event };
  supersededBy: string[];
  replacedBy: string[];
  /** When the entry was last checked: a passed scheduled shutdown says it was not re-checked since. */
  lastVerified: string;
}

export interface ScanData {
  entries: ScanEntry[];
  /** Release dates and display names of every name a scannable entry points to. */
  others: Record<string, { name: string; url: string; released?: ReleaseDate }>;
}

export interface Finding {
  entry: ScanEntry;
  /** The spellings found in the text, as written. */
  spellings: string[];
  /** 1-based line numbers, in order, without repeats. */
  lines: number[];
  kind: MatchKind;
}

/** Text that may hold a model id: letters, digits and the separators ids use (no spaces, no slashes). */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9._:\-·]*[A-Za-z0-9]/g;
/** Only tokens that look like an image model name are resolved; everything else is skipped cheaply. */
const CANDIDATE = /gpt|dall|image|img|sora/i;
const MAX_TOKEN = 80;

export interface Scanner {
  /** Scans lines (numbered from `firstLine`) into the running findings. */
  scan(lines: readonly string[], firstLine: number): void;
  findings(): Finding[];
}

export function createScanner(data: ScanData): Scanner {
  const resolve = createResolver(data.entries);
  const cache = new Map<string, { entry: ScanEntry; kind: MatchKind } | null>();
  const found = new Map<string, Finding>();

  const lookup = (token: string) => {
    let hit = cache.get(token);
    if (hit !== undefined) return hit;
    hit = null;
    // The id as written, then without a platform suffix (":official") or a file extension (".png").
    for (const t of new Set([token, token.replace(/:[^:]*$/, ""), token.replace(/\.[a-z]{2,4}$/i, "")])) {
      const r = resolve(t, 1);
      const best = r.found ? r.matches[0] : undefined;
      if (best && (best.kind === "exact" || best.kind === "spelling" || best.kind === "typo")) {
        hit = { entry: best.entry, kind: best.kind };
        break;
      }
    }
    cache.set(token, hit);
    return hit;
  };

  return {
    scan(lines, firstLine) {
      lines.forEach((line, i) => {
        if (!CANDIDATE.test(line)) return;
        for (const m of line.matchAll(TOKEN)) {
          const token = m[0];
          if (token.length > MAX_TOKEN || !CANDIDATE.test(token)) continue;
          const hit = lookup(token);
          if (!hit) continue;
          let f = found.get(hit.entry.slug);
          if (!f) {
            f = { entry: hit.entry, spellings: [], lines: [], kind: hit.kind };
            found.set(hit.entry.slug, f);
          }
          if (!f.spellings.includes(token) && f.spellings.length < 5) f.spellings.push(token);
          const n = firstLine + i;
          if (f.lines[f.lines.length - 1] !== n) f.lines.push(n);
          if (hit.kind === "exact") f.kind = "exact";
        }
      });
    },
    findings: () => [...found.values()],
  };
}

/** Splits text into lines however they end (\n, \r\n, \r). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface Assessed extends Finding {
  status: NameStatus;
  /** The status in full words (statusText): "Shuts down in 2 days, on December 1, 2026", … */
  statusText: string;
  urgency: number;
  /** Names to use instead, with links; empty when nothing needs to change. */
  instead: Array<{ name: string; url: string }>;
  insteadText: string;
}

/** Lower is more urgent: shut down, then shutting down (soonest first), then not an OpenAI name. */
function urgencyOf(s: NameStatus, today: string): number {
  switch (s.kind) {
    case "shut-down":
      return 0;
    case "shutdown-scheduled":
      return 1 + Math.min(daysBetween(today, s.date), 9998) / 10000;
    case "not-openai":
      return 2;
    case "unverified":
      return 3;
    case "previous":
      return 4;
    case "upcoming":
      return 5;
    default:
      return 6;
  }
}

/** An entry's status on `today`, by the glossary's rules (lib/names/status.ts). */
export function statusOf(e: ScanEntry, data: ScanData, today: string): NameStatus {
  const released = (slug: string) =>
    data.entries.find((x) => x.slug === slug)?.lifecycle.released ?? data.others[slug]?.released;
  return deriveStatus(
    {
      notOpenAI: e.notOpenAI === true,
      verification: e.verification,
      // The island payload carries the lifecycle as the loader validated it; its JSON type lost the zod brand.
      lifecycle: e.lifecycle as Parameters<typeof deriveStatus>[0]["lifecycle"],
      relations: { replacedBy: e.replacedBy, supersededBy: e.supersededBy, related: [] },
      lastVerified: e.lastVerified,
    },
    today,
    released,
  );
}

/** Derives each finding's status for `today` (YYYY-MM-DD), most urgent first. */
export function assess(findings: readonly Finding[], data: ScanData, today: string): Assessed[] {
  const link = (slug: string) => {
    const e = data.entries.find((x) => x.slug === slug) ?? data.others[slug];
    return e ? { name: e.name, url: e.url } : undefined;
  };
  return findings
    .map((f) => {
      const e = f.entry;
      const status = statusOf(e, data, today);
      const ending = status.kind === "shut-down" || status.kind === "shutdown-scheduled";
      const slugs = ending
        ? e.replacedBy.length
          ? e.replacedBy
          : e.supersededBy
        : status.kind === "previous"
          ? e.supersededBy
          : [];
      const instead = slugs.map(link).filter((x): x is { name: string; url: string } => x !== undefined);
      const insteadText = instead.length
        ? instead.map((x) => x.name).join(" or ")
        : status.kind === "not-openai"
          ? "An OpenAI model id: this one is sold by resellers, not by OpenAI"
          : ending
            ? "See its page: no replacement is recorded"
            : "Nothing to change";
      return {
        ...f,
        status,
        statusText: statusText(status),
        urgency: urgencyOf(status, today),
        instead,
        insteadText,
      };
    })
    .sort((a, b) => a.urgency - b.urgency || a.lines[0]! - b.lines[0]!);
}

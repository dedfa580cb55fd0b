/**
 * The name resolver: maps whatever a reader pasted ("GPT-Image-2", "dalle3", "Image Gen 2.0") to
 * glossary entries, best match first. Pure and import-free apart from the spelling helpers, so the
 * same code runs in unit tests, at build time and in the /names/ lookup island.
 */
import { digitsOf, editDistance, rawKey, substringDistance, tightKey, tokens } from "./spelling";

export interface ResolverEntry {
  slug: string;
  name: string;
  apiId?: string;
  aliases: readonly string[];
  /** The parent name's slug: a snapshot follows its model when the model is what the reader typed. */
  parent?: string;
  /** Tie-break among equal scores, lower first (the page passes current names before shut-down ones). */
  rank?: number;
}

export type MatchKind = "exact" | "spelling" | "typo" | "partial" | "closest";

export interface ResolverMatch<E extends ResolverEntry = ResolverEntry> {
  entry: E;
  score: number;
  kind: MatchKind;
  /** The spelling of the entry (name, API id, slug or alias) that matched. */
  matched: string;
}

export interface Resolution<E extends ResolverEntry = ResolverEntry> {
  query: string;
  /** False when nothing matches well enough; `matches` then holds the closest names by edit distance. */
  found: boolean;
  matches: ResolverMatch<E>[];
}

interface Key {
  text: string;
  raw: string;
  tight: string;
  tokens: string[];
  digits: string;
  /** 0 for the entry's own name, API id and slug, 1 for an alias: an own spelling wins a tie. */
  own: 0 | 1;
}

interface Query {
  raw: string;
  tight: string;
  tokens: string[];
  digits: string;
}

/** Matches scoring below this are not a placement: the reader gets "no match" and the closest names. */
export const FOUND_THRESHOLD = 45;

function keyOf(text: string, own: 0 | 1): Key {
  const tight = tightKey(text);
  return { text, raw: rawKey(text), tight, tokens: tokens(text), digits: digitsOf(tight), own };
}

/** Typos allowed for a spelling of this length: none for short ids, where one letter changes the name. */
function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 12 ? 1 : length < 18 ? 2 : 3;
}

/** The best score one spelling of an entry earns for the query, with the kind of match. */
function scoreKey(q: Query, k: Key): { score: number; kind: MatchKind } | undefined {
  if (!q.tight || !k.tight) return undefined;
  if (q.raw === k.raw) return { score: 100, kind: "exact" };
  if (q.tight === k.tight) return { score: 94, kind: "spelling" };
  // Version numbers and dates never count as typos: "gpt-image-3" is not a misspelling of gpt-image-2.
  const sameDigits = q.digits === k.digits;
  if (sameDigits) {
    const d = editDistance(q.tight, k.tight);
    if (d <= typoBudget(Math.min(q.tight.length, k.tight.length))) return { score: 84 - 6 * d, kind: "typo" };
  }
  const ratio = q.tight.length / k.tight.length;
  if (q.tight.length >= 3 && k.tight.startsWith(q.tight)) return { score: 62 + 18 * ratio, kind: "partial" };
  const wordy = q.tokens.filter((t) => t.length > 1 || /\d/.test(t));
  if (wordy.length && wordy.every((t) => k.tokens.includes(t))) {
    return { score: 58 + 20 * (wordy.length / Math.max(k.tokens.length, 1)), kind: "partial" };
  }
  if (q.tight.length >= 4 && k.tight.includes(q.tight)) return { score: 52 + 18 * ratio, kind: "partial" };
  // A name inside a longer query ("gpt-image-2 pricing"), unless the rest adds a number ("dalle 4").
  if (sameDigits && k.tight.length >= 5 && q.tight.includes(k.tight))
    return { score: 42 + 18 * (k.tight.length / q.tight.length), kind: "partial" };
  // A fragment with a typo ("sunbrust"): close to part of a longer name, numbers still exact.
  if (q.tight.length >= 6 && k.digits.startsWith(q.digits)) {
    const d = substringDistance(q.tight, k.tight);
    if (d <= typoBudget(q.tight.length)) return { score: FOUND_THRESHOLD + 2 - d, kind: "partial" };
  }
  return undefined;
}

/** How far the query is from an entry, for "did you mean" suggestions (0 = identical, lower is closer). */
function distance(q: Query, keys: Key[]): number {
  let best = Infinity;
  for (const k of keys) {
    const full = editDistance(q.tight, k.tight) / Math.max(q.tight.length, k.tight.length, 1);
    const part = substringDistance(q.tight, k.tight) / Math.max(q.tight.length, 1) + 0.15;
    best = Math.min(best, full, part);
  }
  return best;
}

export interface Resolver<E extends ResolverEntry> {
  (query: string, limit?: number): Resolution<E>;
}

/**
 * Prepares the glossary once (every spelling of every entry is normalised up front) and returns a
 * function that resolves a query. Matches are ranked by score, then own spelling over alias, then
 * the entry's rank, then name.
 */
export function createResolver<E extends ResolverEntry>(entries: readonly E[]): Resolver<E> {
  const prepared = entries.map((entry) => {
    const own = [entry.name, entry.slug, ...(entry.apiId ? [entry.apiId] : [])].map((t) => keyOf(t, 0));
    return { entry, keys: [...own, ...entry.aliases.map((t) => keyOf(t, 1))] };
  });
  const order = (a: { entry: E; own: number }, b: { entry: E; own: number }) =>
    a.own - b.own || (a.entry.rank ?? 0) - (b.entry.rank ?? 0) || a.entry.name.localeCompare(b.entry.name);

  return (input: string, limit = 6) => {
    const q: Query = {
      raw: rawKey(input),
      tight: tightKey(input),
      tokens: tokens(input),
      digits: digitsOf(tightKey(input)),
    };
    if (!q.tight) return { query: input, found: false, matches: [] };
    const scored: Array<ResolverMatch<E> & { own: number }> = [];
    for (const { entry, keys } of prepared) {
      let best: (ResolverMatch<E> & { own: number }) | undefined;
      for (const k of keys) {
        const s = scoreKey(q, k);
        if (s && (!best || s.score > best.score || (s.score === best.score && k.own < best.own))) {
          best = { entry, score: s.score, kind: s.kind, matched: k.text, own: k.own };
        }
      }
      if (best && best.score >= FOUND_THRESHOLD) scored.push(best);
    }
    if (scored.length) {
      scored.sort((a, b) => b.score - a.score || order(a, b));
      // After an exact hit, its children (snapshots, variants) come before look-alikes such as 2.6 for "2".
      const top = scored[0]!;
      if (top.kind === "exact" || top.kind === "spelling") {
        for (const m of scored)
          if (m.kind === "partial" && m.entry.parent === top.entry.slug) m.score = Math.max(m.score, 80);
        scored.sort((a, b) => b.score - a.score || order(a, b));
      }
      return { query: input, found: true, matches: scored.slice(0, limit).map(({ own: _own, ...m }) => m) };
    }
    const closest = prepared
      .map(({ entry, keys }) => ({ entry, d: distance(q, keys), own: 0 }))
      .sort((a, b) => a.d - b.d || order(a, b))
      .slice(0, Math.min(limit, 3));
    return {
      query: input,
      found: false,
      matches: closest.map(({ entry, d }) => ({
        entry,
        score: Math.max(0, Math.round((1 - d) * 40)),
        kind: "closest",
        matched: entry.name,
      })),
    };
  };
}

/** One-off resolution (tests, build time). Pages that resolve many queries should reuse createResolver. */
export function resolveName<E extends ResolverEntry>(
  query: string,
  entries: readonly E[],
  limit?: number,
): Resolution<E> {
  return createResolver(entries)(query, limit);
}

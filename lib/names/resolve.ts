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
  /** A reseller or platform id that OpenAI never published. */
  notOpenAI?: boolean;
  /** Release date (YYYY-MM-DD), for "newest"/"latest" queries. */
  released?: string;
  /** "model" for API models and aliases, "generation" for release labels such as GPT Image 2.6. */
  role?: "model" | "generation";
}

/**
 * "suggested": not a recorded name, but the query's shape says what the reader is after (see Verdict);
 * the matches are offers, never presented as the name typed.
 */
export type MatchKind = "exact" | "spelling" | "typo" | "partial" | "closest" | "suggested";

/**
 * What the resolver can say about a query that is not a recorded name:
 * - platform-spelling: an OpenAI id written with hyphens for dots ("gpt-image-2-6-sunburst", Venice's form);
 * - reseller-pattern: an id with a reseller ending (-all, -vip, -web, -ext, :official) that is not recorded;
 * - unknown-snapshot: a dated id of a known model that no source lists;
 * - mainline-model: a mainline model with "image" ("gpt-5 image"), which makes images through the Responses tool;
 * - newest: "latest", "newest image model" and the like, answered with the newest recorded generation.
 */
export type Verdict =
  | { kind: "platform-spelling"; official: string }
  | { kind: "reseller-pattern"; ending: string; official?: string }
  | { kind: "unknown-snapshot"; model: string; date: string }
  | { kind: "mainline-model"; model: string }
  | { kind: "newest" };

export interface ResolverMatch<E extends ResolverEntry = ResolverEntry> {
  entry: E;
  score: number;
  kind: MatchKind;
  /** The spelling of the entry (name, API id, slug or alias) that matched. */
  matched: string;
}

export interface Resolution<E extends ResolverEntry = ResolverEntry> {
  query: string;
  /**
   * True only when the query is a recorded name (in some spelling). Otherwise `matches` holds what is
   * offered instead: suggestions explained by `verdict`, or the closest names by edit distance.
   */
  found: boolean;
  matches: ResolverMatch<E>[];
  verdict?: Verdict;
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
function scoreKey(q: Query, k: Key, nameWords: ReadonlySet<string>): { score: number; kind: MatchKind } | undefined {
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
  // Below here the query is part of a name or a name is part of the query: its numbers must lead the
  // name's ("gpt-5 image" is not gpt-image-1.5, whose digits merely contain a 5).
  if (q.digits && !k.digits.startsWith(q.digits) && !q.digits.startsWith(k.digits)) return undefined;
  if (q.tight.length >= 3 && k.tight.startsWith(q.tight)) return { score: 62 + 18 * ratio, kind: "partial" };
  const wordy = q.tokens.filter((t) => t.length > 1 || /\d/.test(t));
  if (wordy.length && wordy.every((t) => k.tokens.includes(t))) {
    return { score: 58 + 20 * (wordy.length / Math.max(k.tokens.length, 1)), kind: "partial" };
  }
  if (q.tight.length >= 4 && k.tight.includes(q.tight)) return { score: 52 + 18 * ratio, kind: "partial" };
  // A name inside a longer query ("gpt-image-2 pricing"), unless the rest adds a number ("dalle 4") or a
  // word that names something else ("gpt image 1.5 mini" is not gpt-image-1.5).
  const extra = q.tokens.filter((t) => !k.tokens.includes(t));
  if (sameDigits && k.tight.length >= 5 && q.tight.includes(k.tight) && !extra.some((t) => nameWords.has(t)))
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

/** Endings resellers put on OpenAI ids ("gpt-image-2-vip", "gpt-image-2.5-flare:official"). */
const RESELLER_ENDING = /^(.+?)(-all|-vip|-web|-ext|-official|:[a-z0-9-]+)$/;
/** One token, no spaces: what a developer pastes from code or a catalog. */
const ID_SHAPED = /^[a-z0-9][a-z0-9._:-]*$/;
/** A dated snapshot id: a model id followed by -YYYY-MM-DD. */
const DATED_ID = /^(.+)-(\d{4}-\d{2}-\d{2})$/;
/** A mainline (chat) model named with "image": GPT-5 and later make images through the Responses tool. */
const MAINLINE_IMAGE = /^gpt[\s-]?(5(?:\.\d+)?)(?:[\s-](?:mini|nano|pro))?[\s-]+image(?:s|\s+gen(?:eration)?)?$/;
/** Words of a "what is the newest model" query; at least one of NEWEST_WORDS must be present. */
const NEWEST_WORDS = new Set(["latest", "newest", "new", "current", "recent"]);
const NEWEST_FILLER = new Set(["gpt", "image", "api", "generation", "gen", "what", "is", "which", "s", "most"]);

/**
 * Prepares the glossary once (every spelling of every entry is normalised up front) and returns a
 * function that resolves a query. Matches are ranked by score, then own spelling over alias, then
 * the entry's rank, then name.
 */
export function createResolver<E extends ResolverEntry>(entries: readonly E[]): Resolver<E> {
  const prepared = entries.map((entry) => {
    // An id with dots ("gpt-image-2.6-sunburst") is not matched by its slug: the hyphen form is another
    // platform's spelling, which the resolver reports as such instead of passing it as the OpenAI id.
    const slugIsSpelling = entry.apiId !== undefined && entry.apiId !== entry.slug;
    const own = [entry.name, ...(slugIsSpelling ? [] : [entry.slug]), ...(entry.apiId ? [entry.apiId] : [])].map((t) =>
      keyOf(t, 0),
    );
    return { entry, keys: [...own, ...entry.aliases.map((t) => keyOf(t, 1))] };
  });
  const nameWords = new Set(prepared.flatMap((p) => p.keys.flatMap((k) => k.tokens)).filter((w) => /[a-z]/.test(w)));
  const byRawId = new Map<string, E>();
  for (const { entry, keys } of prepared) for (const k of keys) if (!byRawId.has(k.raw)) byRawId.set(k.raw, entry);
  const suggest = (list: readonly E[], verdict: Verdict, input: string, limit: number): Resolution<E> => ({
    query: input,
    found: false,
    verdict,
    matches: [...new Map(list.map((e) => [e.slug, e])).values()]
      .slice(0, limit)
      .map((entry) => ({ entry, score: 0, kind: "suggested" as const, matched: entry.apiId ?? entry.name })),
  });

  /** The shape-based answers, tried only when the query is not itself a recorded spelling. */
  const classify = (q: Query, input: string, limit: number): Resolution<E> | undefined => {
    const id = q.raw;
    if (ID_SHAPED.test(id)) {
      // Hyphens for dots: the same characters as an OpenAI id once dots become hyphens.
      const official = prepared.find(
        ({ entry }) => entry.apiId?.includes(".") && !entry.notOpenAI && entry.apiId.replace(/\./g, "-") === id,
      )?.entry;
      if (official) return suggest([official], { kind: "platform-spelling", official: official.apiId! }, input, limit);
      const reseller = RESELLER_ENDING.exec(id);
      if (reseller) {
        const base = byRawId.get(reseller[1]!) ?? byRawId.get(reseller[1]!.replace(/-(\d)-(\d)(?=-|$)/, "-$1.$2"));
        const baseOpenAI = base && !base.notOpenAI ? base : undefined;
        const lookalikes = prepared
          .filter(({ entry }) => entry.notOpenAI && (entry.apiId ?? entry.name).endsWith(reseller[2]!))
          .map(({ entry, keys }) => ({ entry, d: distance(q, keys) }))
          .sort((a, b) => a.d - b.d)
          .map((x) => x.entry);
        return suggest(
          [...(baseOpenAI ? [baseOpenAI] : []), ...lookalikes],
          {
            kind: "reseller-pattern",
            ending: reseller[2]!,
            ...(baseOpenAI?.apiId ? { official: baseOpenAI.apiId } : {}),
          },
          input,
          limit,
        );
      }
      const dated = DATED_ID.exec(id);
      const model = dated ? byRawId.get(dated[1]!) : undefined;
      if (dated && model && !model.notOpenAI && model.role === "model") {
        const snapshots = entries.filter((e) => e.parent === model.slug);
        return suggest(
          [model, ...snapshots],
          { kind: "unknown-snapshot", model: model.apiId ?? model.name, date: dated[2]! },
          input,
          limit,
        );
      }
    }
    const mainline = MAINLINE_IMAGE.exec(id);
    if (mainline) {
      const tool = entries.filter((e) => e.slug === "image-generation-tool" || e.slug === "responses-api");
      if (tool.length) return suggest(tool, { kind: "mainline-model", model: `GPT-${mainline[1]}` }, input, limit);
    }
    if (
      q.tokens.some((t) => NEWEST_WORDS.has(t)) &&
      q.tokens.every((t) => NEWEST_WORDS.has(t) || NEWEST_FILLER.has(t))
    ) {
      const newest = entries
        .filter((e) => e.role && !e.notOpenAI && e.released)
        .sort(
          (a, b) =>
            b.released!.localeCompare(a.released!) ||
            (a.role === "generation" ? 0 : 1) - (b.role === "generation" ? 0 : 1) ||
            (a.rank ?? 0) - (b.rank ?? 0) ||
            a.name.localeCompare(b.name),
        );
      if (newest.length) return suggest(newest, { kind: "newest" }, input, limit);
    }
    return undefined;
  };
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
    if (!byRawId.has(q.raw)) {
      const classified = classify(q, input, limit);
      if (classified) return classified;
    }
    const scored: Array<ResolverMatch<E> & { own: number }> = [];
    for (const { entry, keys } of prepared) {
      let best: (ResolverMatch<E> & { own: number }) | undefined;
      for (const k of keys) {
        const s = scoreKey(q, k, nameWords);
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

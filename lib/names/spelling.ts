/**
 * Spelling normalisation for the name resolver. Pure string code with no imports, so the resolver
 * runs the same in node (tests, build) and in the browser (the /names/ lookup island).
 */

const NUMBER_WORDS: Record<string, string> = {
  zero: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
};

/** Words that readers add around a name without changing which name they mean. */
const NOISE = new Set(["openai", "model", "models", "the", "version", "point", "dot"]);

/** Short forms people type for a whole word. */
const SYNONYMS: Record<string, string> = { img: "image", imgs: "image", images: "image" };

/** Lowercase, accents stripped, full-width and other compatibility forms folded (NFKD). */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** The string as pasted, lowercased, without surrounding quotes or backticks and with spaces collapsed. */
export function rawKey(s: string): string {
  return fold(s)
    .replace(/^[\s"'`\u2018\u2019\u201c\u201d]+|[\s"'`\u2018\u2019\u201c\u201d]+$/g, "")
    .replace(/\s+/g, " ");
}

/**
 * Words and numbers of a spelling: every run of characters other than a–z and 0–9 separates (spaces,
 * hyphens, dots, underscores, slashes, the middle dot of DALL·E), and letters split from digits.
 * Number words become digits ("two" → "2"), "v2" becomes "2", noise words go, and a ".0" version
 * suffix is dropped, so "Image Gen 2.0", "imagegen 2" and "ImageGen-2-0" give the same tokens.
 */
export function tokens(s: string): string[] {
  const words = fold(s)
    .replace(/['\u2019]s\b/g, "")
    .split(/[^a-z0-9]+/)
    .flatMap((w) => w.split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/))
    .filter((w) => w && !NOISE.has(w))
    .map((w) => NUMBER_WORDS[w] ?? SYNONYMS[w] ?? w);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = out[out.length - 1];
    const next = words[i + 1];
    if (w === "v" && next !== undefined && /^\d+$/.test(next)) continue;
    if (w === "0" && prev !== undefined && /^\d+$/.test(prev)) continue;
    out.push(w);
  }
  return out;
}

/**
 * The spelling with every separator removed and "images" folded to "image", so "dalle3", "DALL·E 3",
 * "dall-e-3" and "Dall E3" share one key, as do "ChatGPT Image 2", "chatgptimages2" and "ChatGPT Images 2.0".
 */
export function tightKey(s: string): string {
  return tokens(s)
    .join("")
    .replace(/images/g, "image");
}

/** The digits of a spelling in order: version numbers and dates must match exactly, never as typos. */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, "");
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  return alignment(a, b, false);
}

/** The fewest edits that turn `a` into some substring of `b` (a pasted fragment of a longer name). */
export function substringDistance(a: string, b: string): number {
  return alignment(a, b, true);
}

function alignment(a: string, b: string, freeEnds: boolean): number {
  const m = a.length;
  const n = b.length;
  // rows[i][j]: cost of aligning a[0..i) with b[0..j) (or with a substring of b ending at j).
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => (freeEnds ? 0 : j));
  for (let i = 1; i <= m; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
    }
    prev2 = prev;
    prev = row;
  }
  return freeEnds ? Math.min(...prev) : prev[n]!;
}

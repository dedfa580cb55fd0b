/**
 * The spellings a reader might type for a name, for the search index: the name, its aliases, slug and
 * API id as written, plus the forms people type instead (separators as spaces, run together, small
 * numbers spelled out). "DALL·E 3" yields "dall e 3", "dalle 3", "dalle3"; "gpt-image-2" yields
 * "gpt image 2", "gpt image two", "gptimage2". Pure, so the island-free server page and tests share it.
 */
import { fold } from "../names/spelling";

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Lowercase words: every run of characters other than letters and digits separates two words. */
function words(s: string): string[] {
  return fold(s)
    .split(/[^a-z0-9.]+/)
    .flatMap((w) => w.split(/(?<!\d)\.|\.(?!\d)/))
    .filter(Boolean);
}

/**
 * "gpt image 2" → "gpt image two". Only a name with a single number, and that number whole and small:
 * never "2.5", a date, or the "2 0" of a slug written for "2.0".
 */
function spelled(ws: string[]): string[] | undefined {
  const numbers = ws.filter((w) => /\d/.test(w));
  const only = numbers[0];
  if (numbers.length !== 1 || only === undefined || !/^\d+$/.test(only) || Number(only) > 10) return undefined;
  return ws.map((w) => (w === only ? NUMBER_WORDS[Number(w)]! : w));
}

/** Joins a letter run that was split by a hyphen or dot ("dall e" → "dalle") when one part is a single letter. */
function joinedShortParts(ws: string[]): string[] {
  const out: string[] = [];
  for (const w of ws) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^[a-z]+$/.test(w) && /^[a-z]+$/.test(prev) && (w.length === 1 || prev.length === 1))
      out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

export function searchVariants(forms: ReadonlyArray<string | undefined>): string[] {
  const out = new Set<string>();
  for (const form of forms) {
    if (!form) continue;
    const ws = words(form);
    if (ws.length === 0) continue;
    out.add(form);
    for (const variant of [ws, joinedShortParts(ws)]) {
      out.add(variant.join(" "));
      // Run together ("dalle3", "gptimage2"): only short names, the way people actually type them.
      if (variant.length <= 4 && !variant.some((w) => w.includes("."))) out.add(variant.join(""));
      const spelledOut = spelled(variant);
      if (spelledOut) out.add(spelledOut.join(" "));
    }
  }
  return [...out];
}

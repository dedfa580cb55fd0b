import { editDistance } from "../../names/spelling";

/** The candidate closest to `value`, when it is close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    // Case-insensitive: "faq" is a likely typo of "FAQ".
    const d = editDistance(value.toLowerCase(), c.toLowerCase());
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(value.length / 4)) ? best.c : undefined;
}

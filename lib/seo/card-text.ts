/**
 * Keeps text inside Basic Latin, Latin-1 and general punctuation (what the bundled fonts cover),
 * so next/og never reaches for a network font. Anything else becomes its closest plain form.
 */
export function cardText(s: string): string {
  return s
    .replace(/[→⇒]/g, "to")
    .replace(/[≤]/g, "<=")
    .replace(/[≥]/g, ">=")
    .normalize("NFKC")
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2010-\u2027\u2030-\u205e\u20ac\u2122]/g, "");
}

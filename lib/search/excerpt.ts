/**
 * Tidies a Pagefind excerpt before it is shown: a table indexed cell by cell repeats the same phrase
 * ("transparent, opaque, auto." once per model), and a stray citation or heading mark can slip in from
 * text the page does not mark as ignored. Pure and browser-safe; the search dialog bundles it.
 * Works on the excerpt's HTML, whose only tags are Pagefind's <mark> elements.
 */
export function cleanExcerpt(html: string): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const part of html.split(/(?<=[.;])\s+/)) {
    const key = part
      .replace(/<[^>]*>/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(part);
  }
  return kept
    .join(" ")
    .replace(/\[\d+(?:,\s*(?:secondary|quoted))?\]/g, "")
    .replace(/(^|\s)#(?=\s|$)/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

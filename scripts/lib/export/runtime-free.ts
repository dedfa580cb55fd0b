/**
 * A fast, parse-free reading of what the post-export strip removes (scripts/lib/export/strip.ts): every
 * <script> except islands and JSON-LD, script preloads, and React's empty text separators (<!-- -->). It is used only as a cache key and a check,
 * never to write a page: Next's raw HTML for an unchanged page differs between a build with a fresh
 * .next/ and one with a warm .next/ only in those runtime tags (Turbopack splits chunks differently), so
 * keying the strip cache by this form lets a one-guide rebuild reuse every other page's stripped HTML.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const PRELOAD = /<link\b([^>]*)\/?>/g;
/** Where the text is not a comment (inside an attribute, say), the two disagree and the page is parsed. */
const SEPARATOR = /<!-- -->/g;

const kept = (attrs: string) => /\bdata-island(?:-data)?\b/.test(attrs) || /\btype="application\/ld\+json"/.test(attrs);
const scriptPreload = (attrs: string) =>
  /\brel="modulepreload"/.test(attrs) || (/\brel="preload"/.test(attrs) && /\bas="script"/.test(attrs));

/** The page without its runtime tags, and how many were cut. */
export function withoutRuntime(html: string): { html: string; removed: number } {
  let removed = 0;
  const out = html
    .replace(SCRIPT, (tag, attrs: string) => (kept(attrs) ? tag : (removed++, "")))
    .replace(PRELOAD, (tag, attrs: string) => (scriptPreload(attrs) ? (removed++, "") : tag))
    .replace(SEPARATOR, "");
  return { html: out, removed };
}

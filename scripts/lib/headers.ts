/**
 * HTTP headers of the exported site, written once: scripts/serve.ts sends them and the build writes
 * them to out/_headers for static hosts (Netlify, Cloudflare Pages) so both serve the same policy.
 */
import { CARD_FILE, cardPath } from "../../lib/urls";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind's search index runs as WebAssembly; no inline or eval'd JavaScript is allowed.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/**
 * HTTPS only: a browser that saw this over HTTPS refuses plain HTTP to the host for two years. Written to
 * `_headers` for the HTTPS hosts that read it; scripts/serve.ts serves plain HTTP on localhost and leaves
 * it out (browsers ignore it over HTTP, and pinning localhost to HTTPS would break other local servers).
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Paths whose file names carry a content hash: safe to cache for a year. */
export const IMMUTABLE_PATHS = ["/_next/static/", "/islands/"] as const;
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** HTML and everything else: always revalidate, so a deploy shows at once. */
export const REVALIDATE_CACHE = "public, max-age=0, must-revalidate";

export function cacheControlFor(urlPath: string): string {
  return IMMUTABLE_PATHS.some((p) => urlPath.startsWith(p)) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/** The same policy in the `_headers` format static hosts read. */
export function headersFile(): string {
  const global = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  const lines = [
    "/*",
    ...global,
    `  Strict-Transport-Security: ${STRICT_TRANSPORT_SECURITY}`,
    `  Cache-Control: ${REVALIDATE_CACHE}`,
    "",
  ];
  for (const p of IMMUTABLE_PATHS) lines.push(`${p}*`, `  Cache-Control: ${IMMUTABLE_CACHE}`, "");
  // Social cards are extension-less PNG files (Next's opengraph-image routes); the feed is Atom.
  for (const card of [cardPath("/"), `/*/${CARD_FILE}`]) lines.push(card, "  Content-Type: image/png", "");
  lines.push("/feed.xml", "  Content-Type: application/atom+xml; charset=utf-8", "");
  return lines.join("\n");
}

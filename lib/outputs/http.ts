/**
 * HTTP rules for the files of lib/outputs, kept apart from scripts/lib/headers.ts so the server and the
 * `_headers` file each gain one call: cross-origin reads and a short cache for the API, content types
 * for Markdown and calendars, a `Link` header from each page to its Markdown twin, and the JSON 404.
 */
import { apiNotFoundBody } from "../api/not-found";
import { API_BASE, markdownTwinPath } from "../urls";

/** Short enough that a status change reaches clients within minutes of a deploy. */
export const API_CACHE = "public, max-age=300";

export const isApiPath = (urlPath: string) => urlPath.startsWith(`${API_BASE}/`);

export function twinLinkHeader(twinPath: string): string {
  return `<${twinPath}>; rel="alternate"; type="text/markdown"`;
}

/**
 * Headers for one request path. `hasFile` tells whether a site path exists in the export (a Link header
 * must not point at a twin that was not generated, such as an alias page's).
 */
export function outputHeaders(urlPath: string, hasFile: (sitePath: string) => boolean): Record<string, string> {
  if (isApiPath(urlPath)) return { "Access-Control-Allow-Origin": "*", "Cache-Control": API_CACHE };
  const twin = markdownTwinPath(urlPath);
  return twin && hasFile(twin) ? { Link: twinLinkHeader(twin) } : {};
}

/** Content types `express.static` does not know or leaves without a charset. */
export function outputContentType(file: string): string | undefined {
  if (file.endsWith(".md")) return "text/markdown; charset=utf-8";
  if (file.endsWith(".ics")) return "text/calendar; charset=utf-8";
  if (file.endsWith(".txt")) return "text/plain; charset=utf-8";
  return undefined;
}

/** The JSON 404 for a path under the API, or undefined for any other path (which gets the site's 404 page). */
export function apiNotFound(urlPath: string): string | undefined {
  return isApiPath(urlPath) ? JSON.stringify(apiNotFoundBody(urlPath), null, 2) : undefined;
}

/**
 * The same rules in the `_headers` format, for static hosts. No Cache-Control here: Netlify and
 * Cloudflare Pages merge the headers of every matching rule, so a second value would be joined to the
 * site-wide one instead of replacing it; the short API cache is the server's (scripts/serve.ts).
 */
export function outputHeaderRules(twins: ReadonlyArray<{ page: string; twin: string }>): string {
  const lines = [`${API_BASE}/*`, "  Access-Control-Allow-Origin: *", ""];
  for (const { page, twin } of twins) lines.push(page, `  Link: ${twinLinkHeader(twin)}`, "");
  return lines.join("\n");
}

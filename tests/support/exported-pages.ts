import { readFileSync } from "node:fs";
import path from "node:path";
import { markdownTwinPath } from "../../lib/urls";
import { pagesUnder, pathUnder } from "../../scripts/lib/files-under";

export const OUT_DIR = path.resolve(process.env.OUT_DIR ?? "out");

export interface ExportedPage {
  /** URL path as served, e.g. "/guides/x/" or "/404.html". */
  url: string;
  file: string;
}

/** Every HTML page of the export with the URL it is served at (index.html → its folder). */
export function exportedPages(): ExportedPage[] {
  return [...pagesUnder(OUT_DIR)]
    .map((file) => {
      const rel = pathUnder(OUT_DIR, file);
      const url =
        rel === "index.html" ? "/" : rel.endsWith("/index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`;
      return { url, file };
    })
    .filter((p) => p.url !== "/404/" && p.url !== "/_not-found/")
    .sort((a, b) => a.url.localeCompare(b.url));
}

export function readPage(page: ExportedPage): string {
  return readFileSync(page.file, "utf8");
}

/** Alias pages only redirect (meta refresh) to their name page. */
export function isRedirectPage(html: string): boolean {
  return /<meta[^>]+http-equiv="refresh"/i.test(html);
}

/** The pages that have a Markdown twin: every guide and name page (an alias page only redirects). */
export function exportedTwinPages(): ExportedPage[] {
  return exportedPages().filter((p) => markdownTwinPath(p.url) !== undefined && !isRedirectPage(readPage(p)));
}

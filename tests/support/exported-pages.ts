import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const OUT_DIR = path.resolve(process.env.OUT_DIR ?? "out");

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) {
      if (entry === "_next" || entry === "pagefind" || entry === "islands") continue;
      yield* htmlFiles(p);
    } else if (entry.endsWith(".html")) yield p;
  }
}

export interface ExportedPage {
  /** URL path as served, e.g. "/guides/x/" or "/404.html". */
  url: string;
  file: string;
}

/** Every HTML page of the export with the URL it is served at (index.html → its folder). */
export function exportedPages(): ExportedPage[] {
  return [...htmlFiles(OUT_DIR)]
    .map((file) => {
      const rel = path.relative(OUT_DIR, file).split(path.sep).join("/");
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

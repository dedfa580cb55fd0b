import path from "node:path";

/**
 * Where content lives. CONTENT_DIR lets the benchmark and the bad-content fixtures point the same
 * loaders at another folder; file names in messages stay relative to the project root.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute) || absolute;
}

/** Where /images/x.png and other static files are served from. PUBLIC_DIR lets image fixtures bring their own files. */
export function publicDir(): string {
  return path.resolve(process.env.PUBLIC_DIR ?? path.join(process.cwd(), "public"));
}

/**
 * Serves the exported site from out/ the way a CDN would: gzip/brotli-negotiated compression, correct
 * content types (the extension-less Open Graph images as PNG), long caching for hashed assets,
 * security headers, canonical URLs (one slash at a time, a trailing slash on every page), 405 for
 * methods a static site cannot answer, a short plain 404 for missing assets and the site's own 404
 * page for missing pages. Built on express + compression + serve-static.
 */
import compression from "compression";
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import { SECURITY_HEADERS, cacheControlFor } from "./lib/headers";
import { restoreInterruptedSwap } from "./lib/export/publish";
import { STAMP_FILE } from "./lib/export/build-stamp";
import { exitWith, listenOrExit, parsePort } from "./serve-listen";

/** Files the build writes for static hosts or for itself; never served (the dot-files are ignored anyway). */
const INTERNAL_FILES = new Set(["/_headers", "/_redirects", `/${STAMP_FILE}`]);
/** Folders that only hold assets: a miss there is a missing asset, never a page. */
const ASSET_FOLDERS = ["/_next/", "/islands/", "/pagefind/", "/images/", "/fonts/"];

const ALLOWED_METHODS = "GET, HEAD";

/** A missing script, stylesheet or image gets a few bytes, not the 18 KB page a reader would see. */
function isAssetPath(urlPath: string): boolean {
  const ext = path.posix.extname(urlPath);
  // A Markdown twin is a page in another format: a missing one gets the site's 404 page, like its HTML page.
  return (ext !== "" && ext !== ".html" && ext !== ".md") || ASSET_FOLDERS.some((f) => urlPath.startsWith(f));
}

const plainNotFound: RequestHandler = (_req, res) => {
  res.status(404).setHeader("Cache-Control", "no-store");
  res.type("text/plain").send("Not found\n");
};

/** A static site answers GET and HEAD; anything else is a client mistake, said as such. */
const onlyGetAndHead: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  res.setHeader("Allow", ALLOWED_METHODS);
  res.status(405).type("text/plain").send("Method not allowed\n");
};

/**
 * One URL per page: `//guides/` and `/guides//x/` collapse their slashes, `/guides` and `/guides/x/index.html`
 * go to `/guides/` and `/guides/x/`. The target is always a path on this origin (never `//host`).
 */
function canonicalUrls(root: string): RequestHandler {
  return (req, res, next) => {
    const raw = req.originalUrl;
    const q = raw.indexOf("?");
    const pathname = q === -1 ? raw : raw.slice(0, q);
    const search = q === -1 ? "" : raw.slice(q);
    let target = pathname.replace(/\/{2,}/g, "/");
    if (target.endsWith("/index.html")) target = target.slice(0, -"index.html".length);
    if (!target.endsWith("/") && path.posix.extname(target) === "") {
      let decoded: string | undefined;
      try {
        decoded = decodeURIComponent(target);
      } catch {
        decoded = undefined;
      }
      const file = decoded && !decoded.includes("\0") ? path.join(root, decoded, "index.html") : undefined;
      if (file && file.startsWith(root + path.sep) && existsSync(file)) target = `${target}/`;
    }
    if (target === pathname) return next();
    res.setHeader("Cache-Control", "no-store");
    res.redirect(301, `${target}${search}`);
  };
}

/**
 * A build replaces out/ with two renames back to back (scripts/lib/export/publish.ts); a request that lands in
 * that instant waits for the new folder instead of getting a 404.
 */
function waitForRoot(root: string): RequestHandler {
  return (_req, res, next) => {
    if (existsSync(root)) return next();
    const started = Date.now();
    const timer = setInterval(() => {
      if (existsSync(root)) {
        clearInterval(timer);
        next();
      } else if (Date.now() - started > 2000) {
        clearInterval(timer);
        res.status(503).setHeader("Retry-After", "5");
        res.type("text/plain").send("The site is being rebuilt; try again in a moment\n");
      }
    }, 20);
  };
}
import { apiNotFound, outputContentType, outputHeaders } from "../lib/outputs/http";
import { CARD_FILE } from "../lib/urls";

/**
 * `securityHeaders: false` serves another site's export (the benchmark's Starlight build, whose inline
 * scripts this site's Content-Security-Policy would block) with the same compression and caching.
 */
export function createServer(root: string, { securityHeaders = true }: { securityHeaders?: boolean } = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use((req, res, next) => {
    if (securityHeaders) for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    res.setHeader("Cache-Control", cacheControlFor(req.path));
    // API: any origin, short cache; pages: a Link header to their Markdown twin (lib/outputs/http.ts).
    const hasFile = (sitePath: string) => existsSync(path.join(root, sitePath));
    for (const [k, v] of Object.entries(outputHeaders(req.path, hasFile))) res.setHeader(k, v);
    next();
  });
  app.use(onlyGetAndHead);
  app.use(compression());
  app.use(waitForRoot(root));
  app.use(canonicalUrls(root));
  app.use((req, res, next) => (INTERNAL_FILES.has(req.path) ? plainNotFound(req, res, next) : next()));
  app.use(
    express.static(root, {
      index: ["index.html"],
      // canonicalUrls() adds the trailing slash; serve-static's own redirect would answer for any folder.
      redirect: false,
      dotfiles: "ignore",
      cacheControl: false,
      setHeaders(res, file) {
        const type = outputContentType(file);
        if (type) res.setHeader("Content-Type", type);
        if (path.basename(file) === CARD_FILE || path.basename(file).startsWith(`${CARD_FILE}-`)) {
          res.setHeader("Content-Type", "image/png");
        }
        if (file.endsWith(".xml"))
          res.setHeader(
            "Content-Type",
            path.basename(file) === "feed.xml"
              ? "application/atom+xml; charset=utf-8"
              : "application/xml; charset=utf-8",
          );
      },
    }),
  );
  const notFound = path.join(root, "404.html");
  app.use((req, res, next) => {
    const apiBody = apiNotFound(req.path);
    if (apiBody) {
      res.status(404).setHeader("Cache-Control", "no-store");
      return res.type("application/json; charset=utf-8").send(apiBody);
    }
    if (isAssetPath(req.path) || !existsSync(notFound)) return plainNotFound(req, res, next);
    res.status(404);
    res.setHeader("Cache-Control", "no-store");
    // The export may sit under a dot-folder (tests build into .cache/); the file itself is a page.
    res.sendFile(notFound, { dotfiles: "allow" });
  });
  // Never a stack trace: a request the static handler cannot read is a plain answer with its status.
  app.use(((error, _req, res, _next) => {
    const status = typeof error?.status === "number" && error.status >= 400 ? error.status : 500;
    res.status(status).setHeader("Cache-Control", "no-store");
    res.type("text/plain").send(status === 404 ? "Not found\n" : status < 500 ? "Bad request\n" : "Server error\n");
  }) as ErrorRequestHandler);
  return app;
}

/** Why `root` cannot be served, in one line with the fix; undefined when it is a finished build. */
export function unservable(root: string, label: string): string | undefined {
  const shown = path.relative(process.cwd(), root) || root;
  if (!existsSync(path.join(root, "index.html")))
    return `${label}: no built site in ${shown}/; run \`npm run build\` first (or \`npm start\`, which builds when needed)`;
  if (!existsSync(path.join(root, STAMP_FILE)))
    return `${label}: ${shown}/ is not a finished build (it has no ${STAMP_FILE}); run \`npm run build\` again`;
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.env.OUT_DIR ?? "out");
  const port = parsePort(process.env.PORT, "serve");
  restoreInterruptedSwap(root);
  const problem = unservable(root, "serve");
  if (problem) exitWith(problem);
  listenOrExit(createServer(root), port, "serve", () =>
    console.log(`Serving ${path.relative(process.cwd(), root) || root} on http://localhost:${port}`),
  );
}

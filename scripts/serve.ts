/**
 * Serves the exported site from out/ the way a CDN would: gzip/brotli-negotiated compression, correct
 * content types (the extension-less Open Graph images as PNG), long caching for hashed assets,
 * security headers, and the site's own 404 page. Built on express + compression + serve-static.
 */
import compression from "compression";
import express from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import { SECURITY_HEADERS, cacheControlFor } from "../lib/headers";
import { apiNotFound, outputContentType, outputHeaders } from "../lib/outputs/http";

/**
 * `securityHeaders: false` serves another site's export (the benchmark's Starlight build, whose inline
 * scripts this site's Content-Security-Policy would block) with the same compression and caching.
 */
export function createServer(root: string, { securityHeaders = true }: { securityHeaders?: boolean } = {}) {
  const app = express();
  app.disable("x-powered-by");
  app.use(compression());
  app.use((req, res, next) => {
    if (securityHeaders) for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    res.setHeader("Cache-Control", cacheControlFor(req.path));
    // API: any origin, short cache; pages: a Link header to their Markdown twin (lib/outputs/http.ts).
    const hasFile = (sitePath: string) => existsSync(path.join(root, sitePath));
    for (const [k, v] of Object.entries(outputHeaders(req.path, hasFile))) res.setHeader(k, v);
    next();
  });
  app.use(
    express.static(root, {
      extensions: ["html"],
      index: ["index.html"],
      redirect: true,
      cacheControl: false,
      setHeaders(res, file) {
        const type = outputContentType(file);
        if (type) res.setHeader("Content-Type", type);
        if (path.basename(file) === "opengraph-image" || path.basename(file).startsWith("opengraph-image-")) {
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
  app.use((req, res) => {
    res.status(404);
    res.setHeader("Cache-Control", "no-store");
    const apiBody = apiNotFound(req.path);
    if (apiBody) return res.type("application/json; charset=utf-8").send(apiBody);
    if (existsSync(notFound)) res.sendFile(notFound);
    else res.type("text/plain").send("Not found");
  });
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.env.OUT_DIR ?? "out");
  const port = Number(process.env.PORT ?? 3000);
  if (!existsSync(path.join(root, "index.html"))) {
    console.error(
      `No built site in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds when needed).`,
    );
    process.exit(1);
  }
  createServer(root).listen(port, () =>
    console.log(`Serving ${path.relative(process.cwd(), root) || root} on http://localhost:${port}`),
  );
}

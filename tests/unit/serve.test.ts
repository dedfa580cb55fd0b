/**
 * The server against a small stand-in export (no build needed): canonical URLs, 405 for other methods,
 * a short plain 404 for assets and the site's 404 page for pages, nothing internal served, traversal
 * probes refused; and the command-line exits: a bad PORT, a taken port, a missing or unfinished out/
 * and a stale out/ that cannot be rebuilt each end with exit code 1 and one plain line.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersFile, STRICT_TRANSPORT_SECURITY } from "@/scripts/lib/headers";
import { createServer } from "@/scripts/serve";
import { listenOnLoopback, rawRequest } from "../support/http";
import { BAD_DIR } from "../fixtures/bad-cases";

const ROOT = path.resolve(".cache", "test-serve");
const SITE = path.join(ROOT, "site");
const NOT_FOUND_MARK = "This page does not exist (site 404)";

function write(rel: string, text: string) {
  const file = path.join(SITE, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

let server: Server;
let port: number;

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  write("index.html", "<!doctype html><title>Home</title>");
  write("404.html", `<!doctype html><title>Not found</title><p>${NOT_FOUND_MARK}</p>${"x".repeat(2000)}`);
  write("guides/index.html", "<!doctype html><title>Guides</title>");
  write("guides/who-bills-what/index.html", "<!doctype html><title>Who bills what</title>");
  write("islands/term-abc123.js", "export {};");
  write("_next/static/chunks/site.css", "body{}");
  write("_headers", headersFile());
  write(".build-stamp", "stamp");
  server = createHttpServer(createServer(SITE));
  port = await listenOnLoopback(server);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (p: string, method = "GET") => rawRequest(port, p, method);

describe("serving the export", () => {
  it("serves pages and assets", async () => {
    expect((await get("/")).status).toBe(200);
    expect((await get("/guides/who-bills-what/")).body).toContain("Who bills what");
    expect((await get("/islands/term-abc123.js")).status).toBe(200);
    expect((await get("/", "HEAD")).status).toBe(200);
  });

  it.each([
    ["//guides/", "/guides/"],
    ["/guides//", "/guides/"],
    ["/guides//who-bills-what/", "/guides/who-bills-what/"],
    ["/guides", "/guides/"],
    ["/guides/who-bills-what", "/guides/who-bills-what/"],
    ["/guides/who-bills-what?x=1", "/guides/who-bills-what/?x=1"],
    ["/guides/who-bills-what/index.html", "/guides/who-bills-what/"],
    ["//example.com/", "/example.com/"],
  ])("redirects %s to the canonical %s", async (from, to) => {
    const r = await get(from);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(to);
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])("answers %s with 405 and Allow: GET, HEAD", async (method) => {
    const r = await get("/", method);
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe("GET, HEAD");
    expect(r.headers["content-security-policy"]).toBeDefined();
  });

  it.each([
    "/islands/missing.js",
    "/_next/static/chunks/missing.css",
    "/images/missing.png",
    "/missing.js",
    "/pagefind/x",
  ])("answers the missing asset %s with a short plain 404", async (p) => {
    const r = await get(p);
    expect(r.status).toBe(404);
    expect(r.headers["content-type"]).toMatch(/^text\/plain/);
    expect(r.body).toBe("Not found\n");
  });

  it.each(["/no-such-page/", "/guides/no-such-guide/", "/404"])(
    "answers the missing page %s with the site's 404 page",
    async (p) => {
      const r = await get(p);
      expect(r.status).toBe(404);
      expect(r.headers["content-type"]).toMatch(/^text\/html/);
      expect(r.body).toContain(NOT_FOUND_MARK);
    },
  );

  it.each(["/_headers", "/.build-stamp", "/.git/config", "/_redirects"])(
    "does not serve the internal file %s",
    async (p) => {
      const r = await get(p);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain("stamp");
      expect(r.body).not.toContain("Content-Security-Policy");
    },
  );

  it.each([
    "/../package.json",
    "/%2e%2e/package.json",
    "/..%2fpackage.json",
    "/guides/%2e%2e/%2e%2e/%2e%2e/package.json",
    "/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json",
    "/guides/%00/",
    "/%E0%A4%A/",
  ])("refuses the traversal probe %s", async (p) => {
    const r = await get(p);
    expect(r.status).toBeGreaterThanOrEqual(300);
    expect(r.status).toBeLessThan(500);
    expect(r.body).not.toContain('"name": "gpt-image-field-guide"');
  });

  it("waits for out/ during the instant a build swaps it, instead of answering 404", async () => {
    const aside = `${SITE}-aside`;
    renameSync(SITE, aside);
    const pending = get("/guides/who-bills-what/");
    setTimeout(() => renameSync(aside, SITE), 150);
    const r = await pending;
    expect(r.status).toBe(200);
    expect(r.body).toContain("Who bills what");
  });

  it("writes HSTS into _headers for HTTPS hosts, and not into the plain-HTTP local server", async () => {
    expect(headersFile()).toContain(`  Strict-Transport-Security: ${STRICT_TRANSPORT_SECURITY}`);
    expect(STRICT_TRANSPORT_SECURITY).toMatch(/^max-age=\d{7,}/);
    expect((await get("/")).headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("command-line exits", () => {
  const tsx = path.join("node_modules", ".bin", "tsx");
  const run = (script: string, env: Record<string, string>) =>
    spawnSync(tsx, [script], { encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
  const oneLine = (stderr: string) => stderr.trim().split("\n");

  /** A port some other program holds, on every interface as the server would bind it. */
  async function takenPort(): Promise<{ port: number; release: () => Promise<void> }> {
    const holder = createHttpServer();
    await new Promise<void>((resolve) => holder.listen(0, () => resolve()));
    return {
      port: (holder.address() as AddressInfo).port,
      release: () => new Promise((resolve) => holder.close(() => resolve())),
    };
  }

  it.each(["abc", "70000", "0", "-1", "3000x"])("serve exits 1 with one line for PORT=%s", (value) => {
    const r = run("scripts/serve.ts", { PORT: value, OUT_DIR: SITE });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      `serve: PORT "${value}" is not a port number; set PORT to a whole number from 1 to 65535, e.g. PORT=3000`,
    ]);
    expect(r.stdout).not.toContain("http://");
  });

  it("serve exits 1 with one line when the port is taken", async () => {
    const held = await takenPort();
    try {
      const r = run("scripts/serve.ts", { PORT: String(held.port), OUT_DIR: SITE });
      expect(r.status).toBe(1);
      expect(oneLine(r.stderr)).toEqual([
        `serve: port ${held.port} is already in use; stop the program using it or choose another port, e.g. PORT=${held.port + 1}`,
      ]);
      expect(r.stdout).not.toContain("http://");
    } finally {
      await held.release();
    }
  });

  it("start exits 1 with one line when the port is taken, before any build", async () => {
    const held = await takenPort();
    try {
      const r = run("scripts/start.ts", { PORT: String(held.port), OUT_DIR: path.join(ROOT, "no-out") });
      expect(r.status).toBe(1);
      expect(oneLine(r.stderr)).toEqual([
        `start: port ${held.port} is already in use; stop the program using it or choose another port, e.g. PORT=${held.port + 1}`,
      ]);
      expect(r.stdout).not.toContain("building");
      expect(r.stdout).not.toContain("http://");
    } finally {
      await held.release();
    }
  });

  it("start exits 1 with one line for a bad PORT", () => {
    const r = run("scripts/start.ts", { PORT: "http", OUT_DIR: path.join(ROOT, "no-out") });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      'start: PORT "http" is not a port number; set PORT to a whole number from 1 to 65535, e.g. PORT=3000',
    ]);
  });

  it("serve exits 1 with one line when there is no built site", () => {
    const r = run("scripts/serve.ts", { OUT_DIR: path.join(ROOT, "no-out") });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      "serve: no built site in .cache/test-serve/no-out/; run `npm run build` first (or `npm start`, which builds when needed)",
    ]);
  });

  it("serve exits 1 with one line for an unfinished export (no build stamp)", () => {
    const half = path.join(ROOT, "half");
    mkdirSync(half, { recursive: true });
    writeFileSync(path.join(half, "index.html"), "<!doctype html>");
    const r = run("scripts/serve.ts", { OUT_DIR: half });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      "serve: .cache/test-serve/half/ is not a finished build (it has no .build-stamp); run `npm run build` again",
    ]);
  });

  it("start exits 1 with a plain last line when out/ is stale and cannot be rebuilt, and leaves it as it was", async () => {
    const out = path.join(ROOT, "stale-out");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "index.html"), "<!doctype html><title>Old</title>");
    writeFileSync(path.join(out, ".build-stamp"), "an older build");
    const free = await takenPort();
    await free.release();
    const child = spawn(tsx, ["scripts/start.ts"], {
      env: {
        ...process.env,
        PORT: String(free.port),
        OUT_DIR: out,
        BUILD_WORK_DIR: path.join(ROOT, "work"),
        // A content mistake: the build stops at the content check, in seconds.
        CONTENT_DIR: path.join(BAD_DIR, "component-in-heading"),
        SITE_AS_OF: "2026-11-21",
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split("\n").at(-1)).toBe(
      "start: the build failed, so there is no up-to-date site to serve; fix the problem printed above and run `npm start` again",
    );
    expect(stdout).toContain("inside a heading");
    expect(stdout).not.toContain("http://localhost");
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toBe("<!doctype html><title>Old</title>");
  }, 90_000);
});

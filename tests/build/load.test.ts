/**
 * A short concurrent run against the built site, served on loopback by scripts/serve.ts: every answer
 * must be right (status, and for pages and assets the exact bytes of the file), with many requests in
 * flight at once. Correctness only; `npm run bench` reports latency, no test asserts a time.
 */
import { readFileSync } from "node:fs";
import { Agent, createServer as createHttpServer, request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "@/scripts/serve";
import { OUT_DIR, exportedPages } from "../support/exported-pages";
import { listenOnLoopback } from "../support/http";

const CONCURRENCY = 50;
const REQUESTS = 1500;

interface Probe {
  path: string;
  status: number;
  /** The exact body expected, when the answer is a file of the export. */
  body?: Buffer;
  location?: string;
}

function probes(): Probe[] {
  const pages = exportedPages().filter((p) => p.url.endsWith("/"));
  const list: Probe[] = pages.map((p) => ({ path: p.url, status: 200, body: readFileSync(p.file) }));
  const home = readFileSync(path.join(OUT_DIR, "index.html"), "utf8");
  for (const m of home.matchAll(/(?:src|href)="(\/(?:islands|_next)\/[^"]+)"/g))
    list.push({ path: m[1]!, status: 200, body: readFileSync(path.join(OUT_DIR, m[1]!)) });
  list.push({
    path: "/pagefind/pagefind.js",
    status: 200,
    body: readFileSync(path.join(OUT_DIR, "pagefind", "pagefind.js")),
  });
  list.push({ path: "/no-such-page/", status: 404 }, { path: "/islands/no-such.js", status: 404 });
  list.push(
    { path: "//guides/", status: 301, location: "/guides/" },
    { path: "/guides", status: 301, location: "/guides/" },
  );
  return list;
}

let port: number;
const server = createHttpServer(createServer(OUT_DIR));
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

beforeAll(async () => {
  port = await listenOnLoopback(server);
});
afterAll(async () => {
  agent.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function fetchRaw(p: string): Promise<{ status: number; body: Buffer; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: p, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), location: res.headers.location }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("concurrent requests against the served site", () => {
  it(`answers ${REQUESTS} requests, ${CONCURRENCY} at a time, all correctly`, async () => {
    const list = probes();
    expect(list.length).toBeGreaterThan(20);
    const errors: string[] = [];
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < REQUESTS) {
        const probe = list[next++ % list.length]!;
        try {
          const r = await fetchRaw(probe.path);
          if (r.status !== probe.status) errors.push(`${probe.path}: status ${r.status}, expected ${probe.status}`);
          else if (probe.body && !r.body.equals(probe.body)) errors.push(`${probe.path}: body differs from the file`);
          else if (probe.location && r.location !== probe.location)
            errors.push(`${probe.path}: redirect to ${r.location}`);
        } catch (error) {
          errors.push(`${probe.path}: ${(error as Error).message}`);
        }
        done++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(done).toBe(REQUESTS);
    expect(errors.slice(0, 10)).toEqual([]);
  }, 120_000);
});

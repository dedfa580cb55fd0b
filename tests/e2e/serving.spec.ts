/**
 * What a reader's browser meets at the edges of the served site: a mistyped address with a doubled or
 * missing slash lands on the one canonical page, a missing page shows the site's 404 page, and a missing
 * script or image is a few bytes of plain text rather than a second copy of that page.
 */
import { expect, test } from "@playwright/test";

test("doubled and missing slashes land on the canonical page", async ({ page, baseURL }) => {
  for (const typed of ["//guides/", "/guides//", "/guides"]) {
    const res = await page.goto(`${baseURL}${typed}`);
    expect(res?.status(), typed).toBe(200);
    expect(new URL(page.url()).pathname, typed).toBe("/guides/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto(`${baseURL}/guides//who-bills-what`);
  expect(new URL(page.url()).pathname).toBe("/guides/who-bills-what/");
  await expect(page.getByRole("heading", { name: "Short answer" })).toBeVisible();
});

test("a missing page shows the site's 404 page; a missing asset is a short plain answer", async ({ page, request }) => {
  const res = await page.goto("/guides/no-such-guide/");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
  for (const asset of ["/islands/no-such-island.js", "/_next/static/chunks/no-such.css", "/images/no-such.png"]) {
    const r = await request.get(asset);
    expect(r.status(), asset).toBe(404);
    expect(r.headers()["content-type"], asset).toMatch(/^text\/plain/);
    expect(await r.text(), asset).toBe("Not found\n");
  }
});

test("the server answers only GET and HEAD, and keeps build files to itself", async ({ request }) => {
  const post = await request.post("/");
  expect(post.status()).toBe(405);
  expect(post.headers()["allow"]).toBe("GET, HEAD");
  for (const internal of ["/_headers", "/.build-stamp"])
    expect((await request.get(internal)).status(), internal).toBe(404);
});

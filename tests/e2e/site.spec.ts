import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { exportedPages, isRedirectPage, readPage } from "../support/exported-pages";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node as Element;
  if ("childNodes" in node) for (const c of node.childNodes) yield* elements(c);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const pages = exportedPages();

test("the home page introduces the site and links to the guides", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guides" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Names" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Route picker" }),
  ).toBeVisible();
});

test("a guide shows its short answer, dates, FAQ and sources", async ({ page }) => {
  const guide = pages.find((p) => p.url.startsWith("/guides/") && p.url !== "/guides/");
  expect(guide, "at least one guide is exported").toBeTruthy();
  await page.goto(guide!.url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Short answer" })).toBeVisible();
  await expect(page.getByText("Last verified", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeVisible();
});

test("an unknown address answers 404 with the site's own page", async ({ page }) => {
  const res = await page.goto("/no-such-page/");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("every internal link and #anchor on every page resolves", async ({ request }) => {
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string>();
  for (const p of pages) {
    const doc = parse(readPage(p)) as unknown as Node;
    const pageIds = new Set<string>();
    for (const el of elements(doc)) {
      const id = attr(el, "id");
      if (id) pageIds.add(id);
      const href = el.tagName === "a" || el.tagName === "link" ? attr(el, "href") : undefined;
      if (!href || /^(https?:|mailto:|data:)/.test(href)) continue;
      if (el.tagName === "link" && !["canonical", "alternate", "stylesheet", "icon"].includes(attr(el, "rel") ?? ""))
        continue;
      const target = new URL(href, `http://localhost${p.url}`);
      links.set(`${target.pathname}${target.hash}`, p.url);
    }
    ids.set(p.url, pageIds);
  }
  const broken: string[] = [];
  const status = new Map<string, number>();
  for (const [link, from] of links) {
    const [pathname, hash] = link.split("#") as [string, string | undefined];
    if (!status.has(pathname)) status.set(pathname, (await request.get(pathname, { maxRedirects: 0 })).status());
    const code = status.get(pathname)!;
    if (code !== 200) broken.push(`${from} → ${link} (${code})`);
    else if (hash && ids.has(pathname) && !ids.get(pathname)!.has(decodeURIComponent(hash)))
      broken.push(`${from} → ${link} (no #${hash})`);
  }
  expect(broken).toEqual([]);
  expect(links.size).toBeGreaterThan(5);
});

for (const p of [...pages, { url: "/no-such-page/", file: "" }]) {
  test(`axe finds no accessibility violations on ${p.url}`, async ({ page }) => {
    if (p.file && isRedirectPage(readPage(p))) {
      // Alias pages redirect at once; scan the page itself with its refresh removed.
      const html = readPage(p).replace(/<meta[^>]+http-equiv="refresh"[^>]*>/i, "");
      await page.route(`**${p.url}`, (route) => route.fulfill({ body: html, contentType: "text/html" }));
    }
    await page.goto(p.url);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    );
    expect(summary).toEqual([]);
  });
}

// A label drawn apart from its claim by a margin ("SECONDARY SOURCE  Its current naming…") is still one run of
// text for a screen reader and in copied text: "Secondary sourceIts". Each label must end in, or be followed by,
// something that is not a letter.
for (const p of pages.filter((x) => !isRedirectPage(readPage(x)) && readPage(x).includes('data-markdown="label"')))
  test(`${p.url}: every label is set off from the words after it in the page's text`, async ({ page }) => {
    await page.goto(p.url);
    const runOn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-markdown="label"]')].flatMap((label) => {
        const parent = label.parentElement;
        if (!parent || !label.checkVisibility()) return [];
        // A marker right after the label finds where it ends in the parent's text, whatever repeats around it.
        const marker = document.createTextNode("\u2063");
        label.after(marker);
        const text = parent.innerText;
        marker.remove();
        const at = text.indexOf("\u2063");
        const [before, after] = [text.slice(0, at), text.slice(at + 1)];
        return /[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after)
          ? [`${before.slice(-20)}|${after.slice(0, 20)}`]
          : [];
      }),
    );
    expect(runOn, "labels whose last word runs into the next one").toEqual([]);
  });

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });
  const templates = [
    "/",
    "/guides/",
    "/names/",
    "/route-picker/",
    ...["guides", "names"].flatMap((kind) =>
      pages
        .filter((p) => p.url.startsWith(`/${kind}/`) && p.url.split("/").length === 4 && !isRedirectPage(readPage(p)))
        .slice(0, 1)
        .map((p) => p.url),
    ),
  ];
  for (const url of [...new Set(templates)]) {
    test(`axe finds no contrast or other violations in dark mode on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
});

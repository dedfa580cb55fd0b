/**
 * The 404 page: suggests the names and guides closest to the address that was asked for, using the
 * glossary's resolver on the index embedded in the page. Without JavaScript the page still lists
 * the main sections and the search page.
 */
import { readIslandData } from "../lib/island-data";
import { createResolver } from "../lib/names/resolve";
import { queryFromPath } from "../lib/search/not-found-index";
import { GUIDES_PATH } from "../lib/urls";

const box = document.querySelector<HTMLElement>("[data-not-found-suggestions]");
const index = readIslandData("not-found");

function item(href: string, label: string, detail?: string): HTMLLIElement {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = href;
  a.textContent = label;
  a.className = "font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300";
  li.append(a);
  if (detail) {
    const span = document.createElement("span");
    span.className = "ml-2 text-sm text-zinc-600 dark:text-zinc-400";
    span.textContent = detail;
    li.append(span);
  }
  return li;
}

function group(title: string, items: HTMLLIElement[]): HTMLElement[] {
  if (!items.length) return [];
  const h = document.createElement("h3");
  h.className = "mt-4 text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400";
  h.textContent = title;
  const ul = document.createElement("ul");
  ul.className = "mt-2 space-y-2";
  ul.append(...items);
  return [h, ul];
}

if (box && index) {
  const query = queryFromPath(location.pathname);
  if (query) {
    const names = createResolver(index.names)(query, 3).matches.map((m) =>
      item(m.entry.url, m.entry.name, `${m.entry.layer} · ${m.entry.status}`),
    );
    // A guide is suggested only when it really matches: the closest of a handful of titles is noise.
    const guideHits = createResolver(index.guides)(query, 2);
    const guides = guideHits.found ? guideHits.matches.map((m) => item(m.entry.url, m.entry.name)) : [];
    const groups = [group("Names", names), group("Guides", guides)];
    if (location.pathname.startsWith(GUIDES_PATH)) groups.reverse();
    const heading = box.querySelector("h2");
    if (heading) heading.textContent = `Closest to “${query}”`;
    box.append(...groups.flat());
    box.hidden = groups.every((g) => g.length === 0);
  }
}

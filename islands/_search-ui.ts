/**
 * The search box and its results, shared by the header's search dialog and the /search/ page. Loaded
 * only when someone opens search (never an entry of its own: the "_" prefix keeps it out of the
 * island list). Pagefind's own script and index load on the first keystroke.
 *
 * Results are Pagefind's full-text matches, led by the name page when the glossary's resolver
 * recognises the query as one name in any spelling ("gpt image two", "dalle3"): full-text ranking alone
 * cannot tell gpt-image-2 from gpt-image-2-5-flare, the resolver can.
 *
 * ARIA combobox pattern: focus stays in the text field, ↑/↓ move the active result
 * (aria-activedescendant), Enter opens it (or the first result), so a keyboard user never leaves the field.
 */
import { createResolver, type Resolver } from "../lib/names/resolve";
import { answerUrl, pinnedName, type SearchNameEntry } from "../lib/search/name-match";
import { NAMES_INDEX_PATH } from "../lib/urls";
import { SEARCH_ICON_PATH } from "../lib/icons";
import { cleanExcerpt } from "../lib/search/excerpt";

/** The part of Pagefind's browser API this file uses (pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void> | void;
  debouncedSearch(
    term: string,
    options?: Record<string, unknown>,
    ms?: number,
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

/** A runtime URL, not a module esbuild should bundle: kept in a variable so the import stays as written. */
const PAGEFIND_URL = "/pagefind/pagefind.js";
const MAX_RESULTS = 8;

let engine: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  // A runtime import has no module for TypeScript to read; Pagefind describes what it returns.
  engine ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    // Raw weighted counts over term frequency: a page whose name block matches beats a long guide
    // that merely mentions the words (measured on the real index; see tests/e2e/search.spec.ts).
    await pf.options({ excerptLength: 22, ranking: { termFrequency: 0 } });
    await pf.init();
    return pf;
  });
  return engine;
}

let names: Promise<Resolver<SearchNameEntry> | undefined> | undefined;
/** The glossary resolver, or undefined if its index cannot load (search then runs on Pagefind alone). */
function nameResolver(): Promise<Resolver<SearchNameEntry> | undefined> {
  names ??= fetch(NAMES_INDEX_PATH)
    // The names index is written by the build from the same SearchNameEntry type (app/search/names.json).
    .then((r) => (r.ok ? (r.json() as Promise<SearchNameEntry[]>) : Promise.reject(new Error(r.statusText))))
    .then((entries) => createResolver(entries))
    .catch(() => undefined);
  return names;
}

/** One row of the results list, from Pagefind or from the glossary. */
interface Hit {
  url: string;
  title: string;
  type: string;
  details: string[];
  /** Pagefind's excerpt (HTML with <mark>), or plain text for a glossary hit. */
  excerpt: { html: string } | { text: string };
}

/**
 * A name page's excerpt would often quote its block of spellings (the heaviest-weighted text), so a
 * name shows its one-line summary instead, with the query's words marked.
 */
const fromPagefind = (d: PagefindResultData): Hit => ({
  url: d.url,
  title: d.meta.title ?? d.url,
  type: d.meta.type ?? "Page",
  details: [d.meta.layer, d.meta.category, d.meta.status].filter((x): x is string => Boolean(x)),
  excerpt: d.meta.summary ? { text: d.meta.summary } : { html: cleanExcerpt(d.excerpt) },
});

/** The glossary's first answer: the definition, or for an offer the reason it is offered. */
const fromName = (n: SearchNameEntry, term: string, note?: string): Hit => ({
  url: answerUrl(n, term),
  title: n.name,
  type: "Name",
  details: [n.layer, n.status],
  excerpt: { text: note ?? n.definition },
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const MARK = "rounded-sm bg-accent-100 px-0.5 text-inherit dark:bg-accent-800 dark:text-white";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);

/**
 * Pagefind's excerpt is HTML with <mark> around the matched words. Never assigned as HTML: the text
 * between marks becomes text nodes and only the marks become elements, whatever the excerpt holds.
 */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/<mark>([\s\S]*?)<\/mark>/);
  parts.forEach((part, i) => {
    const text = decode(part.replace(/<[^>]*>/g, ""));
    if (!text) return;
    if (i % 2 === 1) parent.append(el("mark", MARK, text));
    else parent.append(text);
  });
}

/** Plain text with every word of the query that occurs in it wrapped in <mark> (built as nodes, never as HTML). */
export function appendMarked(parent: HTMLElement, text: string, query: string): void {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!words.length) return parent.append(text);
  const re = new RegExp(`(${words.join("|")})`, "giu");
  text.split(re).forEach((part, i) => {
    if (!part) return;
    if (i % 2 === 1) parent.append(el("mark", MARK, part));
    else parent.append(part);
  });
}

export interface SearchUI {
  root: HTMLElement;
  input: HTMLInputElement;
  /** Runs a search for `q` as if typed. */
  search(q: string): void;
}

export interface SearchUIOptions {
  /** Prefix for element ids, unique per page. */
  id: string;
  /** Extra classes for the results list (the dialog limits its height). */
  listClass?: string;
}

const HINT = "Type a name as you saw it (gpt-image-2, DALL·E 3, ImageGen), or a topic such as billing.";

/** Phase 1: the search box (a labelled combobox with the search icon). */
function searchForm(id: string): { form: HTMLFormElement; input: HTMLInputElement } {
  const form = el("form", "relative flex items-center");
  form.setAttribute("role", "search");
  form.addEventListener("submit", (e) => e.preventDefault());

  const label = el("label", "sr-only", "Search the site");
  label.htmlFor = `${id}-input`;
  const icon = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  icon.setAttribute("viewBox", "0 0 20 20");
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute(
    "class",
    "pointer-events-none absolute left-3 size-5 fill-current text-zinc-500 dark:text-zinc-400",
  );
  icon.innerHTML = `<path d="${SEARCH_ICON_PATH}"/>`;

  const input = el(
    "input",
    "w-full rounded-lg border border-zinc-300 bg-white py-2.5 pr-3 pl-10 text-base text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-950 dark:text-white dark:placeholder:text-zinc-400",
  );
  Object.assign(input, {
    id: `${id}-input`,
    type: "text",
    autocomplete: "off",
    spellcheck: false,
    placeholder: "Search names, guides and routes",
  });
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", `${id}-results`);
  input.setAttribute("enterkeyhint", "go");
  form.append(label, icon, input);
  return { form, input };
}

/** One result as a listbox option: its kind and details, title and excerpt. */
function resultOption(item: Hit, optionId: string, term: string): HTMLAnchorElement {
  const a = el(
    "a",
    "block rounded-lg border border-transparent px-3 py-2.5 text-zinc-900 hover:bg-zinc-100 data-active:border-accent-600 data-active:bg-accent-50 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:data-active:border-accent-400 dark:data-active:bg-zinc-800",
  );
  Object.assign(a, { id: optionId, href: item.url, tabIndex: -1 });
  a.setAttribute("role", "option");
  a.setAttribute("aria-selected", "false");
  const kind = el("span", "flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400");
  kind.append(
    el(
      "span",
      "rounded bg-zinc-200 px-1.5 py-0.5 font-semibold tracking-wide text-zinc-800 uppercase dark:bg-zinc-700 dark:text-zinc-100",
      item.type,
    ),
  );
  for (const detail of item.details) kind.append(el("span", "", detail));
  const title = el("span", "mt-1 block font-medium", item.title);
  const excerpt = el("span", "mt-0.5 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-300");
  if ("html" in item.excerpt) appendExcerpt(excerpt, item.excerpt.html);
  else appendMarked(excerpt, item.excerpt.text, term);
  a.append(kind, title, excerpt);
  return a;
}

/** Phase 2: the results listbox, its status line, and which option is active (arrow keys, Enter). */
function resultsList(id: string, listClass: string, input: HTMLInputElement) {
  const status = el("p", "mt-3 px-1 text-sm text-zinc-600 dark:text-zinc-400", HINT);
  status.setAttribute("role", "status");
  const list = el("div", `mt-2 space-y-1 ${listClass}`);
  Object.assign(list, { id: `${id}-results` });
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");

  let options: HTMLAnchorElement[] = [];
  let active = -1;

  function setActive(i: number) {
    options[active]?.removeAttribute("data-active");
    options[active]?.setAttribute("aria-selected", "false");
    active = i;
    const opt = options[i];
    if (!opt) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    opt.dataset.active = "";
    opt.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", opt.id);
    opt.scrollIntoView({ block: "nearest" });
  }

  function render(items: Hit[], total: number, term: string) {
    list.replaceChildren();
    options = items.map((item, i) => {
      const a = resultOption(item, `${id}-option-${i}`, term);
      a.addEventListener("mousemove", () => active !== i && setActive(i));
      list.append(a);
      return a;
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    input.setAttribute("aria-expanded", String(options.length > 0));
    status.textContent =
      total === 0
        ? `No results for “${term}”. Try another spelling, or browse all names.`
        : `${total} result${total === 1 ? "" : "s"}${total > items.length ? `, showing the first ${items.length}` : ""}. Use the arrow keys to choose.`;
  }

  function onKeydown(e: KeyboardEvent) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!options.length) return;
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive(active === -1 && step === -1 ? options.length - 1 : (active + step + options.length) % options.length);
    } else if (e.key === "Enter") {
      const target = options[active] ?? options[0];
      if (!target) return;
      e.preventDefault();
      window.location.assign(target.href);
    }
  }

  return { status, list, render, onKeydown };
}

export function createSearchUI({ id, listClass = "" }: SearchUIOptions): SearchUI {
  const root = el("div", "flex min-h-0 flex-col");
  const { form, input } = searchForm(id);
  const { status, list, render, onKeydown } = resultsList(id, listClass, input);
  root.append(form, status, list);

  // Phase 3: each keystroke searches Pagefind, with a name the resolver recognises pinned first.
  let latest = "";
  async function search(q: string) {
    const term = q.trim();
    latest = term;
    if (!term) {
      render([], 0, "");
      status.textContent = HINT;
      return;
    }
    try {
      const [pf, resolve] = await Promise.all([pagefind(), nameResolver()]);
      const found = await pf.debouncedSearch(term, {}, 120);
      if (found === null || latest !== term) return; // a newer keystroke owns the list now
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (latest !== term) return;
      const pinned = resolve && pinnedName(resolve, term);
      const hits = data.map(fromPagefind).filter((h) => h.url !== pinned?.entry.url);
      const extra = pinned && hits.length === data.length ? 1 : 0;
      render(
        [...(pinned ? [fromName(pinned.entry, term, pinned.note)] : []), ...hits].slice(0, MAX_RESULTS),
        found.results.length + extra,
        term,
      );
    } catch {
      status.textContent = "Search could not load. Browse the names index or the guides instead.";
    }
  }

  input.addEventListener("input", () => void search(input.value));
  input.addEventListener("keydown", onKeydown);

  return { root, input, search: (q: string) => void search(q) };
}

/**
 * "Look up a name" on /names/: resolves what the reader types with the same resolver the unit tests
 * cover, and lists the best matches as links. Enter goes to the best match. Without this script the
 * form submits to the full list further down the page. `?q=` pre-fills the field, so a lookup can be
 * shared as a link.
 */
import { readIslandData } from "../lib/island-data";
import type { LookupEntry } from "../lib/names/lookup-index";
import { createResolver, type Resolution } from "../lib/names/resolve";
import { firstAnswer } from "../lib/search/name-match";
import { NAMES_LOOKUP_ID } from "../lib/urls";

const form = document.querySelector<HTMLFormElement>("form[data-names-lookup]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const results = document.getElementById("lookup-results");
const entries = readIslandData("names-lookup");

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(box: HTMLElement, r: Resolution<LookupEntry>) {
  box.replaceChildren();
  if (!r.query.trim()) return;
  // The same first answer as the header search (lib/search/name-match.ts); an offer says why it is offered.
  const note = firstAnswer(r)?.note;
  const summary = note
    ? `${note} Press Enter to open the first.`
    : r.found
      ? r.matches.length === 1
        ? "1 name matches. Press Enter to open it."
        : `${r.matches.length} names match, best first. Press Enter to open the first.`
      : `No name matches “${r.query.trim()}”. The closest names are:`;
  box.append(el("p", "text-sm font-medium text-zinc-800 dark:text-zinc-200", summary));
  const list = el(
    "ul",
    "mt-2 divide-y divide-zinc-200 overflow-hidden rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-700 dark:bg-zinc-950",
  );
  for (const m of r.matches) {
    const li = el("li", "");
    const a = el(
      "a",
      "block px-3 py-2.5 hover:bg-zinc-50 focus-visible:bg-zinc-50 dark:hover:bg-zinc-900 dark:focus-visible:bg-zinc-900",
    );
    a.href = m.entry.url;
    a.append(el("span", "font-semibold text-zinc-900 underline-offset-2 dark:text-white", m.entry.name));
    const meta = `${m.entry.layer} · ${m.entry.status}`;
    const via =
      m.matched.toLowerCase() !== m.entry.name.toLowerCase() && m.kind !== "closest" && m.kind !== "suggested"
        ? ` · matched “${m.matched}”`
        : "";
    a.append(el("span", "mt-0.5 block text-sm text-zinc-600 dark:text-zinc-400", meta + via));
    li.append(a);
    list.append(li);
  }
  box.append(list);
}

if (form && input && results && entries) {
  const resolve = createResolver(entries);
  let last: Resolution<LookupEntry> | undefined;
  const update = () => {
    last = resolve(input.value);
    render(results, last);
  };
  input.addEventListener("input", update);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    last = resolve(input.value);
    const best = firstAnswer(last);
    if (best) location.assign(best.entry.url);
    else render(results, last);
  });
  // Arrow keys move between the field and the result links.
  form.parentElement?.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>("a")];
    if (!links.length) return;
    const at = links.findIndex((link) => link === document.activeElement);
    const next = e.key === "ArrowDown" ? at + 1 : at - 1;
    e.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    update();
    input.scrollIntoView({ block: "center" });
  }
  // Links to /names/#lookup mean "type a name": focus the field once the browser has finished its own
  // scroll to the fragment, which otherwise takes focus back to the page.
  if (location.hash === `#${NAMES_LOOKUP_ID}`) {
    const focus = () => setTimeout(() => input.focus({ preventScroll: false }), 0);
    if (document.readyState === "complete") focus();
    else addEventListener("load", focus, { once: true });
  }
}

/**
 * On every page, and tiny: opens site search from the header's Search link (a plain link to /search/
 * without JavaScript), the "/" key and Ctrl/Cmd+K. The dialog's code, Pagefind and its index load
 * only when search is opened. A page with its own search field (/search/) focuses that instead.
 */
import type { openSearch } from "./_search-dialog";

let dialog: Promise<{ openSearch: typeof openSearch }> | undefined;

function open(trigger: Element | null) {
  const inline = document.querySelector<HTMLInputElement>("[data-search-inline]");
  if (inline) return inline.focus();
  dialog ??= import("./_search-dialog");
  dialog
    .then((m) => m.openSearch(trigger))
    .catch(() => {
      // The chunk failed to load (offline, a new deploy): the search page works without it. Islands
      // have no Next router, so a plain navigation is the only kind there is. The address is the header's
      // search link's (an import of lib/urls.ts would cost every page a shared chunk).
      const page = document.querySelector<HTMLAnchorElement>("a[data-search-open]")?.href;
      if (page) location.href = page;
    });
}

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

document.addEventListener("click", (e) => {
  const link = e.target instanceof Element ? e.target.closest("[data-search-open]") : null;
  // A modified click (new tab, new window) still follows the link to /search/.
  if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  open(link);
});

document.addEventListener("keydown", (e) => {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  const combo = e.key.toLowerCase() === "k" && (e.metaKey || e.ctrlKey) && !e.shiftKey;
  const slash = e.key === "/" && !e.metaKey && !e.ctrlKey && !typing(e.target);
  if (!combo && !slash) return;
  e.preventDefault();
  open(document.activeElement);
});

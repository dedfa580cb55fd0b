/**
 * The search dialog, built on first open by islands/search-launcher.ts (a dynamic import, so pages
 * that never search never download it). A native modal <dialog>: the browser traps focus and makes
 * the page behind it inert; Escape and a click on the backdrop close it, and focus goes back to
 * whatever opened it.
 */
import { createSearchUI, type SearchUI } from "./_search-ui";

let dialog: HTMLDialogElement | undefined;
let ui: SearchUI | undefined;
let returnFocus: HTMLElement | null = null;

function build(): { dialog: HTMLDialogElement; ui: SearchUI } {
  const d = document.createElement("dialog");
  d.className =
    "mx-auto mt-[8vh] mb-auto w-[calc(100%-1.5rem)] max-w-2xl overflow-hidden rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";
  d.setAttribute("aria-labelledby", "site-search-title");

  const panel = document.createElement("div");
  panel.className = "flex max-h-[80vh] flex-col p-3 sm:p-4";
  const head = document.createElement("div");
  head.className = "mb-3 flex items-center justify-between gap-3 px-1";
  const title = document.createElement("h2");
  title.id = "site-search-title";
  title.className = "font-serif text-lg font-semibold";
  title.textContent = "Search the field guide";
  const close = document.createElement("button");
  close.type = "button";
  close.className =
    "rounded-md border border-zinc-300 px-2 py-1 text-sm text-zinc-700 hover:border-zinc-400 hover:text-zinc-900 dark:border-zinc-600 dark:text-zinc-300 dark:hover:border-zinc-400 dark:hover:text-white";
  close.textContent = "Close";
  close.setAttribute("aria-keyshortcuts", "Escape");
  close.addEventListener("click", () => d.close());
  head.append(title, close);

  const searchUI = createSearchUI({ id: "site-search", listClass: "min-h-0 overflow-y-auto overscroll-contain" });
  searchUI.root.classList.add("min-h-0", "flex-1");

  const foot = document.createElement("p");
  foot.className =
    "mt-3 hidden border-t border-zinc-200 px-1 pt-3 text-xs text-zinc-500 sm:block dark:border-zinc-700 dark:text-zinc-400";
  foot.textContent = "↑ ↓ to choose · Enter to open · Esc to close";

  panel.append(head, searchUI.root, foot);
  d.append(panel);
  // The panel fills the dialog, so a click whose target is the dialog itself landed on the backdrop.
  d.addEventListener("click", (e) => e.target === d && d.close());
  // Escape always closes, even when the browser would first clear the text field.
  d.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    d.close();
  });
  d.addEventListener("close", () => {
    document.documentElement.classList.remove("overflow-hidden");
    returnFocus?.focus();
  });
  document.body.append(d);
  return { dialog: d, ui: searchUI };
}

export function openSearch(trigger: Element | null): void {
  if (!dialog || !ui) ({ dialog, ui } = build());
  if (!dialog.open) {
    returnFocus = trigger instanceof HTMLElement ? trigger : null;
    dialog.showModal();
    document.documentElement.classList.add("overflow-hidden");
  }
  ui.input.focus();
  ui.input.select();
}

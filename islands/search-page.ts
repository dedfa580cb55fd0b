/**
 * /search/: turns the page's search section into a live search field (the same UI as the dialog).
 * A `?q=` in the address fills and runs it, so a search can be linked to.
 */
import { createSearchUI } from "./_search-ui";

const mount = document.querySelector<HTMLElement>("[data-search-page]");
if (mount) {
  const ui = createSearchUI({ id: "page-search" });
  ui.input.dataset.searchInline = "";
  mount.replaceChildren(ui.root);
  mount.hidden = false;
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    ui.input.value = q.slice(0, 100);
    ui.search(ui.input.value);
  }
  ui.input.focus();
}

/**
 * The layer and status filter of /names/. The list is complete without JavaScript; this shows the
 * filter and hides the names (and empty groups) that do not match. Choices live in the URL
 * (?layer=&status=), so a filtered view can be shared and survives a reload.
 */
const form = document.querySelector<HTMLFormElement>("form[data-names-filter]");

if (form) {
  const layer = form.querySelector<HTMLSelectElement>("select[name=layer]");
  const status = form.querySelector<HTMLSelectElement>("select[name=status]");
  const count = form.querySelector<HTMLElement>("[data-filter-count]");
  const empty = document.querySelector<HTMLElement>("[data-filter-empty]");
  const groups = [...document.querySelectorAll<HTMLElement>("[data-name-group]")];

  const apply = () => {
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>("li[data-layer]")) {
        const match =
          (!layer?.value || item.dataset.layer === layer.value) &&
          (!status?.value || item.dataset.status === status.value);
        item.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    if (count) count.textContent = `${shown} ${shown === 1 ? "name" : "names"} shown`;
    if (empty) empty.hidden = shown > 0;
  };

  const params = new URLSearchParams(location.search);
  for (const select of [layer, status]) {
    if (!select) continue;
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    select.addEventListener("change", () => {
      const url = new URL(location.href);
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
      history.replaceState(history.state, "", url);
      apply();
    });
  }
  form.addEventListener("submit", (e) => e.preventDefault());
  form.hidden = false;
  apply();
}

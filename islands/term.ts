/**
 * Enhances <Term> tooltips, which already open on hover and keyboard focus through CSS:
 * Escape closes the open one (WAI-ARIA tooltip pattern), a first tap on a touch screen opens the
 * definition instead of following the link, and a tooltip is nudged back inside a narrow viewport.
 */
const terms = document.querySelectorAll<HTMLElement>("[data-term]");

function fit(term: HTMLElement) {
  const tip = term.querySelector<HTMLElement>("[role=tooltip]");
  if (!tip) return;
  tip.style.removeProperty("--term-shift");
  const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) tip.style.setProperty("--term-shift", `-${Math.ceil(overflow)}px`);
}

for (const term of terms) {
  const link = term.querySelector("a");
  term.addEventListener("mouseenter", () => fit(term));
  term.addEventListener("focusin", () => fit(term));
  term.addEventListener("mouseleave", () => term.removeAttribute("data-dismissed"));
  term.addEventListener("focusout", () => {
    term.removeAttribute("data-dismissed");
    term.removeAttribute("data-open");
  });
  link?.addEventListener("pointerdown", (e) => {
    if (e.pointerType === "touch" && !term.hasAttribute("data-open")) term.dataset.touchPending = "";
  });
  link?.addEventListener("click", (e) => {
    if (term.dataset.touchPending === undefined) return;
    delete term.dataset.touchPending;
    e.preventDefault();
    for (const other of terms) if (other !== term) other.removeAttribute("data-open");
    term.dataset.open = "";
    term.removeAttribute("data-dismissed");
    fit(term);
  });
}

document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  for (const term of terms) {
    if (term.matches(":hover, :focus-within, [data-open]")) {
      term.dataset.dismissed = "";
      term.removeAttribute("data-open");
    }
  }
});

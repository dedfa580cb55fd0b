/**
 * Route picker: turns the static picker (answers are links to one page per step) into a one-question-at-
 * a-time form with radios, Continue, Back and Start over. The answers live in `?route=a.b.c` through
 * history.pushState, so the browser's Back button, reloads and shared links all land on the same step.
 * Everything it shows is cloned from the server's <template>s; the URL only selects among them, so a
 * tampered `?route=` can at worst fall back to the first question, and nothing from it reaches the page.
 */
import type { PickerGraph, Target } from "../lib/picker/graph";
import { formatRouteParam, parseRouteParam, resolveAnswers, type Resolved } from "../lib/picker/resolve";

const PARAM = "route";
type HistoryState = { routePicker?: string; prev?: boolean } | null;

function enhance(root: HTMLElement) {
  const top = root.querySelector<HTMLElement>("[data-picker-top]");
  const stepBox = root.querySelector<HTMLElement>("[data-picker-step]");
  const result = root.querySelector<HTMLElement>("[data-picker-result]");
  const navTpl = root.querySelector<HTMLTemplateElement>("template[data-picker-nav]");
  if (!top || !stepBox || !result || !navTpl) return;

  const templates = new Map<string, HTMLTemplateElement>();
  const questions = new Map<string, Map<string, Target>>();
  for (const t of root.querySelectorAll<HTMLTemplateElement>("template[data-question]")) {
    const edges = new Map<string, Target>();
    for (const input of t.content.querySelectorAll<HTMLInputElement>("input[type=radio]")) {
      const { next, outcome } = input.dataset;
      if (next) edges.set(input.value, { kind: "question", id: next });
      else if (outcome) edges.set(input.value, { kind: "outcome", id: outcome });
    }
    questions.set(t.dataset.question ?? "", edges);
    templates.set(`question:${t.dataset.question}`, t);
  }
  for (const t of root.querySelectorAll<HTMLTemplateElement>("template[data-outcome]"))
    templates.set(`outcome:${t.dataset.outcome}`, t);
  const graph: PickerGraph = { start: root.dataset.start ?? "", questions };
  const base = root.dataset.base;
  // On a step page (/route-picker/a/b/) the last breadcrumb names the step; keep it in step with the picker.
  const crumb =
    base && root.dataset.answers ? document.querySelector('nav[aria-label="Breadcrumb"] [aria-current="page"]') : null;
  const first = resolveAnswers(graph, []);

  /** A walk that ends somewhere without a template (it cannot, in a sound tree) also starts over. */
  const resolve = (answers: readonly string[]): Resolved => {
    const r = resolveAnswers(graph, answers);
    return templates.has(`${r.kind}:${r.id}`) ? r : first;
  };
  /** `?route=` when present; otherwise the step this static page was rendered for. */
  const fromUrl = (): Resolved => {
    const raw = new URLSearchParams(location.search).get(PARAM);
    return resolve(raw === null ? parseRouteParam(root.dataset.answers) : parseRouteParam(raw));
  };
  const urlFor = (answers: readonly string[]): string => {
    const url = new URL(base ?? location.href, location.href);
    url.hash = "";
    url.searchParams.delete(PARAM);
    if (answers.length) url.searchParams.set(PARAM, formatRouteParam(answers));
    return url.href;
  };

  let current = first;

  function renderTop(answers: readonly string[]) {
    if (!top || !navTpl) return;
    if (!answers.length) return top.replaceChildren();
    const nav = navTpl.content.cloneNode(true) as DocumentFragment;
    const list = nav.querySelector("ol");
    const sample = list?.firstElementChild;
    if (!list || !sample) return;
    sample.remove();
    let at = graph.start;
    for (const answer of answers) {
      const input = templates
        .get(`question:${at}`)
        ?.content.querySelector<HTMLInputElement>(`input[value="${answer}"]`);
      const item = sample.cloneNode(true) as HTMLElement;
      const [q, a] = item.children;
      if (q) q.textContent = templates.get(`question:${at}`)?.content.querySelector("legend")?.textContent ?? "";
      if (a) a.textContent = input?.closest("label")?.querySelector("[data-label]")?.textContent ?? "";
      list.append(item);
      at = input?.dataset.next ?? "";
    }
    const count = nav.querySelector("[data-picker-count]");
    if (count) count.textContent = String(answers.length);
    top.replaceChildren(nav);
  }

  function render(step: Resolved, focus: boolean, selected?: string) {
    current = step;
    const tpl = templates.get(`${step.kind}:${step.id}`);
    if (!tpl || !stepBox || !result) return;
    renderTop(step.answers);
    const view = tpl.content.cloneNode(true) as DocumentFragment;
    if (step.kind === "question") {
      if (selected)
        view.querySelectorAll<HTMLInputElement>("input[type=radio]").forEach((r) => (r.checked = r.value === selected));
      stepBox.replaceChildren(view);
      result.replaceChildren();
    } else {
      const copyRow = view.querySelector<HTMLElement>("[data-picker-copy-row]");
      if (copyRow && navigator.clipboard) copyRow.hidden = false;
      stepBox.replaceChildren();
      result.replaceChildren(view);
    }
    if (base && tpl.dataset.title) document.title = tpl.dataset.title;
    if (crumb && tpl.dataset.crumb) crumb.textContent = tpl.dataset.crumb;
    if (focus) root.querySelector<HTMLElement>("legend, [data-picker-result] [tabindex='-1']")?.focus();
  }

  function go(step: Resolved, prev: boolean) {
    history.pushState(
      { routePicker: formatRouteParam(step.answers), prev } satisfies HistoryState,
      "",
      urlFor(step.answers),
    );
    render(step, true);
  }

  root.addEventListener("submit", (e) => {
    const form = e.target as HTMLFormElement;
    if (!form.matches("[data-picker-form]")) return;
    e.preventDefault();
    const checked = form.querySelector<HTMLInputElement>("input[type=radio]:checked");
    if (checked) go(resolve([...current.answers, checked.value]), true);
  });

  root.addEventListener("click", (e) => {
    const target = (e.target as Element).closest("button");
    if (!target) return;
    if (target.matches("[data-picker-back]")) {
      // Step back through history when the previous entry is the previous step, so Back never piles up entries.
      if ((history.state as HistoryState)?.prev) history.back();
      else go(resolve(current.answers.slice(0, -1)), false);
    } else if (target.matches("[data-picker-restart]")) {
      go(first, false);
    } else if (target.matches("[data-picker-copy]")) {
      const panel = target.closest<HTMLElement>("[data-checklist]");
      const status = panel?.querySelector("[data-picker-copied]");
      navigator.clipboard.writeText(panel?.dataset.checklist ?? "").then(
        () => status && (status.textContent = "Copied"),
        () => status && (status.textContent = "Could not copy: select the route test above instead"),
      );
    }
  });

  addEventListener("popstate", (e) => {
    const saved = (e.state as HistoryState)?.routePicker;
    const step = typeof saved === "string" ? resolve(parseRouteParam(saved)) : fromUrl();
    const was = current.answers;
    // A #fragment link on the same page also fires popstate: leave the picker alone then.
    if (formatRouteParam(step.answers) === formatRouteParam(was)) return;
    const isBack = step.answers.every((a, i) => was[i] === a);
    render(step, true, isBack ? was[step.answers.length] : undefined);
  });

  const raw = new URLSearchParams(location.search).get(PARAM);
  const initial = fromUrl();
  const state = formatRouteParam(initial.answers);
  render(initial, false);
  if (raw !== null && raw !== state) {
    // Tampered or stale: quietly drop it from the address bar and show the first question.
    history.replaceState({ routePicker: state, prev: false } satisfies HistoryState, "", urlFor(initial.answers));
  } else if ((history.state as HistoryState)?.routePicker !== state) {
    history.replaceState({ routePicker: state, prev: false } satisfies HistoryState, "", location.href);
  }
  if (raw && raw === state && !base) root.scrollIntoView({ block: "start" });
}

/**
 * Enhance once: the static links become radios. Keyboard focus on one of the links moves to the radio in
 * the same place, so a reader who tabbed in does not lose their spot.
 */
function enhanceKeepingFocus(root: HTMLElement) {
  if (root.dataset.enhanced !== undefined) return;
  root.dataset.enhanced = "";
  const links = [...root.querySelectorAll<HTMLAnchorElement>("[data-picker-step] a")];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  enhance(root);
  if (at >= 0) root.querySelectorAll<HTMLInputElement>("[data-picker-step] input[type=radio]")[at]?.focus();
}

/**
 * The picker page, and a shared `?route=` link, need the picker at once. In a guide the picker usually sits
 * below the fold: its links already work, so it is enhanced only when it nears the viewport or takes focus,
 * and the first view of a reader landing from search pays nothing for it.
 */
const roots = [...document.querySelectorAll<HTMLElement>("[data-route-picker]")];
const now = new URLSearchParams(location.search).has(PARAM);
const observer =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const e of entries)
            if (e.isIntersecting) {
              observer?.unobserve(e.target);
              enhanceKeepingFocus(e.target as HTMLElement);
            }
        },
        { rootMargin: "400px 0px" },
      )
    : undefined;
for (const root of roots) {
  if (now || root.dataset.base !== undefined || !observer) enhanceKeepingFocus(root);
  else {
    observer.observe(root);
    root.addEventListener("focusin", () => enhanceKeepingFocus(root), { once: true });
  }
}

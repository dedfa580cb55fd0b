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

/** The picker's own entry in history.state (any other state reads as empty). */
function savedState(state: unknown): { routePicker?: string; prev: boolean } {
  if (typeof state !== "object" || state === null) return { prev: false };
  const routePicker: unknown = Reflect.get(state, "routePicker");
  return {
    routePicker: typeof routePicker === "string" ? routePicker : undefined,
    prev: Reflect.get(state, "prev") === true,
  };
}

/** A deep copy of a node, owned by this document (template content lives in an inert one). */
const copy = <T extends Node>(node: T): T => document.importNode(node, true);

interface Parts {
  root: HTMLElement;
  top: HTMLElement;
  stepBox: HTMLElement;
  result: HTMLElement;
  navTpl: HTMLTemplateElement;
}

/** Phase 1: the question and outcome templates the server rendered, and the decision graph they spell. */
function readTemplates(root: HTMLElement): { templates: Map<string, HTMLTemplateElement>; graph: PickerGraph } {
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
  return { templates, graph: { start: root.dataset.start ?? "", questions } };
}

/** Phase 2: drawing a step, with the answers so far above it. */
function createRenderer(parts: Parts, templates: Map<string, HTMLTemplateElement>, graph: PickerGraph) {
  const { root, top, stepBox, result, navTpl } = parts;
  const base = root.dataset.base;
  // On a step page (/route-picker/a/b/) the last breadcrumb names the step; keep it in step with the picker.
  const crumb =
    base && root.dataset.answers ? document.querySelector('nav[aria-label="Breadcrumb"] [aria-current="page"]') : null;

  function renderTop(answers: readonly string[]) {
    if (!answers.length) return top.replaceChildren();
    const nav = copy(navTpl.content);
    const list = nav.querySelector("ol");
    const sample = list?.firstElementChild;
    if (!list || !sample) return;
    sample.remove();
    let at = graph.start;
    for (const answer of answers) {
      const input = templates
        .get(`question:${at}`)
        ?.content.querySelector<HTMLInputElement>(`input[value="${answer}"]`);
      const item = copy(sample);
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

  return function render(step: Resolved, focus: boolean, selected?: string) {
    const tpl = templates.get(`${step.kind}:${step.id}`);
    if (!tpl) return;
    renderTop(step.answers);
    const view = copy(tpl.content);
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
  };
}

function enhance(root: HTMLElement) {
  const top = root.querySelector<HTMLElement>("[data-picker-top]");
  const stepBox = root.querySelector<HTMLElement>("[data-picker-step]");
  const result = root.querySelector<HTMLElement>("[data-picker-result]");
  const navTpl = root.querySelector<HTMLTemplateElement>("template[data-picker-nav]");
  if (!top || !stepBox || !result || !navTpl) return;

  const { templates, graph } = readTemplates(root);
  const draw = createRenderer({ root, top, stepBox, result, navTpl }, templates, graph);
  const base = root.dataset.base;
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
  const render = (step: Resolved, focus: boolean, selected?: string) => {
    current = step;
    draw(step, focus, selected);
  };
  function go(step: Resolved, prev: boolean) {
    history.pushState(
      { routePicker: formatRouteParam(step.answers), prev } satisfies HistoryState,
      "",
      urlFor(step.answers),
    );
    render(step, true);
  }

  // Phase 3: answers, Back, Start over and Copy; the browser's own Back and Forward.
  root.addEventListener("submit", (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("[data-picker-form]")) return;
    e.preventDefault();
    const checked = form.querySelector<HTMLInputElement>("input[type=radio]:checked");
    if (checked) go(resolve([...current.answers, checked.value]), true);
  });

  root.addEventListener("click", (e) => {
    const target = e.target instanceof Element ? e.target.closest("button") : null;
    if (!target) return;
    if (target.matches("[data-picker-back]")) {
      // Step back through history when the previous entry is the previous step, so Back never piles up entries.
      if (savedState(history.state).prev) history.back();
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
    const saved = savedState(e.state).routePicker;
    const step = typeof saved === "string" ? resolve(parseRouteParam(saved)) : fromUrl();
    const was = current.answers;
    // A #fragment link on the same page also fires popstate: leave the picker alone then.
    if (formatRouteParam(step.answers) === formatRouteParam(was)) return;
    const isBack = step.answers.every((a, i) => was[i] === a);
    render(step, true, isBack ? was[step.answers.length] : undefined);
  });

  // Phase 4: the step the address asks for, and an address bar that names it.
  const raw = new URLSearchParams(location.search).get(PARAM);
  const initial = fromUrl();
  const state = formatRouteParam(initial.answers);
  render(initial, false);
  if (raw !== null && raw !== state) {
    // Tampered or stale: quietly drop it from the address bar and show the first question.
    history.replaceState({ routePicker: state, prev: false } satisfies HistoryState, "", urlFor(initial.answers));
  } else if (savedState(history.state).routePicker !== state) {
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
  const at = links.findIndex((link) => link === document.activeElement);
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
            if (e.isIntersecting && e.target instanceof HTMLElement) {
              observer?.unobserve(e.target);
              enhanceKeepingFocus(e.target);
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

/**
 * The code scanner on /tools/scan/: scans what the reader pastes for image model ids, entirely in the
 * browser, and lists them most urgent first with statuses for the reader's own date. The text is only
 * ever read as a string and shown with textContent, so HTML or script in it stays text. Long pastes are
 * scanned in slices that yield to the browser, so a megabyte does not freeze the page; a newer edit
 * cancels the scan in progress. Also brings the static status table below up to the reader's date.
 */
import { formatDate } from "../lib/dates";
import { readIslandData } from "../lib/island-data";
import { statusBadgeText, statusLabel, statusText } from "../lib/names/status";
import { assess, createScanner, splitLines, statusOf, type Assessed } from "../lib/tools/scan";

const form = document.querySelector<HTMLFormElement>("form[data-scan-form]");
const input = form?.querySelector<HTMLTextAreaElement>("textarea");
const results = document.getElementById("scan-results");
const data = readIslandData("scan");
const LINES_PER_SLICE = 4000;
const SHOWN_LINES = 12;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, mono = true): HTMLAnchorElement {
  const a = el("a", `${mono ? "font-mono " : ""}underline underline-offset-2`, text);
  a.href = href;
  return a;
}

const today = () => new Date().toISOString().slice(0, 10);

function summary(found: Assessed[], lineCount: number): string {
  if (!found.length) return `No OpenAI image model id found in ${lineCount.toLocaleString("en-US")} lines.`;
  const counts = new Map<string, number>();
  for (const f of found) {
    // The status module's own short wordings: a countdown ("shuts down in 2 days"), "shutdown scheduled",
    // and "shutdown date passed" for a scheduled date nobody saw happen, which is never "shut down".
    const { status } = f;
    const label =
      status.kind === "shutdown-scheduled" && status.days !== undefined
        ? statusBadgeText(status).toLowerCase()
        : status.kind === "shutdown-scheduled" || status.kind === "shut-down"
          ? statusLabel(status).toLowerCase()
          : status.kind === "not-openai"
            ? "not an OpenAI name"
            : "no change needed yet";
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const parts = [...counts].map(([label, n]) => `${n} ${label}`);
  return `${found.length} name${found.length === 1 ? "" : "s"} found in ${lineCount.toLocaleString("en-US")} lines: ${parts.join(", ")}.`;
}

function render(box: HTMLElement, found: Assessed[], lineCount: number, date: string) {
  box.replaceChildren();
  box.append(el("p", "font-semibold text-zinc-900 dark:text-white", summary(found, lineCount)));
  box.append(
    el(
      "p",
      "mt-1 text-sm text-zinc-600 dark:text-zinc-400",
      `Statuses as of ${formatDate(date)}, by your device's date.`,
    ),
  );
  if (!found.length) return;
  const wrap = el("div", "mt-3 overflow-x-auto");
  const table = el("table", "data-table");
  table.append(el("caption", "", "Model ids in the pasted text, most urgent first"));
  const head = el("tr");
  for (const h of ["Name", "Found as", "Lines", "Status", "Use instead"]) {
    const th = el("th", "", h);
    th.scope = "col";
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  table.append(thead);
  const body = el("tbody");
  for (const f of found) {
    const tr = el("tr");
    const name = el("th");
    name.scope = "row";
    name.append(link(f.entry.url, f.entry.apiId ?? f.entry.name));
    const spelled = el("td", "font-mono text-xs", f.spellings.join(", "));
    spelled.dataset.label = "Found as";
    const more = f.lines.length - SHOWN_LINES;
    const lines = el(
      "td",
      "",
      f.lines.slice(0, SHOWN_LINES).join(", ") + (more > 0 ? ` and ${more.toLocaleString("en-US")} more` : ""),
    );
    lines.dataset.label = "Lines";
    const status = el("td", "font-medium", f.statusText);
    status.dataset.label = "Status";
    const instead = el("td");
    instead.dataset.label = "Use instead";
    if (f.instead.length) f.instead.forEach((x, i) => instead.append(...(i ? [" or "] : []), link(x.url, x.name)));
    else instead.textContent = f.insteadText;
    tr.append(name, spelled, lines, status, instead);
    body.append(tr);
  }
  table.append(body);
  wrap.append(table);
  box.append(wrap);
}

if (form && input && results && data) {
  let generation = 0;

  const run = async () => {
    const mine = ++generation;
    const lines = splitLines(input.value);
    const scanner = createScanner(data);
    for (let i = 0; i < lines.length; i += LINES_PER_SLICE) {
      scanner.scan(lines.slice(i, i + LINES_PER_SLICE), i + 1);
      if (i + LINES_PER_SLICE < lines.length) {
        results.setAttribute("aria-busy", "true");
        await new Promise((r) => setTimeout(r, 0));
        if (mine !== generation) return;
      }
    }
    results.removeAttribute("aria-busy");
    if (!input.value.trim()) {
      results.replaceChildren();
      return;
    }
    const date = today();
    render(results, assess(scanner.findings(), data, date), lines.length, date);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  form.querySelector("[data-scan-sample]")?.addEventListener("click", () => {
    input.value = form.querySelector<HTMLTemplateElement>("template[data-scan-sample-text]")?.content.textContent ?? "";
    void run();
    input.focus();
  });
  form.hidden = false;

  // The static table below was rendered for the build date; bring it to the reader's.
  const date = today();
  for (const cell of document.querySelectorAll<HTMLElement>("[data-scan-status]")) {
    const e = data.entries.find((x) => x.slug === cell.dataset.scanStatus);
    if (!e) continue;
    cell.textContent = statusText(statusOf(e, data, date));
  }
  const asOf = document.querySelector("[data-scan-asof]");
  if (asOf) asOf.textContent = formatDate(date);
}

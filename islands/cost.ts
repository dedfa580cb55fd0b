/**
 * The cost calculator on /tools/cost/: reads the job from the address (falling back to defaults, without
 * echoing, when a link was tampered with), clamps impossible values with a message next to the field,
 * and shows each model's output cost with its formula and sources. The arithmetic is lib/tools/cost.ts,
 * the same module the unit tests check against the published figures.
 */
import {
  AGREEMENT_TEXT,
  clampJob,
  computeModel,
  customSizeProblem,
  exactUsd,
  isSizeKey,
  jobFromQuery,
  jobToQuery,
  usd,
  type FieldMessage,
  type Job,
  type ModelResult,
  type SourcedFigure,
} from "../lib/tools/cost";
import { readIslandData } from "../lib/island-data";
import { statusOn, statusText } from "../lib/names/status";

const app = document.querySelector<HTMLElement>("[data-cost-app]");
const form = app?.querySelector<HTMLFormElement>("form[data-cost-form]");
const results = document.getElementById("cost-results");
const notice = document.getElementById("cost-notice");
const data = readIslandData("cost");

const VERIFICATION: Record<SourcedFigure["verification"], string> = {
  yes: "verified in an OpenAI source",
  partial: "partly verified",
  no: "secondary sources only",
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const n = (x: number) => x.toLocaleString("en-US");
/** The reader's day (UTC), as every dated wording on the site uses it (islands/dated.ts). */
const today = new Date().toISOString().slice(0, 10);

if (app && form && results && notice && data) {
  // The cost page renders each of these ids on the element type asked for (app/tools/cost/page.tsx).
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const models = [1, 2, 3].map((i) => $<HTMLSelectElement>(`cost-m${i}`));
  const quality = $<HTMLSelectElement>("cost-q");
  const size = $<HTMLSelectElement>("cost-s");
  const custom = $<HTMLInputElement>("cost-custom");
  const customBox = app.querySelector<HTMLElement>("[data-cost-custom]")!;
  const count = $<HTMLInputElement>("cost-n");
  const requests = $<HTMLInputElement>("cost-r");
  const partials = $<HTMLInputElement>("cost-p");
  const batch = $<HTMLInputElement>("cost-b");

  const sourceLine = (label: string, f: SourcedFigure | undefined) => {
    const p = el("p", "text-xs text-zinc-600 dark:text-zinc-400", `${label}: `);
    if (!f) {
      p.append("not recorded.");
      return p;
    }
    f.sources.forEach((id, i) => {
      const s = data.sources[id];
      if (i) p.append("; ");
      if (!s) return p.append(id);
      // A source whose page address is not recorded is named, not linked (href="undefined" before).
      let title: Node = document.createTextNode(s.title);
      if (s.url) {
        const a = el("a", "underline underline-offset-2", s.title);
        a.href = s.url;
        a.rel = "noopener";
        title = a;
      }
      p.append(title, ` (${s.credit})`);
    });
    p.append(` · ${VERIFICATION[f.verification]}.`);
    return p;
  };

  const card = (r: ModelResult, job: Job) => {
    const m = r.model;
    const box = el("article", "rounded-xl border border-zinc-200 p-4 dark:border-zinc-800");
    box.append(el("h3", "font-mono text-lg font-semibold text-zinc-900 dark:text-white", m.name));
    // A price is no use without knowing the model is going, or its date has passed: said on the reader's day.
    const status = statusOn(m.statuses, today);
    if (status.kind === "shut-down" || status.kind === "shutdown-scheduled") {
      const line = el("p", "mt-1 text-sm font-medium text-amber-800 dark:text-amber-300", statusText(status));
      line.dataset.costStatus = status.kind;
      box.append(line);
    }
    const dl = el("dl", "mt-2 space-y-1");
    const row = (k: string, v: string, strong = false) => {
      const d = el("div", "flex flex-wrap justify-between gap-x-3");
      d.append(
        el("dt", "text-zinc-700 dark:text-zinc-300", k),
        el("dd", strong ? "text-lg font-semibold text-zinc-900 dark:text-white" : "font-medium", v),
      );
      dl.append(d);
    };
    const images = job.imagesPerRequest * job.requests;
    if (r.unavailable || r.perImage === undefined) {
      row("Output cost per image", "No figure published");
      box.append(dl, el("p", "mt-2 text-sm text-zinc-700 dark:text-zinc-300", r.unavailable ?? "No figure published."));
    } else {
      row("Output cost per image", usd(r.perImage));
      row(`Total for ${n(images)} image${images === 1 ? "" : "s"}`, usd(r.total!), true);
      box.append(dl);
      const f = el("ul", "mt-3 list-disc space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300");
      if (r.tokens !== undefined && r.exact !== undefined)
        f.append(
          el(
            "li",
            "",
            `${n(r.tokens)} image output tokens × $${m.imageOutput} per 1M = ${exactUsd(r.exact)} per image.`,
          ),
        );
      else
        f.append(
          el(
            "li",
            "",
            "Token count per image: not published for this model; the published per-image estimate is used.",
          ),
        );
      if (r.published !== undefined) {
        f.append(
          el(
            "li",
            "",
            `OpenAI's published estimate: ${usd(r.published)} per image.${r.agreement ? ` ${AGREEMENT_TEXT[r.agreement]}` : ""}`,
          ),
        );
      }
      if (r.batchApplied && m.batch)
        f.append(el("li", "", `Batch: ${m.batch.discount * 100}% off the standard price.`));
      if (job.partialImages > 0 && r.partialsPerRequest !== undefined)
        f.append(
          el(
            "li",
            "",
            `Partial images: ${job.partialImages} × ${data.partialTokens} tokens × $${m.imageOutput} per 1M${r.batchApplied ? " × Batch discount" : ""} = ${usd(r.partialsPerRequest)} per request.`,
          ),
        );
      f.append(
        el(
          "li",
          "",
          `Total: ${usd(r.perImage)} × ${n(job.imagesPerRequest)} × ${n(job.requests)} requests${job.partialImages > 0 && r.partialsPerRequest !== undefined ? ` + ${usd(r.partialsPerRequest)} × ${n(job.requests)}` : ""} = ${usd(r.total!)}.`,
        ),
      );
      box.append(f);
    }
    for (const note of r.notes) box.append(el("p", "mt-2 text-sm text-amber-800 dark:text-amber-300", note));
    const src = el("div", "mt-3 space-y-1 border-t border-zinc-200 pt-2 dark:border-zinc-800");
    src.append(sourceLine("Price", m.price));
    if (r.tokens !== undefined) src.append(sourceLine("Token count", m.tokensSource));
    if (r.published !== undefined) src.append(sourceLine("Published estimate", m.publishedSource));
    if (r.batchApplied) src.append(sourceLine("Batch discount", m.batch));
    if (job.partialImages > 0) src.append(sourceLine("Partial image tokens", data.partialSource));
    box.append(src);
    return box;
  };

  const fill = (job: Job) => {
    models.forEach((s, i) => (s.value = job.models[i] ?? ""));
    quality.value = job.quality;
    if (isSizeKey(job.size)) size.value = job.size;
    else {
      size.value = "custom";
      custom.value = job.size;
    }
    count.value = String(job.imagesPerRequest);
    requests.value = String(job.requests);
    partials.value = String(job.partialImages);
    batch.checked = job.batch;
  };

  const read = (): Job => {
    const chosen = models.map((s) => s.value).filter((v, i, all) => v && all.indexOf(v) === i);
    return {
      models: chosen.length ? chosen : [data.models[0]!.slug],
      quality: quality.value,
      size:
        size.value === "custom" ? custom.value.trim().toLowerCase().replace(/\s+/g, "").replace("×", "x") : size.value,
      imagesPerRequest: count.value === "" ? NaN : Number(count.value),
      requests: requests.value === "" ? NaN : Number(requests.value),
      partialImages: partials.value === "" ? NaN : Number(partials.value),
      batch: batch.checked,
    };
  };

  const show = (messages: FieldMessage[]) => {
    for (const p of app.querySelectorAll<HTMLElement>("[data-cost-msg]")) {
      p.textContent = messages
        .filter((m) => m.field === p.dataset.costMsg)
        .map((m) => m.message)
        .join(" ");
    }
  };

  const update = (fromForm: boolean) => {
    const raw = read();
    const { job, messages } = clampJob(raw);
    customBox.hidden = size.value !== "custom";
    if (!isSizeKey(job.size)) {
      const problem = customSizeProblem(job.size);
      if (problem) messages.push({ field: "size", message: problem });
    }
    show(messages);
    results.replaceChildren(
      ...job.models.map((slug) =>
        card(
          computeModel(
            data.models.find((m) => m.slug === slug)!,
            job,
            data.partialTokens,
          ),
          job,
        ),
      ),
    );
    if (fromForm) {
      notice.textContent = "";
      const q = jobToQuery(job);
      history.replaceState(null, "", `${location.pathname}${q ? `?${q}` : ""}${location.hash}`);
    }
  };

  const { job, tampered } = jobFromQuery(location.search, data);
  fill(job);
  if (tampered) {
    notice.textContent = "Some settings in this link were not valid, so the calculator shows its defaults for them.";
    history.replaceState(
      null,
      "",
      `${location.pathname}${jobToQuery(job) ? `?${jobToQuery(job)}` : ""}${location.hash}`,
    );
  }
  form.addEventListener("input", () => update(true));
  form.addEventListener("change", () => update(true));
  form.addEventListener("submit", (e) => e.preventDefault());
  app.hidden = false;
  update(false);
}

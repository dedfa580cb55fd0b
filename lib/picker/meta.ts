import type { Resolved } from "./resolve";
import type { PickerView } from "./view";
import { plainText } from "../dated/plain";

export interface StepMeta {
  /** Page title without the site name (the layout's template adds it). */
  title: string;
  /** 50–160 characters. */
  description: string;
  /** The last breadcrumb. */
  crumb: string;
}

const ROOT: StepMeta = {
  title: "Route picker: ChatGPT, Codex, the OpenAI API or a provider",
  description:
    "Answer a few questions about your image job to see which route fits: ChatGPT, Codex, the OpenAI API or a provider, with its route test as a checklist.",
  crumb: "Route picker",
};

const plain = (s: string) => plainText(s).replace(/`/g, "").replace(/\s+/g, " ").trim();

/** Cuts at a sentence end when one fits, else at a word, so a description never stops mid-word. */
export function clampDescription(text: string, max = 160): string {
  const s = plain(text);
  if (s.length <= max) return s;
  let out = "";
  for (const sentence of s.split(/(?<=[.!?])\s+/)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (next.length > max) break;
    out = next;
  }
  if (out.length >= 50) return out;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}

/** Title, description and breadcrumb of the page for one step of the picker. */
export function stepMeta(view: PickerView, step: Pick<Resolved, "kind" | "id">): StepMeta {
  if (step.kind === "outcome") {
    const o = view.outcomes.get(step.id);
    if (!o) return ROOT;
    return {
      title: `Route picker result: ${plain(o.title)}`,
      description: clampDescription(o.why),
      crumb: plain(o.title),
    };
  }
  const q = view.questions.get(step.id);
  if (!q) return ROOT;
  // The first question is the picker's own page; a sound tree never leads back to it.
  if (q.id === view.graph.start) return { ...ROOT, crumb: plain(q.question) };
  let text = plain(`${q.question} ${q.help ?? ""}`);
  if (text.length < 50) text += " Pick the answer that fits your image job to narrow down the route.";
  return { title: `Route picker: ${plain(q.question)}`, description: clampDescription(text), crumb: plain(q.question) };
}

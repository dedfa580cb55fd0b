import type { PickerGraph } from "./graph";

/** Where a sequence of answers leads: a question still to answer, or an outcome. */
export interface Resolved {
  kind: "question" | "outcome";
  /** Question or outcome id. */
  id: string;
  /** The answers that lead here (empty at the first question). */
  answers: string[];
}

/** Answer ids are slugs; the URL joins them with dots (`?route=product-feature.single-prompt`). */
const ROUTE_PARAM = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const MAX_PARAM_LENGTH = 400;

/**
 * Follows answer ids from the first question. Anything that does not walk the tree exactly (an unknown
 * id, an answer after an outcome, too many answers) lands on the first question: a tampered link
 * quietly starts over instead of showing an error.
 */
export function resolveAnswers(graph: PickerGraph, answers: readonly string[]): Resolved {
  const first: Resolved = { kind: "question", id: graph.start, answers: [] };
  // A sound tree never asks more questions than it has; the cap also guards against a cycle.
  if (answers.length > graph.questions.size) return first;
  let current: Resolved = first;
  for (const answer of answers) {
    if (current.kind === "outcome") return first;
    const target = graph.questions.get(current.id)?.get(answer);
    if (!target) return first;
    current = { kind: target.kind, id: target.id, answers: [...current.answers, answer] };
  }
  return current;
}

/** The answer ids in a `?route=` value; anything malformed reads as no answers (the first question). */
export function parseRouteParam(value: string | null | undefined): string[] {
  if (!value || value.length > MAX_PARAM_LENGTH || !ROUTE_PARAM.test(value)) return [];
  return value.split(".");
}

export function formatRouteParam(answers: readonly string[]): string {
  return answers.join(".");
}

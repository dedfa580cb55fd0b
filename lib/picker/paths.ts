import type { PickerGraph, Target } from "./graph";

/** One full walk through the picker: the answers given and the outcome they lead to. */
export interface PickerPath {
  answers: string[];
  outcome: string;
}

/** One page of the picker: the answers so far and what they lead to (a question or an outcome). */
export interface PickerStep {
  answers: string[];
  target: Target;
}

/**
 * Every step reachable from the first question, depth first, parents before children. A question
 * reached by two routes is two steps (its URL holds the answers that led there). A cycle is cut where
 * it closes; the soundness check reports it.
 */
export function enumerateSteps(graph: PickerGraph): PickerStep[] {
  const steps: PickerStep[] = [];
  const visit = (target: Target, answers: string[], onPath: ReadonlySet<string>) => {
    steps.push({ answers, target });
    if (target.kind === "outcome") return;
    const next = new Set(onPath).add(target.id);
    for (const [answer, to] of graph.questions.get(target.id) ?? []) {
      if (to.kind === "question" && next.has(to.id)) continue;
      visit(to, [...answers, answer], next);
    }
  };
  visit({ kind: "question", id: graph.start }, [], new Set());
  return steps;
}

/** Every complete path from the first question to an outcome. */
export function enumeratePaths(graph: PickerGraph): PickerPath[] {
  return enumerateSteps(graph).flatMap((s) =>
    s.target.kind === "outcome" ? [{ answers: s.answers, outcome: s.target.id }] : [],
  );
}

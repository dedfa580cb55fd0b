import type { PickerData } from "../content/schemas/picker";

/** Where an answer leads: the next question, or an outcome. */
export type Target = { kind: "question"; id: string } | { kind: "outcome"; id: string };

/**
 * The decision tree reduced to its edges: question id → answer id → target. Maps, not plain objects,
 * so an answer id from a tampered URL such as "constructor" can never hit Object.prototype.
 * The island builds the same shape from the HTML, so this module stays free of content imports.
 */
export interface PickerGraph {
  start: string;
  questions: ReadonlyMap<string, ReadonlyMap<string, Target>>;
}

/** The target of one answer, or undefined when it names neither or both (the soundness check reports it). */
export function answerTarget(answer: { next?: string; outcome?: string }): Target | undefined {
  if (answer.next && !answer.outcome) return { kind: "question", id: answer.next };
  if (answer.outcome && !answer.next) return { kind: "outcome", id: answer.outcome };
  return undefined;
}

export function toGraph(picker: PickerData): PickerGraph {
  const questions = new Map<string, Map<string, Target>>();
  for (const q of picker.questions) {
    const answers = new Map<string, Target>();
    for (const a of q.answers) {
      const target = answerTarget(a);
      if (target) answers.set(a.id, target);
    }
    questions.set(q.id, answers);
  }
  return { start: picker.start, questions };
}

import type { PickerData } from "../content/schemas/picker";
import { answerTarget } from "./graph";

/** A problem in the decision data, with the path of the field at fault (for located messages). */
export interface TreeProblem {
  path: PropertyKey[];
  message: string;
  fix: string;
}

/** What an outcome's name and guide slugs must resolve against. */
export interface OutcomeRefs {
  names: ReadonlySet<string>;
  guides: ReadonlySet<string>;
}

function duplicates<T extends { id: string }>(items: readonly T[], where: PropertyKey[], what: string): TreeProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [
      { path: [...where, i, "id"], message: `duplicate ${what} id "${item.id}"`, fix: `give each ${what} its own id` },
    ];
  });
}

/**
 * The tree is sound when every answer leads to exactly one existing question or outcome, no walk
 * loops back on itself, every question and outcome can be reached from the start, and every outcome's
 * route has a profile (`routes`: the ids of the route files). Name and guide slugs: checkOutcomeRefs.
 */
export function checkTree(picker: PickerData, routes: ReadonlySet<string>): TreeProblem[] {
  const problems: TreeProblem[] = [
    ...duplicates(picker.questions, ["questions"], "question"),
    ...duplicates(picker.outcomes, ["outcomes"], "outcome"),
  ];
  const questions = new Map(picker.questions.map((q) => [q.id, q]));
  const outcomeIds = new Set(picker.outcomes.map((o) => o.id));
  if (!questions.has(picker.start)) {
    problems.push({
      path: ["start"],
      message: `start question "${picker.start}" does not exist`,
      fix: "set start to the id of a question",
    });
  }

  picker.questions.forEach((q, qi) => {
    problems.push(...duplicates(q.answers, ["questions", qi, "answers"], "answer"));
    q.answers.forEach((a, ai) => {
      const at = ["questions", qi, "answers", ai];
      const target = answerTarget(a);
      if (!target) {
        problems.push({
          path: at,
          message: `answer "${a.id}" must lead to exactly one place`,
          fix: "give it either `next: <question id>` or `outcome: <outcome id>`, not both",
        });
      } else if (target.kind === "question" && !questions.has(target.id)) {
        problems.push({
          path: [...at, "next"],
          message: `answer "${a.id}" leads to unknown question "${target.id}"`,
          fix: "use the id of a question in this file",
        });
      } else if (target.kind === "outcome" && !outcomeIds.has(target.id)) {
        problems.push({
          path: [...at, "outcome"],
          message: `answer "${a.id}" leads to unknown outcome "${target.id}"`,
          fix: "use the id of an outcome in this file",
        });
      }
    });
  });

  // Depth-first walk from the start: a question met again on the current walk closes a cycle.
  const reached = new Set<string>();
  const onWalk = new Set<string>();
  const walk = (id: string) => {
    const q = questions.get(id);
    if (!q) return;
    reached.add(id);
    onWalk.add(id);
    q.answers.forEach((a, ai) => {
      const target = answerTarget(a);
      if (!target) return;
      if (target.kind === "outcome") {
        reached.add(`outcome:${target.id}`);
      } else if (onWalk.has(target.id)) {
        const qi = picker.questions.indexOf(q);
        problems.push({
          path: ["questions", qi, "answers", ai, "next"],
          message: `answer "${a.id}" loops back to question "${target.id}"`,
          fix: "point it at a later question or an outcome",
        });
      } else if (!reached.has(target.id)) {
        walk(target.id);
      }
    });
    onWalk.delete(id);
  };
  walk(picker.start);

  picker.questions.forEach((q, qi) => {
    if (!reached.has(q.id))
      problems.push({
        path: ["questions", qi, "id"],
        message: `question "${q.id}" cannot be reached from the start`,
        fix: "point an answer at it, or remove it",
      });
  });
  picker.outcomes.forEach((o, oi) => {
    const at = ["outcomes", oi];
    if (!reached.has(`outcome:${o.id}`))
      problems.push({
        path: [...at, "id"],
        message: `outcome "${o.id}" cannot be reached from the start`,
        fix: "point an answer at it, or remove it",
      });
    if (!routes.has(o.route))
      problems.push({
        path: [...at, "route"],
        message: `outcome "${o.id}" names route "${o.route}", which has no profile`,
        fix: `add content/routes/${o.route}.yaml`,
      });
  });
  return problems;
}

/**
 * Every name and guide an outcome links to exists. The content check reports these through its
 * general reference check; tests call this one directly.
 */
export function checkOutcomeRefs(picker: PickerData, refs: OutcomeRefs): TreeProblem[] {
  const problems: TreeProblem[] = [];
  picker.outcomes.forEach((o, oi) => {
    const at = ["outcomes", oi];
    o.names.forEach((n, i) => {
      if (!refs.names.has(n))
        problems.push({
          path: [...at, "names", i],
          message: `unknown name slug "${n}"`,
          fix: "use a slug from content/names/ (the file name without .yaml)",
        });
    });
    o.guides.forEach((g, i) => {
      if (!refs.guides.has(g))
        problems.push({
          path: [...at, "guides", i],
          message: `unknown guide slug "${g}"`,
          fix: "use a slug from content/guides/ (the file name without .mdx)",
        });
    });
  });
  return problems;
}

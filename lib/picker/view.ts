/**
 * The picker as pages render it: questions with their answers, outcomes with their route, names,
 * guides and checklist already resolved. Server-only (reads content through the loaders).
 */
import { cache } from "react";
import { getGuides } from "../content/guides";
import { getNameMap, type NameRecord } from "../content/names";
import { getPicker } from "../content/picker";
import { getRoute, type Route } from "../content/routes";
import { absoluteUrl } from "../site";
import { checklistMarkdown } from "./checklist";
import { plainText } from "../dated/plain";
import { answerTarget, toGraph, type PickerGraph, type Target } from "./graph";
import { enumerateSteps, type PickerStep } from "./paths";
import { recommendableOnly } from "./recommendable";

export interface AnswerView {
  id: string;
  label: string;
  hint?: string;
  target: Target;
}

export interface QuestionView {
  id: string;
  question: string;
  help?: string;
  answers: AnswerView[];
}

export interface OutcomeView {
  id: string;
  title: string;
  why: string;
  route: Route;
  /** Only names that may be recommended as of the build date. */
  names: NameRecord[];
  guides: Array<{ href: string; title: string }>;
  routeTest: string[];
  extraChecks: string[];
  checklist: string;
}

export interface PickerView {
  graph: PickerGraph;
  questions: Map<string, QuestionView>;
  outcomes: Map<string, OutcomeView>;
}

export const getPickerView = cache((): PickerView => {
  const picker = getPicker();
  const names = getNameMap();
  const guides = new Map(getGuides().map((g) => [g.slug, g]));
  const questions = new Map(
    picker.questions.map((q): [string, QuestionView] => [
      q.id,
      {
        id: q.id,
        question: q.question,
        help: q.help,
        answers: q.answers.flatMap((a) => {
          const target = answerTarget(a);
          return target ? [{ id: a.id, label: a.label, hint: a.hint, target }] : [];
        }),
      },
    ]),
  );
  const outcomes = new Map(
    picker.outcomes.map((o): [string, OutcomeView] => {
      const route = getRoute(o.route);
      if (!route)
        throw new Error(`content/picker.yaml: outcome "${o.id}" names route "${o.route}", which has no profile`);
      return [
        o.id,
        {
          id: o.id,
          title: o.title,
          why: o.why,
          route,
          names: recommendableOnly(o.names, (slug) => names.get(slug)),
          guides: o.guides.flatMap((slug) => {
            const g = guides.get(slug);
            return g ? [{ href: g.url, title: g.title }] : [];
          }),
          routeTest: route.routeTest,
          extraChecks: o.extraChecks,
          checklist: checklistMarkdown({
            title: o.title,
            routeName: route.name,
            routeUrl: absoluteUrl(route.url),
            // The copied checklist is plain Markdown: dated wording is resolved for the build date.
            routeTest: route.routeTest.map((t) => plainText(t)),
            extraChecks: o.extraChecks.map((t) => plainText(t)),
            whatToLog: route.whatToLog.map((t) => plainText(t)),
          }),
        },
      ];
    }),
  );
  return { graph: toGraph(picker), questions, outcomes };
});

/** Every step and outcome page, each with the first path that reaches its question or outcome (its canonical page). */
export function getPickerSteps(): Array<PickerStep & { canonical: readonly string[] }> {
  const steps = enumerateSteps(getPickerView().graph);
  const first = new Map<string, string[]>();
  for (const s of steps) {
    const key = `${s.target.kind}:${s.target.id}`;
    if (!first.has(key)) first.set(key, s.answers);
  }
  return steps.map((s) => ({ ...s, canonical: first.get(`${s.target.kind}:${s.target.id}`) ?? s.answers }));
}

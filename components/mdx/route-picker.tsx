import { useId } from "react";
import { LinkQuestion, RadioQuestion } from "@/components/picker/question-step";
import { OutcomePanel } from "@/components/picker/outcome-panel";
import { AnswerTrail, ButtonNav, LinkNav } from "@/components/picker/picker-nav";
import { IslandScript } from "@/components/site/island-script";
import { site } from "@/lib/site";
import { stepMeta } from "@/lib/picker/meta";
import { formatRouteParam, resolveAnswers } from "@/lib/picker/resolve";
import { getPickerView, type AnswerView, type PickerView, type QuestionView } from "@/lib/picker/view";
import { PAGES, stepUrl } from "@/lib/urls";

/** The answers so far as question/answer labels, for the "Your answers" list. */
function trailOf(view: PickerView, answers: readonly string[]) {
  const items: Array<{ question: string; answer: string }> = [];
  let id: string | undefined = view.graph.start;
  for (const answerId of answers) {
    const q: QuestionView | undefined = id ? view.questions.get(id) : undefined;
    const a: AnswerView | undefined = q?.answers.find((x) => x.id === answerId);
    if (!q || !a) break;
    items.push({ question: q.question, answer: a.label });
    id = a.target.kind === "question" ? a.target.id : undefined;
  }
  return items;
}

/**
 * The route picker. The server renders the step for `answers` as plain HTML (answers are links to
 * the next step's static page), plus every question and outcome in <template>s; islands/route-picker.ts
 * swaps the links for radios and moves between steps in place, keeping the answers in `?route=`.
 * `standalone`: on /route-picker/ pages (headings start at h2, and the URL it writes is /route-picker/).
 */
export function RoutePicker({
  answers = [],
  standalone = false,
}: {
  answers?: readonly string[];
  standalone?: boolean;
}) {
  const view = getPickerView();
  const step = resolveAnswers(view.graph, answers);
  const prefix = `rp${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const level = standalone ? 2 : 3;
  const question = step.kind === "question" ? view.questions.get(step.id) : undefined;
  const outcome = step.kind === "outcome" ? view.outcomes.get(step.id) : undefined;
  // Only the standalone pages retitle the document and its last breadcrumb as the reader moves; a guide keeps its own.
  const titleOf = (s: Parameters<typeof stepMeta>[1]) =>
    standalone ? `${stepMeta(view, s).title} · ${site.name}` : undefined;
  const crumbOf = (s: Parameters<typeof stepMeta>[1]) => (standalone ? stepMeta(view, s).crumb : undefined);
  return (
    <div
      data-route-picker=""
      data-start={view.graph.start}
      data-answers={formatRouteParam(step.answers)}
      data-base={standalone ? PAGES.picker : undefined}
      className="not-prose my-8 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900/40"
    >
      <div data-picker-top="">
        {step.answers.length > 0 && (
          <>
            <LinkNav backHref={stepUrl(step.answers.slice(0, -1))} />
            <AnswerTrail items={trailOf(view, step.answers)} />
          </>
        )}
      </div>
      <div data-picker-step="">
        {question && (
          <LinkQuestion question={question} idPrefix={prefix} hrefFor={(a) => stepUrl([...step.answers, a.id])} />
        )}
      </div>
      <div role="status" data-picker-result="">
        {outcome && <OutcomePanel outcome={outcome} level={level} idPrefix={prefix} />}
      </div>

      {/* What the island renders from: the JavaScript version of every step. Inert until cloned. */}
      <template data-picker-nav="">
        <ButtonNav />
        <AnswerTrail items={[{ question: "", answer: "" }]} />
      </template>
      {[...view.questions.values()].map((q) => (
        <template
          key={q.id}
          data-question={q.id}
          data-title={titleOf({ kind: "question", id: q.id })}
          data-crumb={crumbOf({ kind: "question", id: q.id })}
        >
          <RadioQuestion question={q} idPrefix={prefix} />
        </template>
      ))}
      {[...view.outcomes.values()].map((o) => (
        <template
          key={o.id}
          data-outcome={o.id}
          data-title={titleOf({ kind: "outcome", id: o.id })}
          data-crumb={crumbOf({ kind: "outcome", id: o.id })}
        >
          <OutcomePanel outcome={o} level={level} idPrefix={`${prefix}t`} />
        </template>
      ))}
      <IslandScript name="route-picker" />
    </div>
  );
}

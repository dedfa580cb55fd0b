import type { AnswerView, QuestionView } from "@/lib/picker/view";
import { LinkOptions, RadioOptions } from "./answer-options";
import { DatedText } from "@/components/site/dated-text";

const LEGEND = "font-serif text-xl leading-snug font-semibold text-balance text-zinc-900 sm:text-2xl dark:text-white";
const HELP = "mt-2 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300";
/** The row under the options: the Continue button, or (without JavaScript) a hint of the same height. */
const FOOT = "mt-5 flex min-h-11 items-center";

function Legend({ question, helpId }: { question: QuestionView; helpId: string }) {
  return (
    <>
      {/* tabIndex -1: the island moves focus here when a new question appears. */}
      <legend tabIndex={-1} className={LEGEND}>
        <DatedText text={question.question} />
      </legend>
      {question.help && (
        <p id={helpId} className={HELP}>
          <DatedText text={question.help} />
        </p>
      )}
    </>
  );
}

/** A question as static HTML: a fieldset whose answers are links to the next step's page. */
export function LinkQuestion({
  question,
  hrefFor,
  idPrefix,
}: {
  question: QuestionView;
  hrefFor: (a: AnswerView) => string;
  idPrefix: string;
}) {
  const helpId = `${idPrefix}-${question.id}-help`;
  return (
    <div>
      <fieldset aria-describedby={question.help ? helpId : undefined} className="min-w-0">
        <Legend question={question} helpId={helpId} />
        <LinkOptions answers={question.answers} hrefFor={hrefFor} idPrefix={`${idPrefix}-${question.id}`} />
      </fieldset>
      <p className={`${FOOT} text-sm text-zinc-600 dark:text-zinc-400`}>Choose an answer to go to the next step.</p>
    </div>
  );
}

/** The same question for the island: native radios in a form with a Continue button. */
export function RadioQuestion({ question, idPrefix }: { question: QuestionView; idPrefix: string }) {
  const helpId = `${idPrefix}-${question.id}-help-r`;
  return (
    <form data-picker-form="">
      <fieldset aria-describedby={question.help ? helpId : undefined} className="min-w-0">
        <Legend question={question} helpId={helpId} />
        <RadioOptions answers={question.answers} idPrefix={`${idPrefix}-${question.id}-r`} />
      </fieldset>
      <div className={FOOT}>
        <button
          type="submit"
          className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-300 dark:hover:bg-accent-400 inline-flex min-h-11 items-center rounded-lg px-5 font-semibold text-white dark:text-zinc-950"
        >
          Continue
        </button>
      </div>
    </form>
  );
}

import Link from "next/link";
import type { AnswerView } from "@/lib/picker/view";
import { DatedText } from "@/components/site/dated-text";

/*
 * Both kinds of option share one box: the same padding, border, text and a 1rem marker (a radio, or a
 * circle drawn to match it), so the island can swap links for radios without moving anything.
 */
const BOX =
  "flex w-full items-start gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-3 text-left text-zinc-900 transition-colors hover:border-accent-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-accent-400";
const LIST = "mt-4 grid gap-2";

/** The label alone names the option (aria-labelledby); the hint describes it (aria-describedby). */
function OptionText({ answer, id }: { answer: AnswerView; id: string }) {
  return (
    <span className="flex min-w-0 flex-col gap-0.5">
      <span id={`${id}-label`} data-label="" className="leading-snug font-medium">
        {answer.label}
      </span>
      {answer.hint && (
        <span id={`${id}-hint`} data-markdown="hint" className="text-sm leading-snug text-zinc-600 dark:text-zinc-400">
          <DatedText text={answer.hint} />
        </span>
      )}
    </span>
  );
}

/** Without JavaScript: each answer is a link to the static page of the step it leads to. */
export function LinkOptions({
  answers,
  hrefFor,
  idPrefix,
}: {
  answers: AnswerView[];
  hrefFor: (a: AnswerView) => string;
  idPrefix: string;
}) {
  return (
    <ul className={LIST}>
      {answers.map((a) => {
        const id = `${idPrefix}-${a.id}`;
        return (
          <li key={a.id}>
            <Link
              href={hrefFor(a)}
              prefetch={false}
              // A link is named by all its visible text (label and hint), so speech input can say what it sees.
              className={`${BOX} no-underline`}
            >
              <span
                aria-hidden="true"
                className="mt-0.5 size-4 shrink-0 rounded-full border-2 border-zinc-500 bg-white dark:border-zinc-400 dark:bg-zinc-900"
              />
              <OptionText answer={a} id={id} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** With JavaScript: native radios. `data-next`/`data-outcome` carry the tree's edges for the island. */
export function RadioOptions({ answers, idPrefix }: { answers: AnswerView[]; idPrefix: string }) {
  return (
    <div className={LIST}>
      {answers.map((a) => {
        const id = `${idPrefix}-${a.id}`;
        return (
          <label
            key={a.id}
            className={`${BOX} has-checked:border-accent-600 has-checked:bg-accent-50 has-checked:ring-accent-600 dark:has-checked:border-accent-400 dark:has-checked:ring-accent-400 cursor-pointer has-checked:ring-1 dark:has-checked:bg-zinc-800`}
          >
            <input
              type="radio"
              name="answer"
              value={a.id}
              required
              aria-labelledby={`${id}-label`}
              aria-describedby={a.hint ? `${id}-hint` : undefined}
              data-next={a.target.kind === "question" ? a.target.id : undefined}
              data-outcome={a.target.kind === "outcome" ? a.target.id : undefined}
              className="accent-accent-600 dark:accent-accent-400 mt-0.5 size-4 shrink-0"
            />
            <OptionText answer={a} id={id} />
          </label>
        );
      })}
    </div>
  );
}

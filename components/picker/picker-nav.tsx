import Link from "next/link";
import { PAGES } from "@/lib/urls";
import { DatedText } from "@/components/site/dated-text";

const ITEM =
  "inline-flex min-h-11 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-zinc-700 underline-offset-2 hover:bg-zinc-100 hover:text-zinc-900 hover:underline dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white";
const ROW = "-ml-2 flex flex-wrap items-center gap-x-2";

const Arrow = () => (
  <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
    <path d="M12.8 4.2a.75.75 0 0 1 0 1.06L8.06 10l4.74 4.74a.75.75 0 1 1-1.06 1.06l-5.27-5.27a.75.75 0 0 1 0-1.06l5.27-5.27a.75.75 0 0 1 1.06 0Z" />
  </svg>
);

/** Without JavaScript: Back is a link to the previous step's page. */
export function LinkNav({ backHref }: { backHref: string }) {
  return (
    <div className={ROW}>
      <Link href={backHref} prefetch={false} className={ITEM}>
        <Arrow />
        Back
      </Link>
      <Link href={PAGES.picker} prefetch={false} className={ITEM}>
        Start over
      </Link>
    </div>
  );
}

/** With JavaScript: the same controls as buttons; the island moves between steps in place. */
export function ButtonNav() {
  return (
    <div className={ROW}>
      <button type="button" data-picker-back="" className={ITEM}>
        <Arrow />
        Back
      </button>
      <button type="button" data-picker-restart="" className={ITEM}>
        Start over
      </button>
    </div>
  );
}

/** The answers given so far, folded away so the current question stays near the top on a phone. */
export function AnswerTrail({ items }: { items: Array<{ question: string; answer: string }> }) {
  return (
    <details data-picker-trail="" className="mt-1 mb-4 text-sm text-zinc-700 dark:text-zinc-300">
      <summary className="cursor-pointer py-1 font-medium">
        Your answers (<span data-picker-count="">{items.length}</span>)
      </summary>
      <ol className="mt-2 space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
        {items.map((t) => (
          <li key={t.question}>
            <span className="block text-zinc-600 dark:text-zinc-400">
              <DatedText text={t.question} />
            </span>
            <span className="block font-medium text-zinc-900 dark:text-zinc-100">{t.answer}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

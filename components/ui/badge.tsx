import type { ReactNode } from "react";

const tones = {
  neutral: "bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600",
  green:
    "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  amber: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  red: "bg-rose-50 text-rose-800 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800",
  blue: "bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  violet: "bg-violet-50 text-violet-800 ring-violet-300 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({
  tone = "neutral",
  title,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  children: ReactNode;
}) {
  // Not held on one line: the longest status ("Reported shut down on August 30, 2026 (secondary sources)")
  // is wider than a phone's column and made phones lay the whole page out wider; a badge wraps only then.
  // The corner radius is half of one line's height (1rem of text plus 2 × 0.125rem of padding), not
  // rounded-full: one line is still a pill, and a badge that wraps in a narrow table column becomes a
  // rounded box instead of a tall capsule.
  return (
    <span
      data-markdown="label"
      title={title}
      className={`inline-flex items-center rounded-[0.625rem] px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

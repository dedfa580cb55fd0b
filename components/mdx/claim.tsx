import type { ReactNode } from "react";

const LABELS = {
  secondary: "Secondary source",
  unverified: "Unverified",
} as const;

/** Wraps a claim that rests on secondary sources or is unverified, with a visible label. */
export function Claim({ level, children }: { level: keyof typeof LABELS; children: ReactNode }) {
  return (
    <span className="rounded-sm bg-amber-50 decoration-amber-400 dark:bg-amber-950/40">
      {/* The label is for readers of the page; search snippets show the claim itself. */}
      <span
        data-pagefind-ignore=""
        data-markdown="label"
        className="mr-1 inline-block rounded-sm bg-amber-200 px-1 align-[0.1em] text-[0.7em] font-semibold tracking-wide text-amber-950 uppercase dark:bg-amber-800 dark:text-amber-50"
      >
        {LABELS[level]}
        {/* The margin sets the label off on screen; this sets it off in copied text and for screen readers,
            which would otherwise read "Secondary sourceIts". A space would let a line end after the label. */}
        <span className="sr-only">: </span>
      </span>
      {children}
    </span>
  );
}

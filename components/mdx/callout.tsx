import type { ReactNode } from "react";

const KINDS = {
  note: { label: "Note", className: "border-sky-400 bg-sky-50 dark:border-sky-700 dark:bg-sky-950/40" },
  changed: {
    label: "What changed",
    className: "border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-zinc-900",
  },
  warning: { label: "Warning", className: "border-amber-500 bg-amber-50 dark:border-amber-600 dark:bg-amber-950/40" },
} as const;

export function Callout({
  kind = "note",
  title,
  children,
}: {
  kind?: keyof typeof KINDS;
  title?: string;
  children: ReactNode;
}) {
  const k = KINDS[kind];
  return (
    <aside className={`my-6 rounded-r-lg border-l-4 px-4 py-3 ${k.className}`} aria-label={title ?? k.label}>
      {/* Bold in the Markdown twin too, where the callout is a blockquote (lib/markdown/twin.ts). */}
      <p data-markdown="label" className="!mt-0 !mb-1 font-semibold text-zinc-900 dark:text-white">
        {title ?? k.label}
      </p>
      <div className="[&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </aside>
  );
}

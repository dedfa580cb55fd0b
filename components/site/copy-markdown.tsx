import { IslandScript } from "@/components/site/island-script";

/**
 * The page's Markdown twin: a plain link that works without JavaScript, and a "Copy as Markdown" button
 * the copy-markdown island reveals. Left out of the twin itself (data-markdown="skip").
 */
export function CopyMarkdown({ href }: { href: string }) {
  return (
    <div data-copy-markdown="" data-markdown="skip" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <a href={href} type="text/markdown" className="underline underline-offset-2">
        Markdown version
      </a>
      <button
        type="button"
        hidden
        className="rounded-md border border-zinc-300 px-2 py-0.5 font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        Copy as Markdown
      </button>
      <span role="status" className="text-zinc-600 dark:text-zinc-400" />
      <IslandScript name="copy-markdown" />
    </div>
  );
}

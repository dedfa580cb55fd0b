import { useId, type ReactNode } from "react";
import { getName } from "@/lib/content/names";
import { StatusWords } from "@/components/site/status-badge";
import { DatedText } from "@/components/site/dated-text";

/**
 * An inline link to a name page with its one-line definition as a tooltip (hover, focus; islands/term.ts
 * adds tap and Escape). The definition is read from the glossary, never written in the guide.
 */
export function Term({ slug, children }: { slug: string; children?: ReactNode }) {
  const id = useId();
  const name = getName(slug);
  if (!name) throw new Error(`<Term slug="${slug}">: no glossary entry content/names/${slug}.yaml`);
  const tipId = `term-${slug}-${id.replace(/[^a-zA-Z0-9]/g, "")}`;
  return (
    <span className="term" data-term="">
      <a href={name.url} aria-describedby={tipId} className="decoration-dotted decoration-1 underline-offset-2">
        {children ?? name.name}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        <span className="block font-semibold text-zinc-900 dark:text-white">{name.name}</span>
        <span className="mt-1 block">
          <DatedText text={name.definition} />
        </span>
        <span className="mt-1.5 block text-xs text-zinc-500 dark:text-zinc-400">
          <StatusWords name={name} />
        </span>
      </span>
    </span>
  );
}

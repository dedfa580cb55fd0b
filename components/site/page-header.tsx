import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

/**
 * The top of a section index page (/guides/, /names/, /routes/, /timeline/, /search/): breadcrumbs from
 * Home to the section, the page's one h1, and a short intro, so every index opens the same way.
 */
export function PageHeader({ section, title, children }: { section: Crumb; title: string; children: ReactNode }) {
  return (
    <>
      <Breadcrumbs trail={[section]} />
      <h1 className="mt-6 font-serif text-3xl font-semibold tracking-tight text-zinc-900 sm:text-4xl dark:text-white">
        {title}
      </h1>
      <p className="mt-3 max-w-3xl text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">{children}</p>
    </>
  );
}

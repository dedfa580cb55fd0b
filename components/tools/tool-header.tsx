import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { SearchMeta } from "@/components/site/search-meta";
import { PAGES } from "@/lib/urls";

/** The top of a tool page: Home › Tools › the tool, its h1 and a one-paragraph intro. */
export function ToolHeader({
  href,
  title,
  crumb,
  summary,
  children,
}: {
  href: string;
  title: string;
  crumb: string;
  summary: string;
  children: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: PAGES.tools, label: "Tools" },
          { href, label: crumb },
        ]}
      />
      <SearchMeta type="Tool" summary={summary} />
      <h1 className="mt-6 font-serif text-3xl font-semibold tracking-tight text-zinc-900 sm:text-4xl dark:text-white">
        {title}
      </h1>
      <div className="mt-3 max-w-3xl text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">{children}</div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/site/page-header";
import { SearchMeta } from "@/components/site/search-meta";
import { pageMetadata } from "@/lib/seo/metadata";
import { TOOLS } from "@/lib/tools/catalog";
import { PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Developer tools for OpenAI image models",
  description:
    "Scan code for OpenAI image model ids and their status, estimate image costs, check which model supports what, and copy ready-made requests.",
  path: PAGES.tools,
});

export default function ToolsIndex() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12" data-pagefind-body="">
      <SearchMeta type="Tool" summary="Scanner, cost calculator, capability matrix and copy-ready requests." />
      <PageHeader section={{ href: PAGES.tools, label: "Tools" }} title="Developer tools">
        For developers with code in hand: find the model ids that need a change, price a job, check what a model
        supports and copy a request that works. Every figure comes from the same dated, sourced data as the guides.
      </PageHeader>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {TOOLS.map((t) => (
          <li
            key={t.href}
            className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-950"
          >
            <h2 className="font-serif text-xl font-semibold text-zinc-900 dark:text-white">
              <Link href={t.href} className="underline-offset-2 hover:underline">
                {t.title}
              </Link>
            </h2>
            <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t.blurb}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

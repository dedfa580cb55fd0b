import Link from "next/link";
import { breadcrumbList, type Crumb } from "@/lib/seo/jsonld";
import { PAGES } from "@/lib/urls";
import { JsonLd } from "./json-ld";

export type { Crumb };

/** Every trail starts at the home page; callers give only what lies below it. */
const HOME: Crumb = { href: PAGES.home, label: "Home" };

/** Visible breadcrumbs; the same list feeds the BreadcrumbList JSON-LD, so they can never disagree. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const items = [HOME, ...trail];
  return (
    <>
      <JsonLd things={[breadcrumbList(items)]} />
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
          {items.map((item, i) => {
            const last = i === items.length - 1;
            return (
              <li key={item.href} className="flex items-center gap-x-1.5">
                {last ? (
                  <span aria-current="page" className="text-zinc-900 dark:text-zinc-100">
                    {item.label}
                  </span>
                ) : (
                  <>
                    <Link
                      href={item.href}
                      className="underline-offset-2 hover:text-zinc-900 hover:underline dark:hover:text-white"
                    >
                      {item.label}
                    </Link>
                    <span aria-hidden="true" className="text-zinc-400">
                      /
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </>
  );
}

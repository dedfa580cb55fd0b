import type { Metadata } from "next";
import Link from "next/link";
import { RouteTable } from "@/components/mdx/route-table";
import { PageHeader } from "@/components/site/page-header";
import { RouteCards } from "@/components/site/route-cards";
import { PAGES } from "@/lib/urls";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Routes: ChatGPT, Codex, the OpenAI API and providers",
  description:
    "Profiles of the four routes to OpenAI image generation: who each is for, when to stop, who owns the limits and the bill, and an editorial scorecard.",
  path: PAGES.routes,
});

export default function RoutesIndex() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader section={{ href: PAGES.routes, label: "Routes" }} title="Routes">
        The same image models sit behind four doors, each with its own account, limits and invoice. Each profile says
        who the route is for, when to leave it and what to record. Not sure which fits?{" "}
        <Link
          href={PAGES.picker}
          className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
        >
          Try the route picker
        </Link>
        .
      </PageHeader>
      <div className="mt-8">
        <RouteCards headingLevel={2} />
      </div>
      <section aria-labelledby="compare" className="mt-12">
        <h2 id="compare" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
          Who owns the limits and the bill
        </h2>
        <RouteTable columns={["route", "limits", "bill", "whereToLook"]} caption="Limits and billing by route" />
      </section>
    </div>
  );
}

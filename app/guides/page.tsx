import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { GuideCard } from "@/components/article/guide-card";
import { getGuides } from "@/lib/content/guides";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Guides",
  description:
    "Every GPT Image Field Guide explainer: what OpenAI's image names mean, how they are billed and which route to use, each with its last-verified date.",
  path: "/guides/",
});

export default function GuidesIndex() {
  const guides = getGuides();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/guides/", label: "Guides" },
        ]}
      />
      <h1 className="mt-6 font-serif text-3xl font-semibold tracking-tight text-zinc-900 sm:text-4xl dark:text-white">
        Guides
      </h1>
      <p className="mt-3 max-w-2xl text-lg text-zinc-700 dark:text-zinc-300">
        Short answers first, then the detail: each guide cites its sources and says when it was last checked.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {guides.map((g) => (
          <li key={g.slug} className="flex">
            <GuideCard guide={g} headingLevel={2} />
          </li>
        ))}
      </ul>
    </div>
  );
}

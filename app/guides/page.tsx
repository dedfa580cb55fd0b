import type { Metadata } from "next";
import { PageHeader } from "@/components/site/page-header";
import { GuideCard } from "@/components/article/guide-card";
import { getGuides } from "@/lib/content/guides";
import { pageMetadata } from "@/lib/seo/metadata";
import { PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Guides",
  description:
    "Every GPT Image Field Guide explainer: what OpenAI's image names mean, how they are billed and which route to use, each with its last-verified date.",
  path: PAGES.guides,
});

export default function GuidesIndex() {
  const guides = getGuides();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader section={{ href: PAGES.guides, label: "Guides" }} title="Guides">
        Short answers first, then the detail: each guide cites its sources and says when it was last checked.
      </PageHeader>
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

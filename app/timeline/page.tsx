import Link from "next/link";
import type { Metadata } from "next";
import { TimelineList } from "@/components/mdx/timeline-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { asOfDate, formatDate } from "@/lib/as-of";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Timeline of OpenAI image model releases and shutdowns",
  description:
    "Every dated release, deprecation notice and shutdown of OpenAI's image names, from DALL·E 3 to GPT Image 2.6, in order and with the source of each date.",
  path: "/timeline/",
});

export default function TimelinePage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/timeline/", label: "Timeline" },
        ]}
      />
      <h1 className="mt-6 font-serif text-3xl font-semibold tracking-tight text-zinc-900 sm:text-4xl dark:text-white">
        Timeline
      </h1>
      <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">
        Every dated event in the{" "}
        <Link href="/names/" className="underline underline-offset-2">
          names glossary
        </Link>
        , oldest first: releases, deprecation notices and shutdowns. Each date shows its source and whether that source
        is OpenAI&apos;s own or secondary. Built as of {formatDate(asOfDate())}.
      </p>
      <div className="mt-8">
        <TimelineList headingLevel={2} />
      </div>
    </div>
  );
}

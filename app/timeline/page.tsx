import Link from "next/link";
import type { Metadata } from "next";
import { TimelineList } from "@/components/mdx/timeline-list";
import { PageHeader } from "@/components/site/page-header";
import { SubscribeLinks } from "@/components/site/subscribe-links";
import { timelineSubscriptions } from "@/lib/outputs/subscriptions";
import { asOfDate, formatDate } from "@/lib/as-of";
import { pageMetadata } from "@/lib/seo/metadata";
import { PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Timeline of OpenAI image model releases and shutdowns",
  description:
    "Every dated release, deprecation notice and shutdown of OpenAI's image names, from DALL·E 3 to GPT Image 2.6, in order and with the source of each date.",
  path: PAGES.timeline,
});

export default function TimelinePage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader section={{ href: PAGES.timeline, label: "Timeline" }} title="Timeline">
        Every dated event in the{" "}
        <Link href={PAGES.names} className="underline underline-offset-2">
          names glossary
        </Link>
        , oldest first: releases, deprecation notices and shutdowns. Each date shows its source and whether that source
        is OpenAI&apos;s own or secondary. Built as of {formatDate(asOfDate())}.
      </PageHeader>
      <div className="mt-8">
        <TimelineList headingLevel={2} />
      </div>
      <SubscribeLinks id="subscribe" links={timelineSubscriptions()}>
        Get shutdown dates into your calendar, or new events into your feed reader. Each name page also offers a feed
        and a calendar of its own.
      </SubscribeLinks>
    </div>
  );
}

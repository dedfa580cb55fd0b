import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { GuideCard } from "@/components/article/guide-card";
import { LayerMap } from "@/components/mdx/layer-map";
import { NameTable } from "@/components/mdx/name-table";
import { JsonLd } from "@/components/site/json-ld";
import { RecentChanges } from "@/components/site/recent-changes";
import { RouteCards } from "@/components/site/route-cards";
import { ShutdownWatch } from "@/components/site/shutdown-watch";
import { getGuides } from "@/lib/content/guides";
import { getHome } from "@/lib/content/home";
import { website } from "@/lib/seo/jsonld";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { TOOLS } from "@/lib/tools/catalog";
import { guideUrl, NAMES_INDEX_IDS, PAGES, withId } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  // The root page sits beside the layout, so the title template does not apply: the site name is written here.
  title: `${site.name}: OpenAI image names and routes, explained`,
  description:
    "What each OpenAI image name means, from GPT Image and gpt-image-2 to ChatGPT Images and DALL·E, and which route to use: ChatGPT, Codex, the API or a provider.",
  path: "/",
});

/** One band of the home page: a heading with a one-line intro and, where there is more, a link to it. */
function HomeSection({
  id,
  title,
  intro,
  more,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  more?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-14">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="max-w-2xl">
          <h2 id={id} className="font-serif text-2xl font-semibold text-zinc-900 sm:text-3xl dark:text-white">
            {title}
          </h2>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">{intro}</p>
        </div>
        {more && (
          <Link
            href={more.href}
            className="text-accent-700 dark:text-accent-300 text-sm font-medium underline-offset-2 hover:underline"
          >
            {more.label} →
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

export default function HomePage() {
  // Newest first; the full list lives on /guides/ so the home page stays light however many guides exist.
  const guides = getGuides().slice(0, 6);
  const { featuredNames } = getHome();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 lg:py-14">
      <JsonLd things={[website()]} />
      <section className="max-w-3xl">
        <h1 className="font-serif text-4xl leading-tight font-semibold tracking-tight text-balance text-zinc-900 sm:text-5xl dark:text-white">
          Which OpenAI image name is which, and where should you use it?
        </h1>
        <p className="mt-5 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
          OpenAI names the same image technology at several layers at once: a model family, numbered API models, dated
          snapshots, a moving alias, ChatGPT feature names and an older brand. This guide keeps them apart, dates every
          status, and tells you which route fits your job.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href={withId(PAGES.names, NAMES_INDEX_IDS.lookup)}
            className="rounded-lg bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200"
          >
            Look up a name
          </Link>
          <Link
            href={PAGES.picker}
            className="rounded-lg border border-zinc-300 px-4 py-2.5 font-medium text-zinc-900 hover:border-zinc-500 dark:border-zinc-700 dark:text-white dark:hover:border-zinc-500"
          >
            Pick a route
          </Link>
        </div>
      </section>

      <HomeSection
        id="names-at-a-glance"
        title="The names people mix up most"
        intro="Each row is read from the glossary; the status is computed from dated lifecycle facts."
        more={{ href: PAGES.names, label: "All names" }}
      >
        <NameTable
          names={featuredNames}
          columns={["name", "layer", "status", "definition"]}
          caption="Frequently confused names, with their layer and status"
        />
      </HomeSection>

      <HomeSection
        id="layer-map"
        title="How the names fit together"
        intro="Family, models and snapshots on the engine side; ChatGPT's feature names on the app side; and what replaced what."
      >
        <LayerMap />
      </HomeSection>

      <HomeSection
        id="shutdowns"
        title="Shutdowns: coming up and just past"
        intro="Every API name with a shutdown date ahead or in the last 90 days, with the replacement OpenAI names. Each status follows the calendar."
        more={{ href: guideUrl("dall-e-to-gpt-image-2-6"), label: "Migration guide" }}
      >
        <ShutdownWatch />
      </HomeSection>

      <HomeSection
        id="recent-changes"
        title="What changed lately"
        intro="The newest lifecycle events from the glossary: what is due next, then the latest releases and retirements."
        more={{ href: PAGES.timeline, label: "Full timeline" }}
      >
        <div className="mt-5">
          <RecentChanges />
        </div>
      </HomeSection>

      <HomeSection
        id="developer-tools"
        title="Tools for developers"
        intro="Code in hand? Find the ids that need a change, price a job, check what a model supports and copy a request."
        more={{ href: PAGES.tools, label: "All tools" }}
      >
        <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {TOOLS.map((t) => (
            <li
              key={t.href}
              className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-950"
            >
              <Link
                href={t.href}
                className="font-semibold text-zinc-900 underline-offset-2 hover:underline dark:text-white"
              >
                {t.short}
              </Link>
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t.blurb}</p>
            </li>
          ))}
        </ul>
      </HomeSection>

      <HomeSection
        id="guides"
        title="Guides"
        intro="Short answers first, then the detail, each with its sources and last-verified date."
        more={{ href: PAGES.guides, label: "All guides" }}
      >
        <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {guides.map((g) => (
            <li key={g.slug} className="flex">
              <GuideCard guide={g} />
            </li>
          ))}
        </ul>
      </HomeSection>

      <HomeSection
        id="routes"
        title="Four routes to an image"
        intro="ChatGPT, Codex, the OpenAI API and providers each have their own limits, bill and logs. Editorial scores, with reasons, on each profile."
        more={{ href: PAGES.picker, label: "Use the route picker" }}
      >
        <div className="mt-5">
          <RouteCards />
        </div>
      </HomeSection>
    </div>
  );
}

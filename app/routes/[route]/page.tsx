import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { LinkList } from "@/components/article/link-list";
import { PageDates } from "@/components/article/page-dates";
import { SourcesList } from "@/components/article/sources-list";
import { Toc } from "@/components/article/toc";
import { OwnerList } from "@/components/routes/owner-list";
import { RouteList } from "@/components/routes/route-list";
import { OverallScore } from "@/components/routes/score";
import { Scorecard } from "@/components/routes/scorecard";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { SearchMeta } from "@/components/site/search-meta";
import { StatusBadge } from "@/components/site/status-badge";
import { DatedText } from "@/components/site/dated-text";
import { getGuides } from "@/lib/content/guides";
import { getNameMap } from "@/lib/content/names";
import { getRoute, getRoutes } from "@/lib/content/routes";
import { resolveSources } from "@/lib/content/sources";
import { clampDescription } from "@/lib/picker/meta";
import { recommendableOnly } from "@/lib/picker/recommendable";
import { PAGES } from "@/lib/urls";
import { pageMetadata } from "@/lib/seo/metadata";
import { plainText } from "@/lib/dated/plain";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoutes().map((r) => ({ route: r.id }));
}

type Props = { params: Promise<{ route: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = getRoute((await params).route);
  if (!route) return {};
  return pageMetadata({
    title: `${route.name} route profile`,
    description: clampDescription(plainText(route.verdict)),
    path: route.url,
  });
}

const SECTIONS = [
  { id: "who-it-is-for", text: "Who it is for" },
  { id: "use-it-when", text: "Use it when" },
  { id: "stop-when", text: "Stop when" },
  { id: "limits-and-bill", text: "Who owns the limits and the bill" },
  { id: "scorecard", text: "Editorial scorecard" },
  { id: "route-test", text: "The route test" },
  { id: "what-to-log", text: "What to log" },
  { id: "names", text: "Names on this route" },
] as const;
type SectionId = (typeof SECTIONS)[number]["id"];

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  const title = SECTIONS.find((s) => s.id === id)?.text;
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="scroll-mt-4 font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        {title}
      </h2>
      {children}
    </section>
  );
}

const PROSE = "mt-3 leading-relaxed text-zinc-800 dark:text-zinc-200";
const LIST =
  "mt-4 space-y-2 pl-5 leading-relaxed text-zinc-800 marker:text-zinc-600 dark:marker:text-zinc-400 dark:text-zinc-200";

export default async function RouteProfilePage({ params }: Props) {
  const route = getRoute((await params).route);
  if (!route) notFound();
  const names = recommendableOnly(route.names, (slug) => getNameMap().get(slug));
  const guides = new Map(getGuides().map((g) => [g.slug, g]));
  const reading = route.guides.flatMap((slug) => {
    const g = guides.get(slug);
    return g ? [{ href: g.url, label: g.title, hint: g.description }] : [];
  });
  const sections = SECTIONS.filter((s) => s.id !== "names" || names.length > 0);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/routes/", label: "Routes" },
          { href: route.url, label: route.name },
        ]}
      />
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
        <article className="min-w-0" data-pagefind-body="">
          <SearchMeta type="Route" category={route.category} />
          <header className="max-w-3xl">
            <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
              Route profile · {route.category}
            </p>
            <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold tracking-tight text-balance text-zinc-900 sm:text-4xl dark:text-white">
              {route.name}
            </h1>
            <div className="mt-4" data-pagefind-ignore="">
              <PageDates lastVerified={route.lastVerified} />
            </div>
          </header>

          <div className="border-accent-300 bg-accent-50 dark:border-accent-700 mt-8 max-w-3xl rounded-xl border px-5 py-4 sm:flex sm:items-start sm:gap-6 dark:bg-zinc-900">
            <div className="min-w-0 flex-1">
              <h2 className="text-accent-800 dark:text-accent-300 text-xs font-bold tracking-widest uppercase">
                Verdict
              </h2>
              <p className="mt-2 text-lg leading-relaxed text-zinc-900 dark:text-zinc-100">
                <DatedText text={route.verdict} />
              </p>
            </div>
            <div className="border-accent-300 dark:border-accent-700 mt-4 shrink-0 border-t pt-3 sm:mt-0 sm:border-t-0 sm:border-l sm:pt-0 sm:pl-6">
              <p className="text-accent-800 dark:text-accent-300 text-xs font-bold tracking-widest uppercase">
                Editorial score
              </p>
              <div className="mt-1">
                <OverallScore value={route.overall} size="lg" />
              </div>
              <a
                href="#scorecard"
                className="text-accent-800 dark:text-accent-300 mt-2 inline-block text-sm underline underline-offset-2"
              >
                How it is scored
              </a>
            </div>
          </div>

          <div className="max-w-3xl">
            <Section id="who-it-is-for">
              <p className={PROSE}>
                <DatedText text={route.whoItIsFor} />
              </p>
              <p className={PROSE}>
                <strong className="font-semibold text-zinc-900 dark:text-white">The job: </strong>
                <DatedText text={route.job} />
              </p>
            </Section>
            <Section id="use-it-when">
              <ul className={`${LIST} list-disc`}>
                {route.useItWhen.map((u) => (
                  <li key={u}>
                    <DatedText text={u} />
                  </li>
                ))}
              </ul>
              <p className={PROSE}>
                <strong className="font-semibold text-zinc-900 dark:text-white">Why this route: </strong>
                <DatedText text={route.why} />
              </p>
            </Section>
            <Section id="stop-when">
              <p className={PROSE}>
                <DatedText text={route.stopWhen} />
              </p>
            </Section>
            <Section id="limits-and-bill">
              <OwnerList route={route} />
            </Section>
            <Section id="scorecard">
              <p className={PROSE}>
                Five factors decide a route once two routes can make a similar image: control, repeatability, file
                ownership, billing clarity and recovery path. The ratings are ours, with the reason for each.
              </p>
              <Scorecard route={route} />
            </Section>
            <Section id="route-test">
              <p className={PROSE}>Run this once, on one real job, before you commit to the route.</p>
              <ol className={`${LIST} list-decimal`}>
                {route.routeTest.map((t) => (
                  <li key={t}>
                    <DatedText text={t} />
                  </li>
                ))}
              </ol>
              <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
                The{" "}
                <a
                  href={PAGES.picker}
                  className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
                >
                  route picker
                </a>{" "}
                adds the checks for your exact job and copies the whole list as a Markdown checklist.
              </p>
            </Section>
            <Section id="what-to-log">
              <ul className={`${LIST} list-disc`}>
                {route.whatToLog.map((w) => (
                  <li key={w}>
                    <DatedText text={w} />
                  </li>
                ))}
              </ul>
            </Section>
            {names.length > 0 && (
              <Section id="names">
                <ul className="mt-4 flex flex-wrap gap-2">
                  {names.map((n) => (
                    <li
                      key={n.slug}
                      className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 px-3 py-1.5 text-sm dark:border-zinc-800"
                    >
                      <a href={n.url} className="font-medium underline-offset-2 hover:underline">
                        {n.name}
                      </a>
                      <StatusBadge name={n} />
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <LinkList title="Guides to read" id="guides" links={reading} />
            <SourcesList sources={resolveSources(route.sources)} />
            <section aria-labelledby="other-routes" className="mt-12">
              <h2 id="other-routes" className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
                Other routes
              </h2>
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
                Editorial scores out of 10, from the same five factors.
              </p>
              <div className="mt-4">
                <RouteList exclude={route.id} />
              </div>
            </section>
          </div>
        </article>
        <aside className="hidden lg:block">
          <div className="sticky top-6">
            <Toc
              headings={[
                ...sections.map((s) => ({ id: s.id, text: s.text, depth: 2 as const })),
                { id: "sources", text: "Sources", depth: 2 },
              ]}
            />
          </div>
        </aside>
      </div>
    </div>
  );
}

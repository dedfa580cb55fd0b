import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkList } from "@/components/article/link-list";
import { SourcesList } from "@/components/article/sources-list";
import { Toc } from "@/components/article/toc";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { getGuides } from "@/lib/content/guides";
import { getNameMap } from "@/lib/content/names";
import { getRoute, getRoutes } from "@/lib/content/routes";
import { resolveSources } from "@/lib/content/sources";
import { clampDescription } from "@/lib/picker/meta";
import { recommendableOnly } from "@/lib/picker/recommendable";
import { pageMetadata } from "@/lib/seo/metadata";
import { plainText } from "@/lib/dated/plain";
import { ARTICLE_IDS, PAGES, ROUTE_SECTIONS } from "@/lib/urls";
import { OtherRoutes } from "./_components/other-routes";
import { RouteAdvice } from "./_components/route-advice";
import { RouteChecks } from "./_components/route-checks";
import { RouteHeader } from "./_components/route-header";
import { RouteNames } from "./_components/route-names";

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

/** A route profile reads top to bottom: verdict, advice, checks, names, reading, sources, the other routes. */
export default async function RouteProfilePage({ params }: Props) {
  const route = getRoute((await params).route);
  if (!route) notFound();
  const names = recommendableOnly(route.names, (slug) => getNameMap().get(slug));
  const guides = new Map(getGuides().map((g) => [g.slug, g]));
  const reading = route.guides.flatMap((slug) => {
    const g = guides.get(slug);
    return g ? [{ href: g.url, label: g.title, hint: g.description }] : [];
  });
  // The contents list the titled sections the page shows ("names" only when a name is left to recommend).
  const contents = [
    ...ROUTE_SECTIONS.filter((s) => s.id !== "names" || names.length > 0).map((s) => ({
      id: s.id,
      text: s.text,
      depth: 2 as const,
    })),
    { id: ARTICLE_IDS.sources, text: "Sources", depth: 2 as const },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <Breadcrumbs
        trail={[
          { href: PAGES.routes, label: "Routes" },
          { href: route.url, label: route.name },
        ]}
      />
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
        <article className="min-w-0" data-pagefind-body="">
          <RouteHeader route={route} />
          <div className="max-w-3xl">
            <RouteAdvice route={route} />
            <RouteChecks route={route} />
            <RouteNames names={names} />
            <LinkList title="Guides to read" id={ARTICLE_IDS.guides} links={reading} />
            <SourcesList sources={resolveSources(route.sources)} />
            <OtherRoutes exclude={route.id} />
          </div>
        </article>
        <aside className="hidden lg:block">
          <div className="sticky top-6">
            <Toc headings={contents} />
          </div>
        </aside>
      </div>
    </div>
  );
}

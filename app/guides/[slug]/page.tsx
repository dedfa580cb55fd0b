import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { CopyMarkdown } from "@/components/site/copy-markdown";
import { IslandScript } from "@/components/site/island-script";
import { Faq } from "@/components/article/faq";
import { MdxContent } from "@/components/article/mdx-content";
import { LinkList } from "@/components/article/link-list";
import { PageDates } from "@/components/article/page-dates";
import { ShortAnswer } from "@/components/article/short-answer";
import { SourcesList } from "@/components/article/sources-list";
import { Toc } from "@/components/article/toc";
import { StatusBadge } from "@/components/site/status-badge";
import { mdxComponents } from "@/components/mdx/registry";
import { getGuideBody } from "@/lib/content/guide-body";
import { getGuide, getGuides } from "@/lib/content/guides";
import { guidesToRender } from "@/lib/content/render-set";
import { getNameMap } from "@/lib/content/names";
import { resolveSources } from "@/lib/content/sources";
import { GUIDE_IDS, markdownTwinPath, PAGES } from "@/lib/urls";
import { pageMetadata } from "@/lib/seo/metadata";
import { article, faqPage } from "@/lib/seo/jsonld";
import { JsonLd } from "@/components/site/json-ld";
import { SearchMeta } from "@/components/site/search-meta";
import { plainText } from "@/lib/dated/plain";

export const dynamicParams = false;

export function generateStaticParams() {
  return guidesToRender(getGuides()).map((g) => ({ slug: g.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return pageMetadata({
    title: guide.title,
    description: plainText(guide.description),
    path: guide.url,
    type: "article",
    published: guide.published,
    modified: guide.updated,
    markdown: markdownTwinPath(guide.url),
  });
}

export default async function GuidePage({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  const { code, headings } = await getGuideBody(guide.slug);
  const sources = resolveSources(guide.sources);
  const names = getNameMap();
  const all = new Map(getGuides().map((g) => [g.slug, g]));
  const related = guide.related.flatMap((s) => {
    const g = all.get(s);
    return g ? [{ href: g.url, label: g.title, hint: g.description }] : [];
  });
  const crumbs = [
    { href: PAGES.guides, label: "Guides" },
    { href: guide.url, label: guide.title },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <JsonLd
        things={[
          article({
            title: guide.title,
            description: guide.description,
            path: guide.url,
            published: guide.published,
            modified: guide.updated,
          }),
          ...(guide.faq.length ? [faqPage(guide.faq)] : []),
        ]}
      />
      <Breadcrumbs trail={crumbs} />
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
        <article className="min-w-0" data-pagefind-body="">
          <SearchMeta type="Guide" />
          <header className="max-w-3xl">
            <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">Guide</p>
            <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold tracking-tight text-balance text-zinc-900 sm:text-4xl dark:text-white">
              {guide.title}
            </h1>
            <div className="mt-4" data-pagefind-ignore="">
              <PageDates
                published={guide.published}
                updated={guide.updated}
                lastVerified={guide.lastVerified}
                readingMinutes={guide.readingMinutes}
              />
            </div>
            <div className="mt-3">
              <CopyMarkdown href={markdownTwinPath(guide.url)!} />
            </div>
          </header>
          <div className="mt-8 max-w-3xl">
            <ShortAnswer text={guide.shortAnswer} />
          </div>
          <div className="prose prose-zinc dark:prose-invert prose-headings:font-serif prose-headings:font-semibold prose-a:decoration-accent-600/40 prose-a:underline-offset-2 prose-code:before:content-none prose-code:after:content-none mt-10 max-w-3xl">
            <MdxContent code={code} components={mdxComponents({ sources })} />
          </div>
          <div className="max-w-3xl">
            {guide.names.length > 0 && (
              <section aria-labelledby={GUIDE_IDS.namesCovered} className="mt-12">
                <h2
                  id={GUIDE_IDS.namesCovered}
                  className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white"
                >
                  Names in this guide
                </h2>
                <ul className="mt-4 flex flex-wrap gap-2">
                  {guide.names.flatMap((slug) => {
                    const n = names.get(slug);
                    return n
                      ? [
                          <li
                            key={slug}
                            className="flex items-center gap-2 rounded-lg border border-zinc-200 px-3 py-1.5 text-sm dark:border-zinc-800"
                          >
                            <a href={n.url} className="font-medium underline-offset-2 hover:underline">
                              {n.name}
                            </a>
                            <StatusBadge name={n} />
                          </li>,
                        ]
                      : [];
                  })}
                </ul>
              </section>
            )}
            <Faq items={guide.faq} />
            <SourcesList sources={sources} />
            <LinkList title="Next steps" id={GUIDE_IDS.nextSteps} links={guide.nextSteps} />
            <LinkList title="Related guides" id={GUIDE_IDS.related} links={related} />
          </div>
        </article>
        <aside className="hidden lg:block">
          <div className="sticky top-6">
            <Toc headings={headings} />
          </div>
        </aside>
      </div>
      <IslandScript name="term" />
    </div>
  );
}

import type { ReactNode } from "react";
import { Faq } from "@/components/article/faq";
import { LinkList } from "@/components/article/link-list";
import { PageDates } from "@/components/article/page-dates";
import { ShortAnswer } from "@/components/article/short-answer";
import { SourcesList } from "@/components/article/sources-list";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { SearchAliases, SearchMeta } from "@/components/site/search-meta";
import { StatusBadge } from "@/components/site/status-badge";
import { getGuides } from "@/lib/content/guides";
import { getNameMap, type NameRecord } from "@/lib/content/names";
import { modelData } from "@/lib/content/model-data";
import { getSources, resolveSources } from "@/lib/content/sources";
import { BatchTable } from "@/components/site/batch-table";
import { LAYER_INFO } from "@/lib/names/layers";
import { statusText } from "@/lib/names/status";
import { definedTerm, faqPage } from "@/lib/seo/jsonld";
import { REQUEST_MODELS } from "@/lib/tools/requests";
import Link from "next/link";
import { CopyMarkdown } from "@/components/site/copy-markdown";
import { SubscribeLinks } from "@/components/site/subscribe-links";
import { ARTICLE_IDS, markdownTwinPath, NAME_IDS, NAME_SECTIONS, nameUrl, PAGES, requestsUrl } from "@/lib/urls";
import { nameParts } from "@/lib/names/page-parts";
import { nameSubscriptions } from "@/lib/outputs/subscriptions";
import { AtAGlance } from "./at-a-glance";
import { StatusBadgeEmbed } from "./status-badge-embed";
import { Lifecycle } from "./lifecycle";
import { NamePrices } from "./name-prices";
import { NameSnapshots } from "./name-snapshots";
import { NameWarning } from "./name-warning";
import { Relations } from "./relations";
import { DatedText } from "@/components/site/dated-text";
import { plainText } from "@/lib/dated/plain";

type SectionKey = keyof typeof NAME_SECTIONS;

/** One titled section; its id and title come from lib/urls.ts, which the content check reads too. */
function Section({ of, children }: { of: SectionKey; children: ReactNode }) {
  const { id, title } = NAME_SECTIONS[of];
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="font-serif text-2xl font-semibold text-zinc-900 dark:text-white">
        {title}
      </h2>
      <div className="mt-3 leading-relaxed text-zinc-800 dark:text-zinc-200">{children}</div>
    </section>
  );
}

const MAX_GUIDES = 6;

/** A self-contained landing page for one name: the answer first, then the detail, all from its glossary entry. */
export function NameArticle({ name }: { name: NameRecord }) {
  const all = getNameMap();
  const link = (slug: string) => ({ slug, name: all.get(slug)?.name ?? slug, url: nameUrl(slug) });
  // Newest first, and only the first few: a name every guide mentions would otherwise grow its page with the site.
  const mentioning = getGuides().filter((g) => g.names.includes(name.slug));
  const guides = mentioning.slice(0, MAX_GUIDES).map((g) => ({ href: g.url, label: g.title, hint: g.description }));
  const moreGuides =
    mentioning.length > MAX_GUIDES
      ? { href: PAGES.guides, label: `All guides (${mentioning.length} mention ${name.name})` }
      : undefined;
  const data = modelData(name.slug);
  const has = nameParts(name, {
    prices: Boolean(data.tokens || data.perImage.length || data.batch),
    guides: mentioning.length > 0,
  });
  const crumbs = [
    { href: PAGES.names, label: "Names" },
    { href: name.url, label: name.name },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <JsonLd things={[definedTerm(name), ...(name.faq.length ? [faqPage(name.faq)] : [])]} />
      <Breadcrumbs trail={crumbs} />
      <article className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12" data-pagefind-body="">
        <SearchMeta
          type="Name"
          layer={LAYER_INFO[name.layer].label}
          status={statusText(name.status)}
          summary={plainText(name.definition)}
        />
        <SearchAliases forms={[name.name, name.apiId, name.slug, ...name.aliases]} />
        <div className="max-w-3xl min-w-0">
          <header>
            <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
              {LAYER_INFO[name.layer].label}
              {name.notOpenAI ? " · not an OpenAI name" : ""}
            </p>
            <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold tracking-tight break-words text-zinc-900 sm:text-4xl dark:text-white">
              {name.name}
            </h1>
            <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
              <StatusBadge name={name} />
              {name.apiId && (
                <span className="text-sm text-zinc-700 dark:text-zinc-300">
                  API id{" "}
                  <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[0.9em] dark:bg-zinc-800">
                    {name.apiId}
                  </code>
                </span>
              )}
            </p>
            <div className="mt-4" data-pagefind-ignore="">
              <PageDates lastVerified={name.lastVerified} />
            </div>
            <div className="mt-3">
              <CopyMarkdown href={markdownTwinPath(name.url)!} />
            </div>
          </header>
          <NameWarning name={name} />
          <div className="mt-6">
            <ShortAnswer text={name.definition} />
          </div>
          <div className="mt-6 lg:hidden">
            <AtAGlance name={name} id={NAME_IDS.atAGlance} />
          </div>
          <Section of="whereYouSeeIt">
            <p>
              <DatedText text={name.whereYouSeeIt} />
            </p>
          </Section>
          <Section of="whatItMeans">
            <p>
              <DatedText text={name.meaning} />
            </p>
          </Section>
          {has.prices && (
            <Section of="prices">
              <NamePrices name={name} data={data} />
            </Section>
          )}
          {has.snapshots && (
            <Section of="snapshots">
              <NameSnapshots name={name} all={all} />
            </Section>
          )}
          <Section of="useItWhen">
            <p>
              <DatedText text={name.useItWhen} />
            </p>
          </Section>
          {has.batchSupport && (
            <Section of="batchSupport">
              <BatchTable />
            </Section>
          )}
          {has.notToBeConfusedWith && (
            <Section of="notToBeConfusedWith">
              <ul className="space-y-3">
                {name.notToBeConfusedWith.map((c) => (
                  <li key={c.slug}>
                    <a href={link(c.slug).url} className="font-semibold underline underline-offset-2">
                      {link(c.slug).name}
                    </a>
                    : <DatedText text={c.why} />
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section of="relations">
            <Relations name={name} all={all} />
          </Section>
          <Section of="lifecycle">
            <Lifecycle name={name} sources={getSources()} />
          </Section>
          {has.forDevelopers && (
            <Section of="forDevelopers">
              <ul className="list-disc space-y-1 pl-5">
                <li>
                  <Link href={PAGES.scan} className="underline underline-offset-2">
                    Scan your code
                  </Link>{" "}
                  for {name.apiId ?? name.name} and other image model ids, with their status today.
                </li>
                {REQUEST_MODELS.some((m) => m === name.slug) && (
                  <li>
                    <Link href={requestsUrl(name.slug)} className="underline underline-offset-2">
                      Copy-ready requests for {name.apiId}
                    </Link>{" "}
                    in curl, Python and JavaScript.
                  </li>
                )}
                {!name.notOpenAI && (
                  <li>
                    <Link href={PAGES.capabilities} className="underline underline-offset-2">
                      Capability matrix
                    </Link>{" "}
                    and{" "}
                    <Link href={PAGES.cost} className="underline underline-offset-2">
                      cost calculator
                    </Link>
                    .
                  </li>
                )}
              </ul>
            </Section>
          )}
          <SubscribeLinks id={NAME_IDS.subscribe} links={nameSubscriptions(name)}>
            Follow {name.name} without visiting: a feed reader shows each lifecycle event and reminders 30 and 7 days
            before a scheduled shutdown; the calendar adds its dates with alarms 30, 7 and 1 days before a shutdown.
          </SubscribeLinks>
          <StatusBadgeEmbed name={name} />
          <Faq items={name.faq} />
          <LinkList title="Guides that mention it" id={ARTICLE_IDS.guides} links={guides} more={moreGuides} />
          <SourcesList sources={resolveSources(name.sources)} />
        </div>
        {/* The same box as above the article on phones: indexed once, so snippets do not repeat it. */}
        <aside className="hidden lg:block" data-pagefind-ignore="" data-markdown="skip">
          <div className="sticky top-6">
            <AtAGlance name={name} id={NAME_IDS.atAGlanceSide} />
          </div>
        </aside>
      </article>
    </div>
  );
}

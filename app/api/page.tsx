import type { Metadata } from "next";
import { RecordTable, type ColumnSpec } from "@/components/ui/data-table";
import { PageHeader } from "@/components/site/page-header";
import { API_CHANGELOG } from "@/lib/api/changelog";
import { apiEndpoints, apiExamples } from "@/lib/api/reference";
import { asOfDate, formatDate } from "@/lib/as-of";
import { pageMetadata } from "@/lib/seo/metadata";
import { PAGES } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "JSON API, Markdown, feeds and calendars",
  description:
    "The glossary as data: a versioned JSON API with JSON Schemas, Markdown twins and llms.txt, an Atom feed and calendar per name, and status badges.",
  path: PAGES.api,
});

const H2 = "mt-12 font-serif text-2xl font-semibold text-zinc-900 dark:text-white";
const P = "mt-3 leading-relaxed text-zinc-800 dark:text-zinc-200";
const PRE =
  "mt-3 max-h-[28rem] overflow-auto rounded-md bg-zinc-100 p-3 font-mono text-xs leading-relaxed text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100";
const CODE = "rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.875em] dark:bg-zinc-800";
const LINK = "underline underline-offset-2";

/** A documented path, linked to a real file when it has no placeholder. */
function PathCell({ path, link }: { path: string; link?: string }) {
  return link ? (
    <a href={link} className={LINK}>
      <code>{path}</code>
    </a>
  ) : (
    <code>{path}</code>
  );
}

/** The two columns every file table on this page starts with: the path (linked when it has one) and what it holds. */
const FILE_COLUMNS: ReadonlyArray<ColumnSpec<{ path: string; link?: string; what: string }>> = [
  { key: "path", label: "Path", cell: (f) => <PathCell path={f.path} link={f.link} /> },
  { key: "what", label: "What it holds", cell: (f) => f.what },
];

/** Documentation of every machine-readable file the site publishes, with examples built from the same code. */
export default function ApiPage() {
  const examples = apiExamples(asOfDate());
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <PageHeader section={{ href: PAGES.api, label: "API" }} title="JSON API, Markdown, feeds and calendars">
        Everything on this site is also published as files a program can read: the glossary and guides as JSON, every
        page as Markdown, and feeds, calendars and badges for each name. They are static files rebuilt with the site,
        from the same records as the pages; statuses are computed as of {formatDate(asOfDate())}.
      </PageHeader>

      <h2 id="endpoints" className={H2}>
        JSON endpoints (format v1)
      </h2>
      <p className={P}>
        Every document carries <code className={CODE}>apiVersion</code>, the <code className={CODE}>asOf</code> date its
        statuses were computed for, and a link to this page. Lifecycle dates are raw{" "}
        <code className={CODE}>YYYY-MM-DD</code> values with their sources, so a client can work out a status for its
        own date. Responses allow any origin (<code className={CODE}>Access-Control-Allow-Origin: *</code>) and may be
        cached for five minutes.
      </p>
      <RecordTable
        caption="Endpoints and their JSON Schemas"
        columns={[
          ...FILE_COLUMNS,
          {
            key: "schema",
            label: "Schema",
            cell: (e) => (
              <a href={e.schema} className={LINK}>
                {e.schemaLabel}
              </a>
            ),
          },
        ]}
        rows={apiEndpoints()}
        rowKey={(e) => e.path}
      />

      <h2 id="example-name" className={H2}>
        Example: one name
      </h2>
      <p className={P}>
        An excerpt of{" "}
        <a href={examples.name.path} className={LINK}>
          <code>{examples.name.path}</code>
        </a>
        : the status as of the build and the raw dates it was derived from.
      </p>
      <pre className={PRE} tabIndex={0}>
        <code>{examples.name.json}</code>
      </pre>

      <h2 id="status-rules" className={H2}>
        Working out a status for another date
      </h2>
      <ol className="mt-3 list-decimal space-y-1 pl-6 leading-relaxed text-zinc-800 dark:text-zinc-200">
        <li>
          <code className={CODE}>notOpenAI</code> true: <code className={CODE}>not-openai</code>.
        </li>
        <li>
          A <code className={CODE}>released</code> date after your date: <code className={CODE}>upcoming</code>.
        </li>
        <li>
          A <code className={CODE}>shutDown</code> date on or before your date: <code className={CODE}>shut-down</code>,
          labelled &quot;Shut down&quot; (reported, when its <code className={CODE}>dateVerified</code> is
          &quot;no&quot;).
        </li>
        <li>
          Otherwise a <code className={CODE}>shutdownScheduled</code> date on or before your date:{" "}
          <code className={CODE}>shut-down</code>, labelled &quot;Shutdown date passed&quot;: the date has passed, and
          nobody recorded the shutdown as seen.
        </li>
        <li>
          A scheduled shutdown after your date, once its <code className={CODE}>deprecationAnnounced</code> date (if
          any) is on or before your date: <code className={CODE}>shutdown-scheduled</code>.
        </li>
        <li>
          <code className={CODE}>verification</code> &quot;no&quot;: <code className={CODE}>unverified</code>.
        </li>
        <li>
          A name in <code className={CODE}>relations.supersededBy</code> released on or before your date:{" "}
          <code className={CODE}>previous</code>. Otherwise: <code className={CODE}>current</code>.
        </li>
      </ol>

      <h2 id="errors" className={H2}>
        Errors
      </h2>
      <p className={P}>
        A path under <code className={CODE}>/api/v1/</code> that does not exist, such as a name that is not in the
        glossary, answers 404 with this JSON body (a copy is at{" "}
        <a href={examples.notFound.path} className={LINK}>
          <code>{examples.notFound.path}</code>
        </a>
        ). Other paths answer with the site&apos;s 404 page.
      </p>
      <pre className={PRE} tabIndex={0}>
        <code>{examples.notFound.json}</code>
      </pre>

      <h2 id="markdown" className={H2}>
        Markdown twins and llms.txt
      </h2>
      <p className={P}>
        Every guide and name page has a Markdown twin beside it: <code className={CODE}>/guides/&lt;slug&gt;.md</code>{" "}
        and <code className={CODE}>/names/&lt;slug&gt;.md</code>, made from the page itself, so it has the same text,
        dates, tables (as Markdown tables) and sources (as links). Each page names its twin in a{" "}
        <code className={CODE}>&lt;link rel=&quot;alternate&quot; type=&quot;text/markdown&quot;&gt;</code> tag and a{" "}
        <code className={CODE}>Link</code> header, and offers a &quot;Markdown version&quot; link. For language models,{" "}
        <a href={examples.llms} className={LINK}>
          <code>/llms.txt</code>
        </a>{" "}
        lists the site&apos;s pages one per line and{" "}
        <a href={examples.llmsFull} className={LINK}>
          <code>/llms-full.txt</code>
        </a>{" "}
        holds every guide and name.
      </p>

      <h2 id="feeds-calendars" className={H2}>
        Feeds, calendars and badges
      </h2>
      <RecordTable
        caption="Files per name and for the whole glossary"
        columns={FILE_COLUMNS}
        rows={examples.files}
        rowKey={(f) => f.path}
      />

      <h2 id="changelog" className={H2}>
        Changelog
      </h2>
      <ul className="mt-3 space-y-4">
        {API_CHANGELOG.map((c) => (
          <li key={`${c.version}-${c.date}`}>
            <p className="font-semibold text-zinc-900 dark:text-white">
              {c.version}, <time dateTime={c.date}>{formatDate(c.date)}</time>
            </p>
            <ul className="mt-1 list-disc space-y-1 pl-6 text-zinc-800 dark:text-zinc-200">
              {c.changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className={P}>
        A change that could break a client (a field removed or renamed, a meaning changed) gets a new version under a
        new path (<code className={CODE}>/api/v2/</code>); v1 keeps its shape. New fields may be added to v1.
      </p>
    </div>
  );
}

import { formatDate, isStale, STALE_AFTER_DAYS } from "@/lib/as-of";

export { STALE_AFTER_DAYS };

export function PageDates({
  published,
  updated,
  lastVerified,
  readingMinutes,
}: {
  published?: string;
  updated?: string;
  lastVerified: string;
  readingMinutes?: number;
}) {
  const stale = isStale(lastVerified);
  return (
    <div className="text-sm text-zinc-600 dark:text-zinc-400">
      <dl className="flex flex-wrap gap-x-5 gap-y-1">
        {published && (
          <div className="flex gap-1.5">
            <dt>Published</dt>
            <dd>
              <time dateTime={published}>{formatDate(published)}</time>
            </dd>
          </div>
        )}
        {updated && (
          <div className="flex gap-1.5">
            <dt>Updated</dt>
            <dd>
              <time dateTime={updated}>{formatDate(updated)}</time>
            </dd>
          </div>
        )}
        <div className="flex gap-1.5">
          <dt>Last verified</dt>
          <dd>
            <time dateTime={lastVerified} data-last-verified="">
              {formatDate(lastVerified)}
            </time>
          </dd>
        </div>
        {readingMinutes !== undefined && (
          <div className="flex gap-1.5">
            <dt className="sr-only">Reading time</dt>
            <dd>{readingMinutes} min read</dd>
          </div>
        )}
      </dl>
      {stale && (
        <p
          role="note"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200"
        >
          This page may be out of date: it was last verified more than {STALE_AFTER_DAYS} days ago. Check the sources
          below before relying on it.
        </p>
      )}
    </div>
  );
}

import { dayDiff } from "./dated/markers";

/**
 * The build's "as of" date. Every status (current, shut down, ...) is computed against it, so a name
 * flips to "shut down" on the first build after its date without anyone editing content.
 * SITE_AS_OF pins it (tests do); otherwise it is today in UTC.
 */
export function asOfDate(): string {
  const pinned = process.env.SITE_AS_OF;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned))) {
      throw new Error(`SITE_AS_OF must be a date written as YYYY-MM-DD, got "${pinned}"`);
    }
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export { dayDiff as daysBetween } from "./dated/markers";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
/** "2026-04-21" → "April 21, 2026" */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** Content last verified longer ago than this (against the as-of date) is flagged: a check warning and a note on the page. */
export const STALE_AFTER_DAYS = 90;

export function isStale(lastVerified: string, asOf: string = asOfDate()): boolean {
  return dayDiff(lastVerified, asOf) > STALE_AFTER_DAYS;
}

import { dayDiff } from "./dated/markers";

/**
 * The build's "as of" date. Every status (current, shut down, ...) is computed against it, so a name
 * flips to "shut down" on the first build after its date without anyone editing content.
 * SITE_AS_OF pins it (tests do); otherwise it is today in UTC.
 */
export function asOfDate(): string {
  const pinned = process.env.SITE_AS_OF;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) {
      throw new Error(`SITE_AS_OF must be a date written as YYYY-MM-DD, got "${pinned}"`);
    }
    if (!isCalendarDate(pinned)) throw new Error(`SITE_AS_OF "${pinned}" is not a real calendar date`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

/** Whole days between two dates, and the long date format: pure, in lib/dates.ts (islands import them). */
export { daysBetween, formatDate } from "./dates";

/**
 * True for a YYYY-MM-DD string that names a day on the calendar. A round trip, because Date.parse
 * accepts 2026-02-30 and rolls it over to March 2.
 */
export function isCalendarDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
}

/** Content last verified longer ago than this (against the as-of date) is flagged: a check warning and a note on the page. */
export const STALE_AFTER_DAYS = 90;

export function isStale(lastVerified: string, asOf: string = asOfDate()): boolean {
  return dayDiff(lastVerified, asOf) > STALE_AFTER_DAYS;
}

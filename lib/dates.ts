/**
 * Calendar helpers with no environment access, so browser islands can import them (lib/as-of.ts reads
 * process.env for the build date and re-exports these for server code).
 */

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export { dayDiff as daysBetween } from "./dated/markers";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
/** "2026-04-21" → "April 21, 2026" */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

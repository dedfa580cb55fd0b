import { glossaryDates } from "../dated/plain";
import { resolveDated, type DateLookup } from "../dated/markers";
import { contentDir } from "../content/paths";

/**
 * The glossary's dates, read once per content folder: outputText runs for every string of every
 * document, and outside a production Next build the name loader does not memoise.
 */
let dates: { dir: string; lookup: DateLookup } | undefined;
function glossary(): DateLookup {
  const dir = contentDir();
  if (dates?.dir !== dir) dates = { dir, lookup: glossaryDates() };
  return dates.lookup;
}

/**
 * Every content text that leaves the site in a machine format (JSON, feeds, calendars, badges,
 * llms.txt) passes through here, so dated markers (lib/dated, `{{slug.event: …}}`) are worded for the
 * build's as-of date in one place, as `plainText` does. Markdown twins need no call: they are made from
 * the rendered page, where markers are already resolved.
 */
export function outputText(text: string, asOf: string): string {
  return text.includes("{{") ? resolveDated(text, asOf, glossary()) : text;
}
/** A JSON-ready value with every string resolved by `outputText` (ids and URLs carry no markers, so they pass unchanged). */
// The casts keep `T`: only strings change, and only into strings, which a generic return type cannot express.
export function resolveTexts<T>(value: T, asOf: string): T {
  if (typeof value === "string") return outputText(value, asOf) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => resolveTexts(v, asOf)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveTexts(v, asOf)])) as T;
  }
  return value;
}

/**
 * Every content text that leaves the site in a machine format (JSON, Markdown, feeds, calendars,
 * badges, llms.txt) passes through here, so dated wording is resolved for the build's as-of date in
 * one place. Content text may carry dated markers (lib/dated, issue 12); until that module is merged
 * this is the identity, and the merge swaps in its `plainText` on the one line below.
 */
export function outputText(text: string, _asOf: string): string {
  return text;
}

/** A JSON-ready value with every string resolved by `outputText` (ids and URLs carry no markers, so they pass unchanged). */
export function resolveTexts<T>(value: T, asOf: string): T {
  if (typeof value === "string") return outputText(value, asOf) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => resolveTexts(v, asOf)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveTexts(v, asOf)])) as T;
  }
  return value;
}

import { plainText } from "../dated/plain";

/**
 * Every content text that leaves the site in a machine format (JSON, feeds, calendars, badges,
 * llms.txt) passes through here, so dated markers (lib/dated) are worded for the build's as-of date in
 * one place. Markdown twins need no call: they are made from the rendered page, where markers are resolved.
 */
export function outputText(text: string, asOf: string): string {
  return plainText(text, asOf);
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

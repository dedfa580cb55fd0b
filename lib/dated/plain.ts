import { asOfDate } from "../as-of";
import { getNames } from "../content/names";
import { lifecycleLookup } from "./lookup";
import { resolveDated, type DateLookup } from "./markers";

/** The glossary's dates, for resolving markers on the server. */
export function glossaryDates(): DateLookup {
  return lifecycleLookup(getNames());
}

/**
 * Content text with its dated markers worded for the build's as-of date, as plain text: for meta
 * descriptions, Open Graph cards, JSON-LD, feeds, the search index and other formats that cannot
 * re-evaluate on the reader's clock (pages use <DatedText>, which can).
 */
export function plainText(text: string, asOf: string = asOfDate()): string {
  return resolveDated(text, asOf, glossaryDates());
}

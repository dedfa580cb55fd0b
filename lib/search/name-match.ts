/**
 * The first answer for a typed name, shared by the header search and the /names/ "Look up a name" field
 * so both lead with the same page for the same text: the glossary resolver (lib/names/resolve.ts) run on
 * the query. A recorded name leads; a query the resolver can only classify (another platform's spelling,
 * a reseller ending, an unrecorded snapshot, "gpt-5 image", "latest") leads with its offer and says why.
 * Pure and browser-safe: both islands bundle it; the server builds the index in lib/search/names-index.ts.
 */
import type { LookupEntry } from "../names/lookup-index";
import type { Resolution, Resolver, Verdict } from "../names/resolve";
import { tokens } from "../names/spelling";
import { NAME_PRICES_ID, withId } from "../urls";

export interface SearchNameEntry extends LookupEntry {
  definition: string;
  /** The name page has a Prices section (NAME_PRICES_ID), for queries that ask what it costs. */
  hasPrices?: boolean;
}

/** Why the first answer is an offer rather than the name typed, in the reader's words. */
export function verdictText(v: Verdict): string {
  // Most important words first: search results show two lines of it on a phone.
  switch (v.kind) {
    case "platform-spelling":
      return `Not OpenAI's spelling: OpenAI's id is ${v.official}. Some platforms write hyphens for its dots.`;
    case "reseller-pattern":
      return `Not an OpenAI name: “${v.ending}” is a reseller's ending.${v.official ? ` OpenAI's id is ${v.official}.` : ""}`;
    case "unknown-snapshot":
      return `No source records this snapshot. Shown instead: ${v.model} and any snapshots that are recorded.`;
    case "mainline-model":
      return `${v.model} is a mainline model, not an image model: it makes images through the Responses API's image_generation tool.`;
    case "newest":
      return "The newest generation in our records comes first.";
  }
}

export interface FirstAnswer<E extends LookupEntry> {
  entry: E;
  /** Set when the answer is an offer: the reason, to show instead of the definition. */
  note?: string;
}

/** The page both search fields lead with, or undefined when the query is not about one name. */
export function firstAnswer<E extends LookupEntry>(r: Resolution<E>): FirstAnswer<E> | undefined {
  const top = r.matches[0];
  if (!top || (!r.found && !r.verdict)) return undefined;
  return r.verdict ? { entry: top.entry, note: verdictText(r.verdict) } : { entry: top.entry };
}

const PRICE_WORDS = new Set(["price", "prices", "pricing", "cost", "costs", "much", "billing", "batch"]);

/** A price question about a name ("gpt-image-2 price") lands on that page's Prices section. */
export function answerUrl(entry: SearchNameEntry, query: string): string {
  return entry.hasPrices && tokens(query).some((t) => PRICE_WORDS.has(t))
    ? withId(entry.url, NAME_PRICES_ID)
    : entry.url;
}

export function pinnedName(resolve: Resolver<SearchNameEntry>, query: string) {
  return firstAnswer(resolve(query, 6));
}

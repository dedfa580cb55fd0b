/**
 * A minimal Atom 1.0 (RFC 4287) writer: typed entries in, a well-formed document out. Every text
 * goes through `xml()`, so a title with "<" or "&" cannot break the feed.
 */
export interface AtomEntry {
  /** A permanent IRI that never changes for this entry. */
  id: string;
  title: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  /** YYYY-MM-DD */
  updated: string;
  published?: string;
  summary: string;
  /** Longer plain text, when there is more to say than the summary. */
  content?: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the site. */
  home: string;
  author: string;
  entries: AtomEntry[];
}

export function xml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Content dates are days; Atom wants a full timestamp, so a date means its first second in UTC. */
export const atomDate = (day: string) => `${day}T00:00:00Z`;

function entry(e: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${xml(e.id)}</id>`,
    `    <title type="text">${xml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
    ...(e.published ? [`    <published>${atomDate(e.published)}</published>`] : []),
    `    <updated>${atomDate(e.updated)}</updated>`,
    ...(e.categories ?? []).map((c) => `    <category term="${xml(c)}"/>`),
    `    <summary type="text">${xml(e.summary)}</summary>`,
    ...(e.content ? [`    <content type="text">${xml(e.content)}</content>`] : []),
    "  </entry>",
  ].join("\n");
}

/** Entries newest first; the feed's own `updated` is its newest entry's date (a content date, never the build time). */
export function atomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title),
  );
  const updated = entries[0]?.updated ?? "1970-01-01";
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xml(feed.id)}</id>`,
    `  <title type="text">${xml(feed.title)}</title>`,
    `  <subtitle type="text">${xml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.home)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${xml(feed.author)}</name><uri>${xml(feed.home)}</uri></author>`,
    ...entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}

/**
 * Atom 1.0 (RFC 4287) documents through the maintained `feed` package, behind the site's own small
 * types: the site feed (lib/seo/feed.ts) and each name's feed (lib/subscribe/name-feed.ts) use these.
 * `feed` writes entry titles and summaries as `type="html"` inside CDATA, so every text is HTML-escaped
 * first: a "<" in a name reads as a character, never as markup, and "]]>" can never close the CDATA.
 */
import { Feed } from "feed";

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
  /** Absolute URL of the site or page the feed follows. */
  home: string;
  author: string;
  entries: AtomEntry[];
  /** YYYY-MM-DD for a feed with no entries (a content date, never the build time). */
  emptyUpdated?: string;
}

/** Plain text as HTML text: the five characters that could read as markup or close a CDATA section. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Content dates are days; Atom wants a full timestamp, so a date means its first second in UTC. */
export const atomDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Entries newest first; the feed's own `updated` is its newest entry's date (a content date, never the build time). */
export function atomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title),
  );
  const out = new Feed({
    id: feed.id,
    title: feed.title,
    description: feed.subtitle,
    link: feed.home,
    feed: feed.self,
    language: "en",
    author: { name: feed.author, link: feed.home },
    updated: atomDate(entries[0]?.updated ?? feed.emptyUpdated ?? "1970-01-01"),
    generator: false,
  });
  for (const e of entries) {
    out.addItem({
      id: e.id,
      title: escapeHtml(e.title),
      link: e.link,
      date: atomDate(e.updated),
      ...(e.published ? { published: atomDate(e.published) } : {}),
      description: escapeHtml(e.summary),
      ...(e.content ? { content: escapeHtml(e.content) } : {}),
      category: (e.categories ?? []).map((term) => ({ term })),
    });
  }
  return `${out.atom1()}\n`;
}

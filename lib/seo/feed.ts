/**
 * The site's Atom feed: every guide (dated by its updated date) and every dated lifecycle event of every
 * name up to the build's as-of date (releases, shutdown announcements, shutdowns), from the loaders.
 */
import { asOfDate, formatDate } from "../as-of";
import { getGuides } from "../content/guides";
import { getNames, type NameRecord } from "../content/names";
import { sourceByline } from "../content/evidence";
import { getSources } from "../content/sources";
import { timelineEvents, type TimelineEvent } from "../names/timeline";
import { absoluteUrl, site } from "../site";
import { atomFeed, type AtomEntry } from "./atom";
import { plainText } from "../dated/plain";

import { FEED_PATH } from "../urls";

function sourceLine(source: TimelineEvent["source"]): string {
  return source ? ` Source: ${sourceByline(source)}.` : "";
}

/** Timeline entries use the /timeline/ page's own events and wording (lib/names/timeline.ts); dates still ahead are left out. */
export function timelineEntries(names: readonly NameRecord[], asOf: string): AtomEntry[] {
  const host = new URL(site.origin).host;
  const bySlug = new Map(names.map((n) => [n.slug, n]));
  return timelineEvents(names, getSources(), asOf)
    .filter((e) => !e.upcoming)
    .map((e) => {
      const n = bySlug.get(e.slug);
      const scheduled = e.kind === "deprecationAnnounced" ? n?.lifecycle.shutdownScheduled?.date : undefined;
      const caveat = n?.verification === "no" ? "OpenAI has not confirmed this name. " : "";
      const when = `${e.label} on ${formatDate(e.date)}${e.caveat ? ` (${e.caveat})` : ""}${scheduled ? `; shutdown scheduled for ${formatDate(scheduled)}` : ""}.`;
      return {
        id: `tag:${host},2026:timeline/${e.slug}/${e.kind}`,
        title: `${e.name}: ${e.label.toLowerCase()}`,
        link: absoluteUrl(e.url),
        updated: e.date,
        summary: `${caveat}${when}${e.note ? ` ${plainText(e.note, asOf)}` : ""}${sourceLine(e.source)}`,
        categories: ["Timeline"],
      };
    });
}

export function guideEntries(): AtomEntry[] {
  return getGuides().map((g) => ({
    id: absoluteUrl(g.url),
    title: g.title,
    link: absoluteUrl(g.url),
    published: g.published,
    updated: g.updated,
    summary: plainText(g.description),
    content: plainText(g.shortAnswer),
    categories: ["Guide"],
  }));
}

export function siteFeed(): string {
  return atomFeed({
    id: absoluteUrl("/"),
    title: `${site.name}: guides and name changes`,
    subtitle: "New and updated guides, and every release, shutdown announcement and shutdown of an OpenAI image name.",
    self: absoluteUrl(FEED_PATH),
    home: absoluteUrl("/"),
    author: site.name,
    entries: [...guideEntries(), ...timelineEntries(getNames(), asOfDate())],
  });
}

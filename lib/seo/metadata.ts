import type { Metadata } from "next";
import { site } from "../site";
import { cardPath, FEED_PATH } from "../urls";

export interface PageMeta {
  /** Page title without the site name (the layout's template adds " · GPT Image Field Guide"). */
  title: string;
  /** 50–160 characters, unique per page. */
  description: string;
  /** Site path, ending in "/". */
  path: string;
  type?: "website" | "article";
  published?: string;
  modified?: string;
  /** Set for pages that must not be indexed (alias redirects, 404, search). */
  noindex?: boolean;
  /** Canonical path when it differs from `path` (alias pages point at their name page). */
  canonical?: string;
  /** Path of the page's Markdown twin, advertised as <link rel="alternate" type="text/markdown">. */
  markdown?: string;
}

/**
 * Pages with a social card of their own: an opengraph-image.tsx sits beside the page and Next adds the
 * og:image/twitter:image tags itself (with a cache-busting query). Must match the card routes in app/.
 */
const OWN_CARD = [/^\/guides\/[^/]+\/$/, /^\/names\/[^/]+\/$/, /^\/routes\/[^/]+\/$/];
export const SITE_CARD = cardPath("/");

export function hasOwnCard(path: string): boolean {
  return OWN_CARD.some((re) => re.test(path));
}

/**
 * The card to name explicitly, or undefined when Next supplies the page's own. A page's `openGraph`
 * replaces the layout's (images included), so every other page names the site card; an alias page
 * shows the card of the name page it points to.
 */
export function cardImage(path: string, canonical: string): string | undefined {
  if (canonical === path && hasOwnCard(path)) return undefined;
  return hasOwnCard(canonical) ? cardPath(canonical) : SITE_CARD;
}

/**
 * The site feed, advertised on every page as <link rel="alternate" type="application/atom+xml">. Through the
 * metadata, not written into the layout's <head>: Next streams the metadata into <head> beside a hand-written
 * link, and which came first depended on timing, so two builds of a page could differ in their order.
 */
export const FEED_ALTERNATE = {
  types: { "application/atom+xml": [{ url: FEED_PATH, title: `${site.name}: guides and name changes` }] },
} satisfies Metadata["alternates"];

/** Metadata for one page: title, description, canonical, Open Graph and Twitter tags from one set of facts. */
export function pageMetadata(p: PageMeta): Metadata {
  const canonical = p.canonical ?? p.path;
  const card = cardImage(p.path, canonical);
  // Only when naming the card: an `images` key, even undefined, stops Next adding the page's own card.
  const images = card
    ? { images: [{ url: card, width: 1200, height: 630, type: "image/png", alt: `${p.title} · ${site.name}` }] }
    : {};
  return {
    title: p.title,
    description: p.description,
    alternates: {
      canonical,
      types: { ...FEED_ALTERNATE.types, ...(p.markdown ? { "text/markdown": p.markdown } : {}) },
    },
    robots: p.noindex ? { index: false, follow: true } : { index: true, follow: true },
    openGraph: {
      type: p.type ?? "website",
      title: p.title,
      description: p.description,
      url: canonical,
      siteName: site.name,
      locale: "en_US",
      ...images,
      ...(p.type === "article" ? { publishedTime: p.published, modifiedTime: p.modified } : {}),
    },
    twitter: { card: "summary_large_image", title: p.title, description: p.description, ...images },
  };
}

import type { Metadata } from "next";
import { site } from "../site";

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
}

/** Metadata for one page: title, description, canonical, Open Graph and Twitter tags from one set of facts. */
export function pageMetadata(p: PageMeta): Metadata {
  const canonical = p.canonical ?? p.path;
  return {
    title: p.title,
    description: p.description,
    alternates: { canonical },
    robots: p.noindex ? { index: false, follow: true } : { index: true, follow: true },
    openGraph: {
      type: p.type ?? "website",
      title: p.title,
      description: p.description,
      url: canonical,
      siteName: site.name,
      locale: "en_US",
      ...(p.type === "article" ? { publishedTime: p.published, modifiedTime: p.modified } : {}),
    },
    twitter: { card: "summary_large_image", title: p.title, description: p.description },
  };
}

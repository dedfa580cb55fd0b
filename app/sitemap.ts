import type { MetadataRoute } from "next";
import { publishedFiles } from "@/lib/outputs/sitemap-files";
import { indexablePages } from "@/lib/seo/indexable-pages";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every indexable page and every published data file once, dated by its content (see lib/seo/indexable-pages.ts). */
export default function sitemap(): MetadataRoute.Sitemap {
  return [...indexablePages(), ...publishedFiles()].map((p) => ({
    url: absoluteUrl(p.path),
    ...(p.lastmod ? { lastModified: p.lastmod } : {}),
  }));
}

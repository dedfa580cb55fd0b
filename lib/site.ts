import { PAGES } from "./urls";

interface SiteConfig {
  name: string;
  shortName: string;
  description: string;
  origin: string;
  locale: string;
  nav: ReadonlyArray<{ href: string; label: string }>;
}

/**
 * One configured origin for canonical URLs, sitemap and feeds. Set SITE_ORIGIN when deploying;
 * the default is a reserved example domain so nothing ever points at a site we do not own.
 */
export const site = {
  name: "GPT Image Field Guide",
  shortName: "Field Guide",
  description:
    "What every OpenAI image name means (GPT Image, gpt-image-2, ChatGPT Images, chatgpt-image-latest, DALL·E) and which route to use: ChatGPT, Codex, the API or a provider.",
  origin: (process.env.SITE_ORIGIN || "https://gpt-image-field-guide.example").replace(/\/$/, ""),
  locale: "en",
  nav: [
    { href: PAGES.guides, label: "Guides" },
    { href: PAGES.names, label: "Names" },
    { href: PAGES.picker, label: "Route picker" },
    { href: PAGES.tools, label: "Tools" },
  ],
} as const satisfies SiteConfig;

export function absoluteUrl(path: string): string {
  return `${site.origin}${path}`;
}

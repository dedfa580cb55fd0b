import { absoluteUrl, site } from "../site";
import { plainText } from "../dated/plain";
import { nameUrl, PAGES } from "../urls";

/** Typed schema.org shapes this site emits. */
export type JsonLdThing = Record<string, unknown> & { "@type": string };

export interface Crumb {
  href: string;
  label: string;
}

export function breadcrumbList(items: Crumb[]): JsonLdThing {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.label,
      item: absoluteUrl(c.href),
    })),
  };
}

export function faqPage(items: Array<{ q: string; a: string }>): JsonLdThing {
  return {
    "@type": "FAQPage",
    mainEntity: items.map((f) => ({
      "@type": "Question",
      name: plainText(f.q),
      acceptedAnswer: { "@type": "Answer", text: plainText(f.a) },
    })),
  };
}

export function article(a: {
  title: string;
  description: string;
  path: string;
  published: string;
  modified: string;
}): JsonLdThing {
  return {
    "@type": "Article",
    headline: a.title,
    description: plainText(a.description),
    url: absoluteUrl(a.path),
    mainEntityOfPage: absoluteUrl(a.path),
    datePublished: a.published,
    dateModified: a.modified,
    inLanguage: site.locale,
    author: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
    publisher: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
  };
}

export function website(): JsonLdThing {
  return {
    "@type": "WebSite",
    name: site.name,
    url: absoluteUrl(PAGES.home),
    description: site.description,
    inLanguage: site.locale,
  };
}

export function definedTerm(t: { name: string; slug: string; definition: string; aliases: string[] }): JsonLdThing {
  return {
    "@type": "DefinedTerm",
    name: t.name,
    description: plainText(t.definition),
    url: absoluteUrl(nameUrl(t.slug)),
    termCode: t.slug,
    ...(t.aliases.length ? { alternateName: t.aliases } : {}),
    inDefinedTermSet: absoluteUrl(PAGES.names),
  };
}

export function definedTermSet(terms: Array<Parameters<typeof definedTerm>[0]>): JsonLdThing {
  return {
    "@type": "DefinedTermSet",
    name: `${site.name}: names glossary`,
    url: absoluteUrl(PAGES.names),
    hasDefinedTerm: terms.map(definedTerm),
  };
}

/**
 * Serialises JSON-LD for a <script> element. `<`, `>` and `&` are escaped as unicode so no string in
 * the data can close the script element or open a comment.
 */
export function serializeJsonLd(things: JsonLdThing[]): string {
  const graph =
    things.length === 1
      ? { "@context": "https://schema.org", ...things[0] }
      : { "@context": "https://schema.org", "@graph": things };
  return JSON.stringify(graph)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

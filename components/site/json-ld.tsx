import { serializeJsonLd, type JsonLdThing } from "@/lib/seo/jsonld";

/** Structured data for the page; kept by the post-export step (type application/ld+json). */
export function JsonLd({ things }: { things: JsonLdThing[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(things) }} />;
}

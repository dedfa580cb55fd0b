import { getName, getNames } from "@/lib/content/names";
import { LAYER_INFO } from "@/lib/names/layers";
import { statusText } from "@/lib/names/status";
import { CARD_CONTENT_TYPE, CARD_SIZE, renderCard } from "@/lib/seo/og-card";
import { plainText } from "@/lib/dated/plain";

export const dynamic = "force-static";
export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_CONTENT_TYPE;
export const alt = "Name card: the name, its layer, status and last verified date";

/** Name slugs only: alias pages redirect to their name page and have no card of their own. */
export function generateStaticParams() {
  return getNames().map((n) => ({ slug: n.slug }));
}

export default async function NameCard({ params }: { params: Promise<{ slug: string }> }) {
  const name = getName((await params).slug);
  if (!name) throw new Error("opengraph-image: unknown name");
  return renderCard({
    kind: `Name · ${LAYER_INFO[name.layer].label}`,
    title: name.name,
    summary: plainText(name.definition),
    status: { kind: name.status.kind, text: statusText(name.status) },
    lastVerified: name.lastVerified,
  });
}

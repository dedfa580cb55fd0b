import { getGuide, getGuides } from "@/lib/content/guides";
import { guideCardsToRender } from "@/lib/content/render-set";
import { CARD_CONTENT_TYPE, CARD_SIZE, renderCard } from "@/lib/seo/og-card";
import { guideCardData } from "@/lib/seo/guide-card";

export const dynamic = "force-static";
export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_CONTENT_TYPE;
export const alt = "Guide card: title, summary and last verified date";

export function generateStaticParams() {
  return guideCardsToRender(getGuides()).map((g) => ({ slug: g.slug }));
}

export default async function GuideCard({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug);
  if (!guide) throw new Error("opengraph-image: unknown guide");
  return renderCard(guideCardData(guide));
}

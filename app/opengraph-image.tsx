import { site } from "@/lib/site";
import { CARD_CONTENT_TYPE, CARD_SIZE, renderCard } from "@/lib/seo/og-card";

export const dynamic = "force-static";
export const size = CARD_SIZE;
export const contentType = CARD_CONTENT_TYPE;
export const alt = `${site.name}: what every OpenAI image name means and which route to use`;

/** The site's default card, for every page without a card of its own (home, indexes, search). */
export default function SiteCard() {
  return renderCard({
    kind: "Names, guides and routes",
    title: "Which OpenAI image name is which?",
    summary: site.description,
  });
}

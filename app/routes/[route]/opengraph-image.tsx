import { getRoute, getRoutes } from "@/lib/content/routes";
import { CARD_CONTENT_TYPE, CARD_SIZE, renderCard } from "@/lib/seo/og-card";
import { plainText } from "@/lib/dated/plain";

export const dynamic = "force-static";
export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_CONTENT_TYPE;
export const alt = "Route card: the route, its verdict and last verified date";

export function generateStaticParams() {
  return getRoutes().map((r) => ({ route: r.id }));
}

export default async function RouteCard({ params }: { params: Promise<{ route: string }> }) {
  const route = getRoute((await params).route);
  if (!route) throw new Error("opengraph-image: unknown route");
  return renderCard({
    kind: `Route · ${route.category}`,
    title: route.name,
    summary: plainText(route.verdict),
    lastVerified: route.lastVerified,
  });
}

import { siteFeed } from "@/lib/seo/feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(siteFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}

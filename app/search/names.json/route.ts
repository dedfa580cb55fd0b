import { getNames } from "@/lib/content/names";
import { searchNameIndex } from "@/lib/search/names-index";

export const dynamic = "force-static";

export function GET() {
  return Response.json(searchNameIndex(getNames()));
}

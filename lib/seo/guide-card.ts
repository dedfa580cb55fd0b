import type { Guide } from "../content/guides";
import { plainText } from "../dated/plain";
import type { CardData } from "./og-card";

/**
 * What a guide's card shows. Read by the guide card route (the guide Next renders) and by the build's cards
 * step (every other guide, scripts/guide-cards.ts), so both draw the same card from the same data.
 */
export function guideCardData(guide: Guide): CardData {
  return {
    kind: "Guide",
    title: guide.title,
    summary: plainText(guide.description),
    lastVerified: guide.lastVerified,
  };
}

import { STANDING_BADGE, STANDING_MARK, standingOf } from "@/lib/content/evidence";
import type { Source } from "@/lib/content/sources";
import { sourceId } from "@/lib/urls";

/**
 * An inline, numbered citation. Numbers follow the order of the page's sources list; a source that is
 * not OpenAI's own, or an OpenAI page known only from a quote, is marked so at the point of the claim.
 */
export function Cite({ source, sources }: { source: string; sources: readonly Source[] }) {
  const index = sources.findIndex((s) => s.id === source);
  const s = sources[index];
  if (!s) throw new Error(`<Cite source="${source}">: add "${source}" to the guide's frontmatter sources`);
  const standing = standingOf(s);
  const mark = STANDING_MARK[standing];
  const label = `Source ${index + 1}: ${s.title}, ${s.publisher}${mark ? ` (${STANDING_BADGE[standing].label.toLowerCase()})` : ""}`;
  // The visible marker comes first in the link's name and the full source follows as screen-reader text,
  // so what a voice-control user sees ("[2]") is what they can say.
  return (
    // Citation markers and their screen-reader text stay out of search snippets.
    <sup className="ml-0.5 text-[0.7em]" data-pagefind-ignore="">
      <a href={`#${sourceId(s.id)}`} title={label} className="no-underline hover:underline">
        [{index + 1}
        {mark ? <span className="text-amber-800 dark:text-amber-300">, {mark}</span> : ""}]
        <span className="sr-only"> {label}</span>
      </a>
    </sup>
  );
}

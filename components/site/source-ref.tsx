import { Badge } from "@/components/ui/badge";
import { getSources, type Source } from "@/lib/content/sources";
import { dateCaveat, STANDING_BADGE, standingOf } from "@/lib/content/evidence";
import type { Verification } from "@/lib/content/schemas/common";

/** A source's title: a link when its page address is recorded, plain text (said so) when it is not. */
export function SourceTitle({ source, className }: { source: Source; className?: string }) {
  return source.url ? (
    <a href={source.url} rel="noopener" className={`underline underline-offset-2 ${className ?? ""}`}>
      {source.title}
    </a>
  ) : (
    <span className={className}>
      {source.title} <span className="text-zinc-600 dark:text-zinc-400">(page address not recorded)</span>
    </span>
  );
}

/** The badge that says how strong a source is: an OpenAI page read, one only quoted, or a secondary source. */
export function StandingBadge({ source }: { source: Source }) {
  const b = STANDING_BADGE[standingOf(source)];
  return <Badge tone={b.tone}>{b.label}</Badge>;
}

/** One source inline: its title as a link, the publisher, how it was read, and how sure the date is. */
export function SourceRef({
  source,
  date = {},
}: {
  source: Source | undefined;
  /** How sure the dated event this source supports is (name schema: dateVerified, dateBasis). */
  date?: { dateVerified?: Verification; dateBasis?: string };
}) {
  if (!source) return <span>no source recorded</span>;
  const caveat = dateCaveat({ source: source.id, ...date }, (id) => getSources().get(id));
  // Source lines stay out of search snippets; the claims they support are what readers search for.
  return (
    <span data-pagefind-ignore="">
      <SourceTitle source={source} />
      <span className="text-zinc-600 dark:text-zinc-400"> · {source.publisher} </span>
      <StandingBadge source={source} />
      {caveat && (
        <>
          {" "}
          <Badge tone="violet">Date: {caveat}</Badge>
        </>
      )}
    </span>
  );
}

import { Badge } from "@/components/ui/badge";
import type { Source } from "@/lib/content/sources";

/** One source inline: its title as a link, the publisher and whether it is OpenAI's own (primary) or secondary. */
export function SourceRef({ source }: { source: Source | undefined }) {
  if (!source) return <span>no source recorded</span>;
  return (
    <span>
      <a href={source.url} rel="noopener" className="underline underline-offset-2">
        {source.title}
      </a>
      <span className="text-zinc-600 dark:text-zinc-400"> · {source.publisher} </span>
      <Badge tone={source.primary ? "green" : "amber"}>{source.primary ? "Primary (OpenAI)" : "Secondary"}</Badge>
    </span>
  );
}

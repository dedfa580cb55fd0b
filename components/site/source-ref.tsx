import { Badge } from "@/components/ui/badge";
import type { Source } from "@/lib/content/sources";
import type { Verification } from "@/lib/content/schemas/common";

const DATE_LABEL: Record<Exclude<Verification, "yes">, string> = {
  partial: "Date partly verified",
  no: "Date from secondary sources only",
};

/** One source inline: its title as a link, the publisher and whether it is OpenAI's own (primary) or secondary. */
export function SourceRef({ source, dateVerified }: { source: Source | undefined; dateVerified?: Verification }) {
  if (!source) return <span>no source recorded</span>;
  return (
    <span>
      <a href={source.url} rel="noopener" className="underline underline-offset-2">
        {source.title}
      </a>
      <span className="text-zinc-600 dark:text-zinc-400"> · {source.publisher} </span>
      <Badge tone={source.primary ? "green" : "amber"}>{source.primary ? "Primary (OpenAI)" : "Secondary"}</Badge>
      {dateVerified && dateVerified !== "yes" && (
        <>
          {" "}
          <Badge tone="violet">{DATE_LABEL[dateVerified]}</Badge>
        </>
      )}
    </span>
  );
}

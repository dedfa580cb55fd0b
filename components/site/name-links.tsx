import type { NameRecord } from "@/lib/content/names";
import { nameUrl } from "@/lib/urls";

/** Names as comma-separated links to their pages, by display name (the slug if a name is unknown). */
export function NameLinks({ slugs, all }: { slugs: readonly string[]; all: ReadonlyMap<string, NameRecord> }) {
  return slugs.map((s, i) => (
    <span key={s}>
      {i > 0 && ", "}
      <a href={nameUrl(s)} className="underline underline-offset-2">
        {all.get(s)?.name ?? s}
      </a>
    </span>
  ));
}

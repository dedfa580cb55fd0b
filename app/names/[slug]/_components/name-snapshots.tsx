import { DatedText } from "@/components/site/dated-text";
import { NameLinks } from "@/components/site/name-links";
import type { NameRecord } from "@/lib/content/names";

/**
 * What a model's snapshots are: the snapshot entries filed under it, then what the sources say beyond them,
 * and a plain "none listed" when there is neither, so the question never goes unanswered.
 */
export function NameSnapshots({ name, all }: { name: NameRecord; all: Map<string, NameRecord> }) {
  const snapshots = [...all.values()]
    .filter((n) => n.layer === "snapshot" && n.relations.parent === name.slug)
    .map((n) => n.slug);
  return (
    <div className="space-y-2">
      {snapshots.length > 0 && (
        <p>
          Dated snapshots recorded: <NameLinks slugs={snapshots} all={all} />.
        </p>
      )}
      {name.snapshotNote && (
        <p>
          <DatedText text={name.snapshotNote} />
        </p>
      )}
      {snapshots.length === 0 && !name.snapshotNote && (
        <p>No snapshot of {name.name} is listed in the sources this guide holds.</p>
      )}
    </div>
  );
}

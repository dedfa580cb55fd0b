import { DatedText } from "@/components/site/dated-text";
import { Badge } from "@/components/ui/badge";
import type { ColumnSpec } from "@/components/ui/data-table";
import type { Verification } from "@/lib/content/schemas/common";
import { VERIFICATION_WORDS } from "@/lib/content/evidence";

/** How well a data row (a price, a Batch entry) is confirmed, in the fact sheet's three steps. */
export function VerificationBadge({ verification }: { verification: Verification }) {
  return <Badge tone={VERIFICATION_WORDS[verification].tone}>{VERIFICATION_WORDS[verification].badge}</Badge>;
}

/** A data row's evidence in a table cell: how well it is confirmed, the day it was seen, and its note. */
export function EvidenceCell({
  verification,
  asOf,
  note,
}: {
  verification: Verification;
  asOf: string;
  note?: string;
}) {
  return (
    // The spaces between the stacked parts show nowhere (a flex box drops them); they keep the words apart
    // in search and in the Markdown twin.
    <span className="flex flex-col items-start gap-1">
      <VerificationBadge verification={verification} />{" "}
      <span className="text-xs">
        seen {asOf}
        {note ? "." : ""}
      </span>{" "}
      {note && (
        <span className="text-xs">
          <DatedText text={note} />
        </span>
      )}
    </span>
  );
}

/** The "Evidence" column of a data table whose rows carry their verification, the day seen and a note. */
export function evidenceColumn<R extends { verification: Verification; asOf: string; note?: string }>(): ColumnSpec<R> {
  return {
    key: "evidence",
    label: "Evidence",
    cell: (r) => <EvidenceCell verification={r.verification} asOf={r.asOf} note={r.note} />,
  };
}

/** The "Seen" column: the day a row was last seen in its source. */
export function seenColumn<R extends { asOf: string }>(): ColumnSpec<R> {
  return { key: "asOf", label: "Seen", cell: (r) => r.asOf };
}

import { DatedStatement } from "@/components/site/dated-text";
import { asOfDate } from "@/lib/as-of";
import { glossaryDates } from "@/lib/dated/plain";

/**
 * A statement tied to a lifecycle date in guide prose, worded for the day it is read:
 * `<Dated name="chatgpt-image-latest" event="shutdownScheduled" before="is scheduled to shut down on {date}"
 * after="reached its scheduled shutdown date, {date}" />`. Without wordings it prints the date.
 * The same statement in YAML text is `{{chatgpt-image-latest.shutdownScheduled: … | …}}`.
 */
export function Dated({
  name,
  event,
  before,
  on,
  after,
}: {
  name: string;
  event: string;
  before?: string;
  on?: string;
  after?: string;
}) {
  const date = glossaryDates()(name, event);
  if (!date)
    throw new Error(`<Dated name="${name}" event="${event}">: no such lifecycle date; run npm run content:check`);
  const variants =
    before !== undefined && after !== undefined ? { before, after, ...(on !== undefined ? { on } : {}) } : undefined;
  return <DatedStatement marker={{ variants }} date={date} asOf={asOfDate()} />;
}

import { Fragment } from "react";
import { CodeText } from "@/components/ui/code-text";
import { asOfDate } from "@/lib/as-of";
import { dayDiff, formatProseDate, parseDated, templateParts, windows, type DatedMarker } from "@/lib/dated/markers";
import { glossaryDates } from "@/lib/dated/plain";
import { DaysTo, Timed } from "./timed";

function Template({ text, date, day }: { text: string; date: string; day: string }) {
  return (
    <>
      {templateParts(text).map((p, i) =>
        p.kind === "date" ? (
          <time key={i} dateTime={date} data-lifecycle="">
            {formatProseDate(date)}
          </time>
        ) : p.kind === "days" ? (
          <DaysTo key={i} date={date} days={dayDiff(day, date)} />
        ) : (
          <CodeText key={i} text={p.text} />
        ),
      )}
    </>
  );
}

/** One dated statement: the wording for the as-of date, then the wordings still to come. */
export function DatedStatement({
  marker,
  date,
  asOf,
}: {
  marker: Pick<DatedMarker, "variants">;
  date: string;
  asOf: string;
}) {
  if (!marker.variants)
    return (
      <time dateTime={date} data-lifecycle="">
        {formatProseDate(date)}
      </time>
    );
  const all = windows(marker.variants, date);
  // Keep the wording in force on the as-of date and every later one; earlier wordings can never show again.
  const current = all.reduce((at, w, i) => (!w.from || w.from <= asOf ? i : at), 0);
  return (
    <Timed
      variants={all.slice(current).map((w, i) => ({
        from: i === 0 ? undefined : w.from,
        node: <Template text={w.text} date={date} day={i === 0 ? asOf : w.from!} />,
      }))}
    />
  );
}

/**
 * Content text as HTML: `backticks` become <code> (CodeText) and {{name.event: …}} markers become dated
 * statements. Every text field an editor writes is rendered through this, never as a raw string.
 */
export function DatedText({ text }: { text: string }) {
  const segments = parseDated(text);
  if (segments.length === 1 && segments[0]!.kind === "text") return <CodeText text={text} />;
  const lookup = glossaryDates();
  const asOf = asOfDate();
  return (
    <>
      {segments.map((s, i) => {
        if (s.kind === "text") return <CodeText key={i} text={s.text} />;
        const date = lookup(s.marker.slug, s.marker.event);
        if (!date)
          throw new Error(`unknown dated reference {{${s.marker.slug}.${s.marker.event}}}: run npm run content:check`);
        return (
          <Fragment key={i}>
            <DatedStatement marker={s.marker} date={date} asOf={asOf} />
          </Fragment>
        );
      })}
    </>
  );
}

import { asOfDate } from "../../as-of";
import type { ContentIssue } from "../issues";
import type { LocatedYaml } from "../located-yaml";
import type { NameEntry } from "../schemas/name";
import type { ContentSnapshot } from "./snapshot";

type EventKey = keyof NameEntry["lifecycle"];

/** Each lifecycle event and the events that must come first, in plain words for the message. */
const ORDER: Array<[EventKey, EventKey[]]> = [
  ["deprecationAnnounced", ["released"]],
  ["shutdownScheduled", ["released", "deprecationAnnounced"]],
  ["shutDown", ["released", "deprecationAnnounced"]],
];
const WORDS: Record<EventKey, string> = {
  released: "the release",
  deprecationAnnounced: "the deprecation announcement",
  shutdownScheduled: "the scheduled shutdown",
  shutDown: "the shutdown",
};

/**
 * Dates that cannot be right: lifecycle events out of order (a shutdown before the release would print
 * "Shut down on June 1, 2025" above a release in 2026) unless the event says why with `outOfOrder`,
 * and verification or publication dates after the as-of date (a page would state as checked a fact
 * no one could have checked yet). `updated` before `published` is in freshness.ts.
 */
export function checkDates(s: ContentSnapshot): ContentIssue[] {
  const asOf = asOfDate();
  const issues: ContentIssue[] = [];

  for (const n of s.names) {
    const lifecycle = n.data.lifecycle;
    for (const [key, before] of ORDER) {
      const event = lifecycle[key];
      if (!event || event.outOfOrder) continue;
      const earlier = before.find((b) => {
        const other = lifecycle[b];
        return other !== undefined && event.date < other.date;
      });
      if (!earlier) continue;
      issues.push({
        file: n.file,
        ...n.doc.locate(["lifecycle", key, "date"]),
        message: `${WORDS[key]} (${key}: ${event.date}) is before ${WORDS[earlier]} (${earlier}: ${lifecycle[earlier]!.date})`,
        fix: `check both dates against their sources; if it really happened in this order, add \`outOfOrder: "<why>"\` to ${key}`,
        severity: "error",
      });
    }
  }

  const future = (file: string, doc: LocatedYaml, path: PropertyKey[], date: string, fix: string) => {
    if (date <= asOf) return;
    const field = path
      .map((p) => (typeof p === "number" ? `[${p}]` : p))
      .join(".")
      .replace(/\.\[/g, "[");
    issues.push({
      file,
      ...doc.locate(path),
      message: `\`${field}\` ${date} is after the as-of date ${asOf}`,
      fix,
      severity: "error",
    });
  };
  const verified = "write the day you last checked the facts against the sources; it cannot be later than today";
  for (const g of s.guides) {
    const fm = g.frontmatter;
    future(g.file, g.doc, ["published"], fm.published, "write the day the page first went online, today at the latest");
    future(
      g.file,
      g.doc,
      ["updated"],
      fm.updated,
      "write the day of the last change readers should know about, today at the latest",
    );
    future(g.file, g.doc, ["lastVerified"], fm.lastVerified, verified);
  }
  for (const n of s.names) future(n.file, n.doc, ["lastVerified"], n.data.lastVerified, verified);
  for (const r of s.routes) future(r.file, r.doc, ["lastVerified"], r.data.lastVerified, verified);
  for (const src of s.sources)
    src.data.sources.forEach((x, i) =>
      future(
        src.file,
        src.doc,
        ["sources", i, "seen"],
        x.seen,
        "write the day you read the source, today at the latest",
      ),
    );
  return issues;
}

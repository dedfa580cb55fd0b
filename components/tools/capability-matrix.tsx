import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DatedText } from "@/components/site/dated-text";
import { StatusBadge } from "@/components/site/status-badge";
import { formatDate } from "@/lib/as-of";
import { getCapabilities, type CapabilityCell, type Support } from "@/lib/content/capabilities";
import { getNameMap } from "@/lib/content/names";
import { resolveSources } from "@/lib/content/sources";
import { nameUrl } from "@/lib/urls";
import { sourceCredit, VERIFICATION_WORDS } from "@/lib/content/evidence";

const VALUE: Record<Support, { label: string; tone: BadgeTone; mark: string }> = {
  yes: { label: "Yes", tone: "green", mark: "✓" },
  no: { label: "No", tone: "red", mark: "✕" },
  partial: { label: "Partial", tone: "amber", mark: "◐" },
  unknown: { label: "Unknown", tone: "violet", mark: "?" },
};

interface Footnote {
  n: number;
  cell: CapabilityCell;
}

/** Cells that say the same thing (note, dates, sources, label) share one footnote. */
function footnoteKey(c: CapabilityCell): string {
  return JSON.stringify([c.note, c.since, c.changed, c.sources, c.verification]);
}

/**
 * Models × endpoints and features, like a browser compatibility table: each cell is yes, no, partial or
 * unknown with a numbered footnote that gives the note, the date of a change, the sources and how well they
 * verify it. From content/data/capabilities.yaml; column headers carry each model's status as of the build.
 */
export function CapabilityMatrix({
  models,
  features,
  caption = "What each image model supports",
}: {
  models?: string[];
  features?: string[];
  caption?: string;
}) {
  const data = getCapabilities();
  const names = getNameMap();
  const cols = models ? data.models.filter((m) => models.includes(m)) : data.models;
  const rows = features ? data.rows.filter((r) => features.includes(r.feature)) : data.rows;
  const prefix = `cap-${(features ?? ["all"]).join("-").slice(0, 24)}-${cols.length}`;
  const notes = new Map<string, Footnote>();
  const noteFor = (c: CapabilityCell) => {
    const key = footnoteKey(c);
    let f = notes.get(key);
    if (!f) {
      f = { n: notes.size + 1, cell: c };
      notes.set(key, f);
    }
    return f.n;
  };
  const body = rows.map((row) => ({
    row,
    cells: cols.map((m) => ({ model: m, cell: row.cells[m]!, n: noteFor(row.cells[m]!) })),
  }));

  return (
    <figure className="not-prose my-6" data-capability-matrix="">
      <p className="mb-2 text-sm font-medium text-zinc-600 dark:text-zinc-400">
        {caption}. Each cell links to its footnote with the sources and how well they verify it; as of{" "}
        {formatDate(data.asOf)}. The table scrolls sideways.
      </p>
      <div
        className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
        role="region"
        aria-label={`${caption} (scrolls sideways)`}
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="bg-zinc-50 dark:bg-zinc-900">
              <th
                scope="col"
                className="sticky left-0 z-10 border-b-2 border-zinc-300 bg-zinc-50 px-3 py-2 font-semibold text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
              >
                Feature
              </th>
              {cols.map((m) => {
                const n = names.get(m);
                return (
                  <th
                    key={m}
                    scope="col"
                    className="min-w-32 border-b-2 border-zinc-300 px-3 py-2 align-bottom font-semibold text-zinc-900 dark:border-zinc-600 dark:text-zinc-100"
                  >
                    <a href={n?.url ?? nameUrl(m)} className="font-mono text-xs underline underline-offset-2">
                      {n?.apiId ?? n?.name ?? m}
                    </a>
                    {n && (
                      <span className="mt-1 block font-normal">
                        <StatusBadge name={n} />
                      </span>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {body.map(({ row, cells }) => (
              <tr key={row.feature} id={`${prefix}-${row.feature}`}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 w-32 border-b border-zinc-200 bg-white px-2 py-2 align-top text-xs font-semibold text-zinc-900 sm:w-56 sm:px-3 sm:text-sm dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100"
                >
                  {row.label}
                  {/* The spaces before these blocks show nowhere; they keep the words apart in search and the twin. */}
                  {row.code && " "}
                  {row.code && (
                    <code className="mt-0.5 block font-mono text-xs font-normal text-zinc-600 dark:text-zinc-400">
                      {row.code}
                    </code>
                  )}
                </th>
                {cells.map(({ model, cell, n }) => {
                  const v = VALUE[cell.value];
                  const date = cell.changed?.date ?? cell.since;
                  return (
                    <td
                      key={model}
                      className="border-b border-zinc-200 px-3 py-2 align-top dark:border-zinc-800"
                      data-model={model}
                      data-value={cell.value}
                    >
                      <Badge tone={v.tone}>
                        <span aria-hidden="true">{v.mark}&nbsp;</span>
                        {v.label}
                      </Badge>
                      <a
                        href={`#${prefix}-note-${n}`}
                        className="text-accent-700 dark:text-accent-300 ml-1 text-xs underline underline-offset-2"
                        aria-label={`Note ${n}: ${v.label} for ${names.get(model)?.apiId ?? model}, ${row.label}`}
                      >
                        [{n}]
                      </a>
                      {date && " "}
                      {date && (
                        <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">
                          {cell.changed ? "changed " : "since "}
                          <time dateTime={date} data-lifecycle="">
                            {date}
                          </time>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
        <p>
          <strong>Yes</strong>, <strong>No</strong>, <strong>Partial</strong> (a preview, or sources disagree) and{" "}
          <strong>Unknown</strong> (no source read for this site settles it) are shown as text and symbol. Snapshots
          behave like their model.
        </p>
        <ol className="mt-3 space-y-2">
          {[...notes.values()].map(({ n, cell }) => (
            <li key={n} id={`${prefix}-note-${n}`} className="scroll-mt-4">
              <span className="font-semibold">[{n}]</span>{" "}
              {cell.note ? <DatedText text={cell.note} /> : `${VALUE[cell.value].label}.`}
              {cell.changed && (
                <>
                  {" "}
                  Changed on {formatDate(cell.changed.date)} from {VALUE[cell.changed.from].label.toLowerCase()} to{" "}
                  {VALUE[cell.changed.to].label.toLowerCase()}.
                </>
              )}
              {cell.since && !cell.changed && <> Since {formatDate(cell.since)}.</>}{" "}
              <span className="text-zinc-600 dark:text-zinc-400">
                Verification: {VERIFICATION_WORDS[cell.verification].cell}.{" "}
                {cell.sources.length ? (
                  <>
                    Sources:{" "}
                    {resolveSources(cell.sources).map((s, i) => (
                      <span key={s.id}>
                        {i > 0 && "; "}
                        <a href={s.url} rel="noopener" className="underline underline-offset-2">
                          {s.title}
                        </a>{" "}
                        ({sourceCredit(s)})
                      </span>
                    ))}
                    .
                  </>
                ) : (
                  "No source settles it."
                )}
              </span>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

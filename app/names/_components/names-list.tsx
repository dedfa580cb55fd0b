import { StatusBadge } from "@/components/site/status-badge";
import type { NameRecord } from "@/lib/content/names";
import type { Layer } from "@/lib/content/schemas/name";
import { LAYER_INFO, LAYER_ORDER } from "@/lib/names/layers";
import { STATUS_LABELS, type StatusKind } from "@/lib/names/status";
import { DatedText } from "@/components/site/dated-text";
import { NAMES_INDEX_IDS } from "@/lib/urls";

/** Reseller ids get a group of their own at the end, so they never sit among OpenAI's names. */
type Group = { id: string; title: string; blurb: string; names: NameRecord[] };

function groups(names: readonly NameRecord[]): Group[] {
  const byName = (a: NameRecord, b: NameRecord) => a.name.localeCompare(b.name, "en", { numeric: true });
  const layerGroups = LAYER_ORDER.map((layer: Layer) => ({
    id: `layer-${layer}`,
    title: LAYER_INFO[layer].plural,
    blurb: LAYER_INFO[layer].blurb,
    names: names.filter((n) => n.layer === layer && !n.notOpenAI).sort(byName),
  }));
  const resellers = {
    id: "not-openai",
    title: "Not OpenAI names",
    blurb: "Ids that third-party resellers use for their own products. OpenAI never published them.",
    names: names.filter((n) => n.notOpenAI).sort(byName),
  };
  return [...layerGroups, resellers].filter((g) => g.names.length > 0);
}

function NameCard({ n }: { n: NameRecord }) {
  return (
    <li
      data-layer={n.layer}
      data-status={n.status.kind}
      className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
    >
      <h4 className="font-semibold text-zinc-900 dark:text-white">
        <a href={n.url} className="underline-offset-2 hover:underline">
          {n.name}
        </a>
      </h4>
      <p className="mt-1.5 flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge name={n} />
        {n.apiId && n.apiId !== n.name && (
          <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">{n.apiId}</code>
        )}
      </p>
      <p className="mt-2 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
        <DatedText text={n.definition} />
      </p>
    </li>
  );
}

/** One filter of the names list: "all" first, then the values present (islands/names-filter.ts reads `name`). */
function FilterSelect({
  label,
  name,
  all,
  options,
}: {
  label: string;
  name: string;
  all: string;
  options: Array<[value: string, text: string]>;
}) {
  return (
    <label className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
      {label}
      <select
        name={name}
        className="mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-2.5 py-2 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-white"
      >
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A status option's words: "Shut down" also holds names whose scheduled date passed unobserved, and says so. */
function filterLabel(kind: StatusKind, names: readonly NameRecord[]): string {
  const passed = names.some((n) => n.status.kind === "shut-down" && n.status.unobservedSince);
  return kind === "shut-down" && passed ? "Shut down or shutdown date passed" : STATUS_LABELS[kind];
}

/**
 * Every name, grouped by layer. The filter (layer and status) is hidden until islands/names-filter.ts
 * runs, so without JavaScript this is a plain, complete list.
 */
export function NamesList({ names }: { names: readonly NameRecord[] }) {
  // Object.keys widens to string[]; STATUS_LABELS is a Record<StatusKind, …>, so its keys are the kinds.
  const presentStatuses = (Object.keys(STATUS_LABELS) as StatusKind[]).filter((k) =>
    names.some((n) => n.status.kind === k),
  );
  const presentLayers = LAYER_ORDER.filter((l) => names.some((n) => n.layer === l));
  return (
    <section aria-labelledby={NAMES_INDEX_IDS.allNames} className="mt-12">
      <h2
        id={NAMES_INDEX_IDS.allNames}
        className="scroll-mt-4 font-serif text-2xl font-semibold text-zinc-900 dark:text-white"
      >
        All names by layer
      </h2>
      <form
        hidden
        data-names-filter=""
        aria-label="Filter names"
        className="mt-4 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <FilterSelect
          label="Layer"
          name="layer"
          all="All layers"
          options={presentLayers.map((l) => [l, LAYER_INFO[l].label])}
        />
        <FilterSelect
          label="Status"
          name="status"
          all="All statuses"
          options={presentStatuses.map((k) => [k, filterLabel(k, names)])}
        />
        <p aria-live="polite" data-filter-count="" className="text-sm text-zinc-600 sm:pb-2 dark:text-zinc-400">
          {names.length} names
        </p>
      </form>
      {groups(names).map((g) => (
        <section key={g.id} aria-labelledby={g.id} data-name-group="" className="mt-8">
          <h3 id={g.id} className="font-serif text-xl font-semibold text-zinc-900 dark:text-white">
            {g.title}
          </h3>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{g.blurb}</p>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {g.names.map((n) => (
              <NameCard key={n.slug} n={n} />
            ))}
          </ul>
        </section>
      ))}
      <p data-filter-empty="" hidden className="mt-6 text-zinc-700 dark:text-zinc-300">
        No name has that layer and status. Choose another layer or status.
      </p>
    </section>
  );
}

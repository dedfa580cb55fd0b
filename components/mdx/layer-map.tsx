import { useId, type ReactNode } from "react";
import { asOfDate, formatDate } from "@/lib/as-of";
import { getNameMap, getNames, type NameRecord } from "@/lib/content/names";
import { LAYER_INFO } from "@/lib/names/layers";
import { layoutLayerMap, MAP, type MapEdgeKind } from "@/lib/names/layer-map";
import { type StatusKind } from "@/lib/names/status";
import { StatusWords } from "@/components/site/status-badge";
import { nameUrl } from "@/lib/urls";

/** Average advance of a 13px semibold character, for deciding when a name needs squeezing. */
const NAME_CHAR_W = 7.4;

/** Box colours by status; the second line of text in every box says the status in words too. */
const BOX: Record<StatusKind, { className: string; dashed?: boolean }> = {
  current: { className: "fill-emerald-50 stroke-emerald-600 dark:fill-emerald-950 dark:stroke-emerald-500" },
  previous: { className: "fill-sky-50 stroke-sky-600 dark:fill-sky-950 dark:stroke-sky-500" },
  upcoming: { className: "fill-sky-50 stroke-sky-600 dark:fill-sky-950 dark:stroke-sky-500" },
  "shutdown-scheduled": { className: "fill-amber-50 stroke-amber-600 dark:fill-amber-950 dark:stroke-amber-500" },
  "shut-down": { className: "fill-rose-50 stroke-rose-600 dark:fill-rose-950 dark:stroke-rose-500" },
  unverified: {
    className: "fill-violet-50 stroke-violet-600 dark:fill-violet-950 dark:stroke-violet-400",
    dashed: true,
  },
  "not-openai": { className: "fill-zinc-100 stroke-zinc-500 dark:fill-zinc-800 dark:stroke-zinc-400", dashed: true },
};

/** Line classes, and the matching fill for arrowheads and junction dots (written out so Tailwind sees them). */
const EDGE: Record<MapEdgeKind, { className: string; fill: string; dash?: string; label: string }> = {
  parent: {
    className: "stroke-zinc-400 dark:stroke-zinc-500",
    fill: "fill-zinc-400 dark:fill-zinc-500",
    label: "belongs to (parent)",
  },
  counterpart: {
    className: "stroke-accent-600 dark:stroke-accent-400",
    fill: "fill-accent-600 dark:fill-accent-400",
    dash: "6 4",
    label: "ChatGPT name ↔ API counterpart",
  },
  replacedBy: {
    className: "stroke-orange-600 dark:stroke-orange-400",
    fill: "fill-orange-600 dark:fill-orange-400",
    label: "replaced by (arrow points to the replacement)",
  },
  pointsTo: {
    className: "stroke-violet-600 dark:stroke-violet-400",
    fill: "fill-violet-600 dark:fill-violet-400",
    dash: "2 3",
    label: "alias points to",
  },
};

function LegendLine({ kind }: { kind: MapEdgeKind }) {
  return (
    <svg aria-hidden="true" width="28" height="10" viewBox="0 0 28 10" className="inline-block shrink-0">
      <path d="M1 5 H27" strokeWidth="2" strokeDasharray={EDGE[kind].dash} className={EDGE[kind].className} />
    </svg>
  );
}

function Relations({ n, all }: { n: NameRecord; all: Map<string, NameRecord> }) {
  const link = (slug: string) => (
    <a key={slug} href={nameUrl(slug)} className="underline underline-offset-2">
      {all.get(slug)?.name ?? slug}
    </a>
  );
  const list = (slugs: string[]) => slugs.flatMap((s, i) => (i ? [", ", link(s)] : [link(s)]));
  const parts: Array<[string, ReactNode]> = [];
  if (n.relations.parent) parts.push(["belongs to", link(n.relations.parent)]);
  if (n.relations.pointsTo) parts.push(["points to", link(n.relations.pointsTo)]);
  if (n.relations.apiCounterpart)
    parts.push([
      n.layer === "app-feature" ? "API counterpart" : "ChatGPT counterpart",
      link(n.relations.apiCounterpart),
    ]);
  if (n.relations.replacedBy.length) parts.push(["replaced by", list(n.relations.replacedBy)]);
  return (
    <>
      {parts.map(([label, value]) => (
        <span key={label}>
          ; {label} {value}
        </span>
      ))}
    </>
  );
}

/**
 * The generated diagram of every glossary name and how they relate. Inline SVG with a link on every
 * box; it scrolls sideways inside its own labelled region on narrow screens, and a list below says
 * the same thing in words.
 */
export function LayerMap({ caption }: { caption?: string }) {
  const names = getNames();
  const all = getNameMap();
  const map = layoutLayerMap(names);
  const uid = useId().replace(/[^a-zA-Z0-9]/g, "");
  const captionId = `layer-map-${uid}`;
  const marker = (kind: "replacedBy" | "pointsTo") => `layer-map-${uid}-${kind}`;
  const order = map.nodes.map((n) => all.get(n.slug)!);
  return (
    <figure className="not-prose my-8">
      <figcaption id={captionId} className="text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-semibold text-zinc-900 dark:text-white">{caption ?? "Layer map"}</span>. Generated from
        the glossary&apos;s relations; each box gives the name and its status as of {formatDate(asOfDate())}.
      </figcaption>
      <ul
        className="mt-3 flex flex-wrap gap-x-5 gap-y-1.5 text-xs text-zinc-700 dark:text-zinc-300"
        aria-label="Legend"
      >
        {(["parent", "counterpart", "replacedBy"] as const).map((k) => (
          <li key={k} className="flex items-center gap-1.5">
            <LegendLine kind={k} />
            {EDGE[k].label}
          </li>
        ))}
        {map.edges.some((e) => e.kind === "pointsTo") && (
          <li className="flex items-center gap-1.5">
            <LegendLine kind="pointsTo" />
            {EDGE.pointsTo.label}
          </li>
        )}
        <li className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="28" height="14" viewBox="0 0 28 14" className="inline-block">
            <rect
              x="1"
              y="1"
              width="26"
              height="12"
              rx="3"
              strokeDasharray="4 2"
              className={BOX["not-openai"].className}
            />
          </svg>
          dashed box: unverified label or not an OpenAI name
        </li>
      </ul>
      {/* For phones, about the drawing: the Markdown twin has no map to swipe. */}
      <p data-markdown="skip" className="mt-2 text-xs text-zinc-600 sm:hidden dark:text-zinc-400">
        The map is wider than a phone screen: swipe it sideways to see the ChatGPT names.
      </p>
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="mt-3 overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
      >
        <svg
          role="group"
          aria-labelledby={captionId}
          width={map.width}
          height={map.height}
          viewBox={`0 0 ${map.width} ${map.height}`}
          className="block max-w-none font-sans"
        >
          <defs>
            {(["replacedBy", "pointsTo"] as const).map((k) => (
              <marker
                key={k}
                id={marker(k)}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0 0 L10 5 L0 10 z" className={EDGE[k].fill} />
              </marker>
            ))}
          </defs>
          {map.headers.map((h) => (
            <text
              key={h.text}
              x={h.x}
              y={MAP.pad + 14}
              className="fill-zinc-500 text-[11px] font-semibold tracking-wide uppercase dark:fill-zinc-400"
            >
              {h.text}
            </text>
          ))}
          {map.labels.map((l) => (
            <text
              key={l.text}
              x={l.x}
              y={l.y}
              className="fill-zinc-500 text-[11px] font-semibold tracking-wide uppercase dark:fill-zinc-400"
            >
              {l.text}
            </text>
          ))}
          <g fill="none" strokeWidth="1.5">
            {map.edges.map((e) => (
              <g key={`${e.kind}-${e.from}-${e.to}`}>
                <path
                  d={e.d}
                  strokeDasharray={EDGE[e.kind].dash}
                  className={EDGE[e.kind].className}
                  markerEnd={e.kind === "replacedBy" || e.kind === "pointsTo" ? `url(#${marker(e.kind)})` : undefined}
                />
                {e.dots.map(([x, y]) => (
                  <circle key={`${x}-${y}`} cx={x} cy={y} r="2.5" className={EDGE[e.kind].fill} />
                ))}
              </g>
            ))}
          </g>
          {map.nodes.map((n) => (
            <a key={n.slug} href={n.url} className="group">
              <rect
                x={n.x + 0.5}
                y={n.y + 0.5}
                width={n.w - 1}
                height={MAP.nodeH - 1}
                rx="6"
                strokeWidth="1.5"
                strokeDasharray={BOX[n.status].dashed ? "5 3" : undefined}
                className={`${BOX[n.status].className} group-hover:stroke-[2.5]`}
              />
              <text
                x={n.x + 10}
                y={n.y + 17}
                // Build-time text is not measured; a name longer than the box is squeezed to fit instead of spilling out.
                {...(n.name.length * NAME_CHAR_W > n.w - 20
                  ? { textLength: n.w - 20, lengthAdjust: "spacingAndGlyphs" }
                  : {})}
                className="fill-zinc-900 text-[13px] font-semibold group-hover:underline dark:fill-white"
              >
                {n.name}
              </text>
              <text x={n.x + 10} y={n.y + 32} className="fill-zinc-600 text-[11px] dark:fill-zinc-300">
                {n.statusLabel}
              </text>
            </a>
          ))}
        </svg>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-zinc-800 dark:text-zinc-200">
          The layer map as a list
        </summary>
        <ul className="mt-2 space-y-1 text-zinc-700 dark:text-zinc-300">
          {order.map((n) => (
            <li key={n.slug}>
              <a href={n.url} className="font-medium underline underline-offset-2">
                {n.name}
              </a>{" "}
              ({LAYER_INFO[n.layer].label}
              {n.notOpenAI ? ", not an OpenAI name" : ""}; <StatusWords name={n} />)
              <Relations n={n} all={all} />
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

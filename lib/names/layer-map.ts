/**
 * The layer map's layout, computed at build time from the glossary's relations (never drawn by hand).
 *
 * Shape: an indented tree on the left (family → model → snapshot, brand → model, surface → tool),
 * one name per row so no line ever crosses a box; ChatGPT feature names in a column on the right,
 * each on the row of its API counterpart; "replaced by" and "points to" run as vertical buses in the
 * gap between the two. Names no line touches are packed side by side at the bottom, reseller ids
 * last. The component turns this into inline SVG.
 */
import type { NameRecord } from "../content/names";
import { LAYER_ORDER } from "./layers";
import { STATUS_LABELS, type StatusKind } from "./status";

export const MAP = {
  nodeW: 196,
  appW: 176,
  nodeH: 40,
  rowH: 50,
  groupGap: 14,
  indent: 22,
  pad: 8,
  headerH: 34,
  laneGap: 12,
  slotGap: 12,
  labelH: 22,
} as const;

export interface MapNode {
  slug: string;
  name: string;
  url: string;
  x: number;
  y: number;
  w: number;
  status: StatusKind;
  /** Short status text shown in the box, so status never relies on colour alone. */
  statusLabel: string;
  column: "tree" | "app";
}

export type MapEdgeKind = "parent" | "counterpart" | "replacedBy" | "pointsTo";

export interface MapEdge {
  kind: MapEdgeKind;
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  /** Junction dots where a stub joins a shared bus. */
  dots: Array<[number, number]>;
}

export interface LayerMapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Column headings along the top. */
  headers: Array<{ x: number; text: string }>;
  /** Group headings inside the diagram (the packed names at the bottom). */
  labels: Array<{ x: number; y: number; text: string }>;
}

/** The box's short status: the site's status labels, with the date in ISO form where the box has room for no more. */
export function mapStatusLabel(n: Pick<NameRecord, "status">): string {
  const s = n.status;
  switch (s.kind) {
    case "upcoming":
      return `Releases ${s.date}`;
    case "shutdown-scheduled":
      return `Shutdown ${s.date}`;
    case "shut-down":
      // A passed scheduled date is not an observed shutdown (statusLabel): "Shutdown passed 2026-12-01".
      return s.unobservedSince ? `Shutdown passed ${s.date}` : `${STATUS_LABELS["shut-down"]} ${s.date}`;
    default:
      return STATUS_LABELS[s.kind];
  }
}

const released = (n: NameRecord) => n.lifecycle.released?.date ?? "";
const layerRank = (n: NameRecord) => LAYER_ORDER.indexOf(n.layer);

/** Newest first, then engine layers before app layers, then by name: the order rows appear in. */
function byRecency(a: NameRecord, b: NameRecord): number {
  return released(b).localeCompare(released(a)) || layerRank(a) - layerRank(b) || a.name.localeCompare(b.name);
}

type Placed = { n: NameRecord; depth: number; slot: number };
type Row = { items: Placed[]; group: number; label?: string };
type BusKind = "replacedBy" | "pointsTo";
type Bus = { kind: BusKind; to: string; from: string[]; lo: number; hi: number; lane: number };

/** Who is drawn where and what touches what, before any coordinate is chosen. */
interface Forest {
  bySlug: Map<string, NameRecord>;
  /** ChatGPT feature names without a parent: the right-hand column. */
  apps: NameRecord[];
  children: Map<string, NameRecord[]>;
  /** Tree roots, biggest trees first, so the GPT Image family leads. */
  roots: NameRecord[];
  /** A root with no children and no line: packed at the bottom. */
  isLoose: (n: NameRecord) => boolean;
}

function forestOf(names: readonly NameRecord[]): Forest {
  const bySlug = new Map(names.map((n) => [n.slug, n]));
  const isApp = (n: NameRecord) => n.layer === "app-feature" && !n.relations.parent;
  const apps = names.filter(isApp);
  const treeNames = names.filter((n) => !isApp(n));
  const children = new Map<string, NameRecord[]>();
  for (const n of treeNames) {
    const p = n.relations.parent;
    if (p && bySlug.has(p)) children.set(p, [...(children.get(p) ?? []), n]);
  }
  // Names a drawn line touches; a root with no children and no line is "loose" and packed at the end.
  const linked = new Set<string>();
  for (const n of names) {
    const ends = [...n.relations.replacedBy, ...(n.relations.pointsTo ? [n.relations.pointsTo] : [])].filter((t) =>
      bySlug.has(t),
    );
    for (const t of ends) linked.add(t).add(n.slug);
    const c = n.relations.apiCounterpart;
    const counterpart = c ? bySlug.get(c) : undefined;
    if (c && counterpart && (isApp(n) || isApp(counterpart))) linked.add(c).add(n.slug);
  }
  const descendants = (n: NameRecord): number =>
    (children.get(n.slug) ?? []).reduce((sum, c) => sum + 1 + descendants(c), 0);
  const roots = treeNames
    .filter((n) => !n.relations.parent || !bySlug.has(n.relations.parent))
    .sort(
      (a, b) =>
        Number(a.notOpenAI) - Number(b.notOpenAI) ||
        descendants(b) - descendants(a) ||
        layerRank(a) - layerRank(b) ||
        a.name.localeCompare(b.name),
    );
  const isLoose = (n: NameRecord) => !children.has(n.slug) && !linked.has(n.slug);
  return { bySlug, apps, children, roots, isLoose };
}

/** Rows of the tree, depth-first, one name per row; each root starts a visual group. */
function treeRows(f: Forest): Row[] {
  const rows: Row[] = [];
  const visit = (n: NameRecord, depth: number, group: number) => {
    rows.push({ items: [{ n, depth, slot: 0 }], group });
    for (const c of [...(f.children.get(n.slug) ?? [])].sort(byRecency)) visit(c, depth + 1, group);
  };
  f.roots.filter((r) => !f.isLoose(r)).forEach((r, i) => visit(r, 0, i));
  return rows;
}

/** ChatGPT names sit on the row of their API counterpart; the rest next to a related name. */
function appRowsOf(apps: readonly NameRecord[], rowOf: ReadonlyMap<string, number>, rowCount: number) {
  const appRows = new Map<string, number>();
  const wanted = (n: NameRecord): number | undefined => {
    const c = n.relations.apiCounterpart;
    if (c && rowOf.has(c)) return rowOf.get(c);
    const near = [...n.relations.supersededBy, ...n.relations.related]
      .map((s) => rowOf.get(s) ?? appRows.get(s))
      .filter((r): r is number => r !== undefined);
    return near.length ? Math.min(...near) : undefined;
  };
  const place = (list: NameRecord[]) => {
    const taken = new Set(appRows.values());
    for (const n of list
      .map((n) => ({ n, want: wanted(n) ?? Number.MAX_SAFE_INTEGER }))
      .sort((a, b) => a.want - b.want || byRecency(a.n, b.n))) {
      let r = n.want === Number.MAX_SAFE_INTEGER ? Math.max(rowCount, ...taken, -1) : n.want;
      while (taken.has(r)) r++;
      taken.add(r);
      appRows.set(n.n.slug, r);
    }
  };
  place(apps.filter((n) => n.relations.apiCounterpart && rowOf.has(n.relations.apiCounterpart)));
  place(apps.filter((n) => !appRows.has(n.slug)));
  return appRows;
}

/** One vertical bus per target and kind, its lanes packed so overlapping spans never share one. */
function busesOf(names: readonly NameRecord[], rowOfAny: (slug: string) => number | undefined) {
  const buses = new Map<string, Bus>();
  for (const n of names) {
    const targets: Array<[BusKind, string]> = [
      ...n.relations.replacedBy.map((t): [BusKind, string] => ["replacedBy", t]),
      ...(n.relations.pointsTo ? [["pointsTo", n.relations.pointsTo] satisfies [BusKind, string]] : []),
    ];
    for (const [kind, to] of targets) {
      const a = rowOfAny(n.slug);
      const b = rowOfAny(to);
      if (a === undefined || b === undefined) continue;
      const key = `${kind}:${to}`;
      const bus = buses.get(key) ?? { kind, to, from: [], lo: b, hi: b, lane: 0 };
      bus.from.push(n.slug);
      bus.lo = Math.min(bus.lo, a);
      bus.hi = Math.max(bus.hi, a);
      buses.set(key, bus);
    }
  }
  const lanes: Array<Array<[number, number]>> = [];
  for (const bus of [...buses.values()].sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo)) {
    let lane = lanes.findIndex((spans) => spans.every(([lo, hi]) => bus.hi < lo || bus.lo > hi));
    if (lane === -1) lane = lanes.push([]) - 1;
    lanes[lane]!.push([bus.lo, bus.hi]);
    bus.lane = lane;
  }
  return { buses, laneCount: lanes.length };
}

/** Loose names, packed side by side under the diagram: OpenAI's first, then reseller ids. */
function looseRows(f: Forest, width: number, firstGroup: number): Row[] {
  const perRow = Math.max(1, Math.floor((width - 2 * MAP.pad + MAP.slotGap) / (MAP.nodeW + MAP.slotGap)));
  const loose = f.roots.filter(f.isLoose);
  const rows: Row[] = [];
  [
    { label: "Other names", list: loose.filter((n) => !n.notOpenAI) },
    { label: "Not OpenAI names (reseller ids)", list: loose.filter((n) => n.notOpenAI) },
  ].forEach(({ label, list }, g) => {
    for (let i = 0; i < list.length; i += perRow) {
      const items = list.slice(i, i + perRow).map((n, slot) => ({ n, depth: 0, slot }));
      rows.push({ items, group: firstGroup + g, ...(i === 0 ? { label } : {}) });
    }
  });
  return rows;
}

/** Vertical positions: a gap between groups, room for a group's label. `bottom` is past the last row. */
function rowPositions(rows: readonly Row[]) {
  const labels: LayerMapLayout["labels"] = [];
  const ys: number[] = [];
  let y = MAP.pad + MAP.headerH;
  rows.forEach((row, i) => {
    if (i > 0 && row.group !== rows[i - 1]!.group) y += MAP.groupGap;
    if (row.label) {
      labels.push({ x: MAP.pad, y: y + 12, text: row.label });
      y += MAP.labelH;
    }
    ys.push(y);
    y += MAP.rowH;
  });
  return { labels, ys, bottom: y };
}

function node(n: NameRecord, x: number, y: number, w: number, column: MapNode["column"]): MapNode {
  return {
    slug: n.slug,
    name: n.name,
    url: n.url,
    x,
    y,
    w,
    status: n.status.kind,
    statusLabel: mapStatusLabel(n),
    column,
  };
}

/** Tree elbows: down from the parent's left edge, across into the child. */
function treeEdges(nodes: readonly MapNode[], at: ReadonlyMap<string, MapNode>, f: Forest): MapEdge[] {
  const edges: MapEdge[] = [];
  for (const c of nodes) {
    const parent = f.bySlug.get(c.slug)?.relations.parent;
    const p = parent ? at.get(parent) : undefined;
    if (!p || p.column !== "tree" || c.column !== "tree") continue;
    const x = p.x + 10;
    edges.push({
      kind: "parent",
      from: c.slug,
      to: p.slug,
      d: `M${x} ${p.y + MAP.nodeH} V${c.y + MAP.nodeH / 2} H${c.x}`,
      dots: [],
    });
  }
  return edges;
}

/** App name ↔ API counterpart: a straight line when they share a row, a gentle S-curve otherwise. */
function counterpartEdges(apps: readonly NameRecord[], at: ReadonlyMap<string, MapNode>): MapEdge[] {
  const edges: MapEdge[] = [];
  for (const n of apps) {
    const a = at.get(n.slug)!;
    const t = n.relations.apiCounterpart ? at.get(n.relations.apiCounterpart) : undefined;
    if (!t || t.column !== "tree") continue;
    const x1 = t.x + t.w;
    const y1 = t.y + MAP.nodeH / 2;
    const y2 = a.y + MAP.nodeH / 2;
    const mid = (x1 + a.x) / 2;
    edges.push({
      kind: "counterpart",
      from: n.slug,
      to: t.slug,
      d: y1 === y2 ? `M${x1} ${y1} H${a.x}` : `M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${a.x} ${y2}`,
      dots: [],
    });
  }
  return edges;
}

/** Buses: a stub from each source to the lane, the lane itself, and an arrow into the target. */
function busEdges(buses: Iterable<Bus>, at: ReadonlyMap<string, MapNode>, laneX: (lane: number) => number) {
  const port = (n: MapNode, kind: BusKind) => ({
    x: n.column === "tree" ? n.x + n.w : n.x,
    y: n.y + (kind === "replacedBy" ? 30 : 10),
  });
  const edges: MapEdge[] = [];
  for (const bus of buses) {
    const target = at.get(bus.to)!;
    const x = laneX(bus.lane);
    const tp = port(target, bus.kind);
    const ends = bus.from.map((s) => port(at.get(s)!, bus.kind));
    const ys = [tp.y, ...ends.map((e) => e.y)];
    const parts = [
      `M${x} ${Math.min(...ys)} V${Math.max(...ys)}`,
      ...ends.map((e) => `M${e.x} ${e.y} H${x}`),
      `M${x} ${tp.y} H${tp.x}`,
    ];
    edges.push({
      kind: bus.kind,
      from: bus.from.join(" "),
      to: bus.to,
      d: parts.join(" "),
      dots: ends.map((e): [number, number] => [x, e.y]),
    });
  }
  return edges;
}

/** The whole map, phase by phase: who goes where, rows, the app column, buses, loose names, coordinates, lines. */
export function layoutLayerMap(names: readonly NameRecord[]): LayerMapLayout {
  const f = forestOf(names);
  const rows = treeRows(f);
  const rowOf = new Map(rows.map((r, i) => [r.items[0]!.n.slug, i]));
  const appRows = appRowsOf(f.apps, rowOf, rows.length);
  // The app column may reach below the tree: empty rows keep the two columns aligned.
  const lastGroup = rows.at(-1)?.group ?? 0;
  while (rows.length < Math.max(0, ...[...appRows.values()].map((r) => r + 1)))
    rows.push({ items: [], group: lastGroup });

  const maxDepth = Math.max(0, ...rows.flatMap((r) => r.items.map((i) => i.depth)));
  const treeRight = MAP.pad + maxDepth * MAP.indent + MAP.nodeW;
  const { buses, laneCount } = busesOf(names, (slug) => rowOf.get(slug) ?? appRows.get(slug));
  const laneX = (lane: number) => treeRight + 18 + lane * MAP.laneGap;
  const appX = laneX(Math.max(laneCount - 1, 0)) + 30;
  const width = appX + (f.apps.length ? MAP.appW : 0) + MAP.pad;

  rows.push(...looseRows(f, width, lastGroup + 1));
  const { labels, ys, bottom } = rowPositions(rows);
  const nodes: MapNode[] = [
    ...rows.flatMap((row, i) =>
      row.items.map(({ n, depth, slot }) =>
        node(n, MAP.pad + depth * MAP.indent + slot * (MAP.nodeW + MAP.slotGap), ys[i]!, MAP.nodeW, "tree"),
      ),
    ),
    ...f.apps.map((n) => node(n, appX, ys[appRows.get(n.slug)!]!, MAP.appW, "app")),
  ];
  const at = new Map(nodes.map((n) => [n.slug, n]));

  return {
    width,
    height: bottom - MAP.rowH + MAP.nodeH + MAP.pad,
    nodes,
    edges: [...treeEdges(nodes, at, f), ...counterpartEdges(f.apps, at), ...busEdges(buses.values(), at, laneX)],
    headers: [
      { x: MAP.pad, text: "By parent: family → model → snapshot" },
      ...(f.apps.length ? [{ x: appX, text: "ChatGPT feature names" }] : []),
    ],
    labels,
  };
}
